import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Run} from '../../../source/domain/run.js';
import {reduce} from '../../../source/explorer/reduce.js';
import {newerText, positionText} from '../../../source/explorer/selectors.js';
import type {State} from '../../../source/explorer/state.js';
import {fresh, run, type} from '../../helpers/explorer.js';
import {NOW, makePage, makeRun, makeRuns} from '../../helpers/runs.js';

// The workspace as the server sees it, newest first; a page is a window on it.
const LIMIT = 50;
const newcomers = (count: number, tag: string): Run[] =>
  Array.from({length: count}, (_, n) =>
    makeRun({id: `${tag}${n}`, status: 'processing', startedAt: NOW + n}),
  );

/** `state` after the server answered its current query from `world`. */
function answer(state: State, world: readonly Run[]): State {
  const runs = world.slice(state.offset, state.offset + LIMIT);
  const page = makePage(runs, {total: world.length, limit: LIMIT, offset: state.offset});
  return reduce(state, {type: 'runs-loaded', generation: state.generation, page, now: NOW});
}

/** Page 2 of 120 runs, the sixth run (run0055) selected. */
function onPageTwo(world: readonly Run[]): State {
  const first = answer(fresh(), world);
  const second = answer(run(first, {type: 'turn-page', by: 1}), world);
  return run(second, {type: 'move', by: 5});
}

const ids = (state: State): string[] => state.runs.map((item) => item.id);

test('past page 1, new runs on top move the offset by as many: the runs and the selection stay put', () => {
  const world = makeRuns(120);
  const before = onPageTwo(world);
  assert.equal(before.selectedId, 'run0055');
  const grown = [...newcomers(3, 'new'), ...world];
  const noticed = answer(before, grown);
  assert.equal(noticed.offset, 53);
  assert.equal(noticed.newer, 3);
  // The shifted answer is not shown: the page at the new offset is asked for at once.
  assert.equal(noticed.runs, before.runs);
  assert.equal(noticed.generation, before.generation + 1);
  assert.equal(noticed.selectedId, 'run0055');
  const settled = answer(noticed, grown);
  assert.deepEqual(ids(settled), ids(before));
  assert.equal(settled.selectedId, 'run0055');
  assert.equal(settled.cursor, 5);
  assert.equal(newerText(settled), '3 newer runs ([ top)');
  assert.match(positionText(settled), /^runs 54-103 of 123 · page 2\/3/);
});

test('the count of newer runs adds up over several refreshes, and a quiet refresh changes nothing', () => {
  let world = makeRuns(120);
  let state = onPageTwo(world);
  for (const [count, tag] of [
    [2, 'a'],
    [1, 'b'],
    [4, 'c'],
  ] as const) {
    world = [...newcomers(count, tag), ...world];
    state = answer(answer(state, world), world);
  }
  assert.equal(state.offset, 57);
  assert.equal(state.newer, 7);
  assert.equal(state.selectedId, 'run0055');
  assert.equal(state.runs[0]?.id, 'run0050');
  const quiet = answer(state, world);
  assert.equal(quiet.generation, state.generation);
  assert.equal(quiet.newer, 7);
});

test('[ goes to the top: the new runs show and the count clears', () => {
  const world = makeRuns(120);
  const grown = [...newcomers(3, 'new'), ...world];
  const anchored = answer(answer(onPageTwo(world), grown), grown);
  const top = run(anchored, type('['));
  assert.equal(top.offset, 0);
  assert.equal(top.newer, 0);
  assert.equal(newerText(top), null);
  assert.equal(answer(top, grown).runs[0]?.id, 'new0');
});

test('turning pages keeps the count (the runs are still above); another filter clears it', () => {
  const world = makeRuns(200);
  const grown = [...newcomers(3, 'new'), ...world];
  const anchored = answer(answer(onPageTwo(world), grown), grown);
  const on = run(anchored, {type: 'turn-page', by: 1});
  assert.equal(on.offset, 103);
  assert.equal(on.newer, 3);
  assert.equal(run(anchored, {type: 'set-filter', filter: 'failed'}).newer, 0);
});

