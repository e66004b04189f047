import assert from 'node:assert/strict';
import {test} from 'node:test';
import {addHistory, DEMO_HISTORY} from '../../../source/simulator/world/history.js';
import {toWireRun, type SimRun} from '../../../source/simulator/world/run.js';
import {generateWorkspace, type World} from '../../../source/simulator/world/workspace.js';
import {startSimulator} from '../../../source/simulator/http/server.js';
import {START, assertCoherentRun, assertNewestFirst} from '../../helpers/simulator-checks.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function historic(seed: number): World {
  const world = generateWorkspace(seed, START);
  addHistory(world, seed, START, DEMO_HISTORY);
  return world;
}

const world = historic(7);
const wire = world.runs.map(toWireRun);
const nameOf = (run: SimRun) =>
  world.flows.find((flow) => flow.id === run.flowId)?.blueprint.name ?? '';

function failureRate(runs: readonly SimRun[]): number {
  const finished = runs.filter((run) => run.status === 'completed' || run.status === 'failed');
  return finished.filter((run) => run.status === 'failed').length / finished.length;
}

test('the same seed and time make the same history', () => {
  assert.deepEqual(historic(7).runs.map(toWireRun), wire);
});

test('eight days of history hold about 110 runs an hour, under 20,000 a week', () => {
  const week = world.runs.filter((run) => run.startMs >= START - 7 * DAY);
  assert.ok(world.runs.length > 18_000 && world.runs.length < 24_000, `${world.runs.length}`);
  assert.ok(week.length < 20_000, `${week.length} runs in the last 7 days`);
});

test('history runs are coherent and newest first, and the old ones have all settled', () => {
  assertNewestFirst(wire);
  for (const run of wire.slice(0, 2000)) assertCoherentRun(run);
  const old = world.runs.filter((run) => run.startMs < START - 2 * DAY);
  const unsettled = old.filter((run) => run.status === 'processing' || run.status === 'review');
  // The one claim left waiting in review for a day and a half, on purpose.
  assert.ok(unsettled.length <= 1, `${unsettled.length} old runs unsettled`);
});

test('flows fail at different rates, from about 1 % to about 20 %', () => {
  const before = world.runs.filter((run) => run.startMs < START - 3 * HOUR);
  const rates = world.flows.map((flow) =>
    failureRate(before.filter((run) => run.flowId === flow.id)),
  );
  assert.ok(Math.min(...rates) < 0.03, `${rates.join(', ')}`);
  assert.ok(Math.max(...rates) > 0.15, `${rates.join(', ')}`);
});

test('flows take different times: the slowest median is over twice the fastest', () => {
  const medians = world.flows.map((flow) => {
    const durations = world.runs
      .filter((run) => run.flowId === flow.id && run.endMs !== null && run.status === 'failed')
      .map((run) => (run.endMs ?? 0) - run.startMs)
      .sort((a, b) => a - b);
    return durations[Math.floor(durations.length / 2)] ?? 0;
  });
  assert.ok(Math.max(...medians) > 2 * Math.min(...medians), `${medians.join(', ')}`);
});

test('one flow fails far more often in the last two hours than in the week before', () => {
  const spiking = world.runs.filter((run) => nameOf(run) === 'Bank Statement Extraction');
  const recent = spiking.filter((run) => run.startMs >= START - 2 * HOUR);
  const week = spiking.filter((run) => run.startMs < START - 2 * HOUR);
  assert.ok(
    failureRate(recent) > 4 * failureRate(week),
    `${failureRate(recent)} vs ${failureRate(week)}`,
  );
});

test('a simulator without a history serves the world it always did', async () => {
  const sim = await startSimulator({seed: 7, live: false, clock: () => START});
  try {
    assert.deepEqual(sim.world.runs(), generateWorkspace(7, START).runs.map(toWireRun));
  } finally {
    await sim.close();
  }
});

test('a simulator with a history keeps all of it as the world moves on', async () => {
  let now = START;
  const sim = await startSimulator({seed: 7, clock: () => now, history: DEMO_HISTORY});
  try {
    const before = sim.world.runs().length;
    now += 10 * 60_000;
    assert.ok(sim.world.runs().length > before);
    assert.equal(sim.world.runs().at(-1)?.id, wire.at(-1)?.id);
  } finally {
    await sim.close();
  }
});
