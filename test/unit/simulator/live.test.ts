import assert from 'node:assert/strict';
import {test} from 'node:test';
import {createLiveWorld} from '../../../source/simulator/world/live.js';
import type {LiveOptions} from '../../../source/simulator/world/live.js';
import {toWireRun} from '../../../source/simulator/world/run.js';
import type {WireRun} from '../../../source/simulator/world/wire.js';
import {generateWorkspace} from '../../../source/simulator/world/workspace.js';
import {START, assertCoherentRun, assertNewestFirst} from '../../helpers/simulator-checks.js';

const MINUTE = 60_000;
const OPTIONS: LiveOptions = {tickMs: 2000, meanArrivalMs: 6500, maxRuns: 2000};

function live(options: LiveOptions = OPTIONS, seed = 11) {
  const moving = createLiveWorld(generateWorkspace(seed, START), START, options);
  return {moving, runs: (): WireRun[] => moving.world.runs.map(toWireRun)};
}

test('new runs arrive at the top, about one every five to eight seconds', () => {
  const {moving, runs} = live();
  const before = runs();
  moving.advanceTo(START + 30 * MINUTE);
  const after = runs();
  const added = after.length - before.length;
  assert.ok(added >= (30 * 60) / 9 && added <= (30 * 60) / 4.5, String(added));
  assert.deepEqual(
    after.slice(added).map((run) => run.id),
    before.map((run) => run.id),
  );
  assertNewestFirst(after);
  for (const run of after.slice(0, added)) assert.ok(run.created_at * 1000 > START);
});

test('runs in flight move on and finish within minutes, reviews included', () => {
  const {moving, runs} = live();
  const flying = runs().filter((run) => run.status === 'processing' || run.status === 'review');
  assert.ok(flying.length >= 5);
  moving.advanceTo(START + 2 * 60 * MINUTE);
  const later = new Map(runs().map((run) => [run.id, run]));
  for (const run of flying) {
    const now = later.get(run.id);
    assert.ok(now?.status === 'completed' || now?.status === 'failed', `${run.id} ${now?.status}`);
    assert.deepEqual(now.status_history.slice(0, run.status_history.length), run.status_history);
  }
});

test('live runs stay coherent and take tens of seconds to a few minutes', () => {
  const {moving, runs} = live();
  const known = new Set(runs().map((run) => run.id));
  moving.advanceTo(START + 3 * 60 * MINUTE);
  const fresh = runs().filter(
    (run) => !known.has(run.id) && run.created_at * 1000 < START + 2 * 60 * MINUTE,
  );
  assert.ok(fresh.length > 500);
  for (const run of fresh) assertCoherentRun(run);
  const quick = fresh.filter((run) =>
    run.status_history.every((entry) => entry.status !== 'review'),
  );
  for (const run of quick)
    assert.ok(run.duration >= 5_000 && run.duration <= 6 * MINUTE, String(run.duration));
  assert.ok(fresh.some((run) => run.status === 'failed'));
  assert.ok(fresh.some((run) => run.status_history.some((entry) => entry.status === 'review')));
});

test('finished runs never change again', () => {
  const {moving, runs} = live();
  const finished = runs().filter((run) => run.status === 'completed' || run.status === 'failed');
  moving.advanceTo(START + 90 * MINUTE);
  const later = new Map(runs().map((run) => [run.id, run]));
  for (const run of finished) assert.deepEqual(later.get(run.id), run);
});

test('the world at a given time does not depend on how often it was looked at', () => {
  const once = live();
  once.moving.advanceTo(START + 20 * MINUTE + 999);
  const often = live();
  for (let at = START; at <= START + 20 * MINUTE + 999; at += 777) often.moving.advanceTo(at);
  assert.deepEqual(often.runs(), once.runs());
});

test('the number of runs stays bounded, dropping the oldest first', () => {
  const {moving, runs} = live({...OPTIONS, maxRuns: 400});
  moving.advanceTo(START + 24 * 60 * MINUTE);
  const after = runs();
  assert.equal(after.length, 400);
  assert.equal(moving.world.byId.size, 400);
  assert.ok((after.at(-1)?.created_at ?? 0) * 1000 > START + 20 * 60 * MINUTE);
  assert.ok(moving.world.inFlight.every((run) => moving.world.byId.get(run.id) === run));
});

test('a clock that goes backwards leaves the world as it was', () => {
  const {moving, runs} = live();
  moving.advanceTo(START + 5 * MINUTE);
  const before = runs();
  moving.advanceTo(START);
  assert.deepEqual(runs(), before);
  assert.equal(moving.reachedMs(), START + 5 * MINUTE);
});

test('a clock that jumps days ahead catches up without replaying every tick', () => {
  const {moving, runs} = live({...OPTIONS, maxRuns: 500});
  const began = performance.now();
  moving.advanceTo(START + 30 * 24 * 60 * MINUTE);
  assert.ok(performance.now() - began < 3000);
  assert.equal(runs().length, 500);
  assert.equal(moving.reachedMs(), START + 30 * 24 * 60 * MINUTE);
});

test('a steady world gets exactly one new run every meanArrivalMs', () => {
  const live = createLiveWorld(generateWorkspace(3, START), START, {
    tickMs: 1000,
    meanArrivalMs: 5000,
    maxRuns: 2000,
    steady: true,
  });
  const before = live.world.runs.length;
  live.advanceTo(START + MINUTE);
  const fresh = live.world.runs.slice(0, live.world.runs.length - before);
  assert.equal(fresh.length, 12);
  const starts = fresh.map((run) => run.startMs).sort((a, b) => a - b);
  const gaps = starts.slice(1).map((at, index) => at - (starts[index] ?? at));
  assert.deepEqual([...new Set(gaps)], [5000]);
});