test('runs leaving the filter above the page pull the offset back up, and the runs stay put', () => {
  // Under a status filter: three runs above the page leave it (their status moved on).
  const world = makeRuns(150).filter((item) => item.status === 'failed' || item.id < 'run0100');
  const state = onPageTwo(world);
  const selected = state.selectedId;
  const fewer = world.filter((item) => !['run0001', 'run0005', 'run0009'].includes(item.id));
  const settled = answer(answer(state, fewer), fewer);
  assert.equal(settled.offset, 47);
  assert.deepEqual(ids(settled), ids(state));
  assert.equal(settled.selectedId, selected);
  assert.equal(settled.newer, 0);
});

test('a run entering a status filter above the page counts as a newer run', () => {
  const failed = makeRuns(480).filter((item) => item.status === 'failed');
  let state = answer(fresh({status: 'failed'}), failed);
  state = run(answer(run(state, {type: 'turn-page', by: 1}), failed), {type: 'move', by: 2});
  const selected = state.selectedId;
  const entered = [makeRun({id: 'late', status: 'failed', startedAt: NOW - 30_000}), ...failed];
  const settled = answer(answer(state, entered), entered);
  assert.equal(settled.offset, 51);
  assert.equal(settled.selectedId, selected);
  assert.equal(newerText(settled), '1 newer run ([ top)');
});

test('more new runs than a page holds: the growth of the total moves the offset', () => {
  const world = makeRuns(120);
  const grown = [...newcomers(70, 'n'), ...world];
  const noticed = answer(onPageTwo(world), grown);
  assert.equal(noticed.offset, 120);
  const settled = answer(noticed, grown);
  assert.equal(settled.runs[0]?.id, 'run0050');
  assert.equal(settled.selectedId, 'run0055');
  assert.equal(settled.newer, 70);
});

test('a second move in a row waits for the next poll instead of asking again at once', () => {
  const world = makeRuns(120);
  const grown = [...newcomers(2, 'a'), ...world];
  const noticed = answer(onPageTwo(world), grown);
  assert.equal(noticed.realigning, true);
  // More arrived while the page at the new offset was on its way.
  const busier = [...newcomers(3, 'b'), ...grown];
  const again = answer(noticed, busier);
  assert.equal(again.offset, 55);
  assert.equal(again.generation, noticed.generation);
  assert.equal(again.realigning, false);
  assert.equal(again.runs, noticed.runs);
  const settled = answer(again, busier);
  assert.equal(settled.runs[0]?.id, 'run0050');
  assert.equal(settled.newer, 5);
});

test('on page 1 new runs simply appear on top', () => {
  const world = makeRuns(120);
  const state = run(answer(fresh(), world), {type: 'move', by: 2});
  const grown = [...newcomers(3, 'new'), ...world];
  const next = answer(state, grown);
  assert.equal(next.offset, 0);
  assert.equal(next.newer, 0);
  assert.equal(next.runs[0]?.id, 'new0');
  assert.equal(next.selectedId, 'run0002');
});

test('with the page sorted, the anchor is still the API order: the sorted rows stay put', () => {
  const world = makeRuns(120);
  const sorted = run(onPageTwo(world), {type: 'sort-by', by: 1});
  const selected = sorted.selectedId;
  const cursor = sorted.cursor;
  const grown = [...newcomers(4, 'new'), ...world];
  const settled = answer(answer(sorted, grown), grown);
  assert.equal(settled.offset, 54);
  assert.equal(settled.selectedId, selected);
  assert.equal(settled.cursor, cursor);
});

test('an anchored last page is still the last: its label, → and ] agree', () => {
  const world = makeRuns(120);
  const last = answer(run(answer(fresh(), world), type(']')), world);
  assert.equal(last.offset, 100);
  const grown = [...newcomers(3, 'new'), ...world];
  const settled = answer(answer(last, grown), grown);
  assert.equal(settled.offset, 103);
  assert.match(positionText(settled), /^runs 104-123 of 123 · page 3\/3/);
  assert.equal(run(settled, type('l')).message?.text, 'this is the last page (3/3)');
  assert.equal(run(settled, type(']')).message?.text, 'this is the last page (3/3)');
  // ← goes back a whole page from where the anchor left it.
  assert.equal(run(settled, type('h')).offset, 53);
});
