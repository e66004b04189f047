import {test} from 'node:test';
import assert from 'node:assert/strict';
import {healthBoard, viewBuckets} from '../../../source/domain/health-board.js';
import {emptyHealthData, mergeRuns, type HealthData} from '../../../source/domain/health-data.js';
import {healthRuns} from '../../helpers/health-fixture.js';
import {NOW} from '../../helpers/runs.js';

const H = 3_600_000;
const SPAN = {to: NOW, windowMs: 24 * H, buckets: 24, stuckAfterMs: 15 * 60_000};

function loaded(coveredFrom = Number.NEGATIVE_INFINITY): HealthData {
  const runs = healthRuns();
  return {
    ...emptyHealthData(NOW - 48 * H),
    runs: mergeRuns([], runs),
    coveredFrom,
    inFlight: runs.filter((run) => run.status === 'processing' || run.status === 'review'),
  };
}

test('each flow line has the figures of the window, worked out by hand', () => {
  const board = healthBoard(loaded(), SPAN);
  const inv = board.flows.find((flow) => flow.flowId === 'inv');
  assert.ok(inv);
  assert.deepEqual(
    [inv.runs, inv.completed, inv.failed, inv.review, inv.processing],
    [8, 4, 2, 1, 1],
  );
  assert.equal(inv.failureRate, 2 / 6);
  assert.equal(inv.p50DurationMs, 30_000);
  assert.equal(inv.p95DurationMs, 60_000);
  const rec = board.flows.find((flow) => flow.flowId === 'rec');
  assert.deepEqual([rec?.failureRate, rec?.p50DurationMs, rec?.p95DurationMs], [0, 5000, 5000]);
});

test('the failure rate of the window before is kept beside the current one', () => {
  const board = healthBoard(loaded(), SPAN);
  assert.equal(board.compared, true);
  const inv = board.flows.find((flow) => flow.flowId === 'inv');
  assert.equal(inv?.previousRate, 1 / 4);
  assert.equal(board.total.previousRate, 3 / 8);
});

test('a flow with runs only in the window before is listed, with empty figures', () => {
  const po = healthBoard(loaded(), SPAN).flows.find((flow) => flow.flowId === 'po');
  assert.ok(po);
  assert.deepEqual(
    [po.runs, po.failureRate, po.p50DurationMs, po.previousRate],
    [0, null, null, 0.5],
  );
});

test('without the window before loaded there is no comparison, not a wrong one', () => {
  const board = healthBoard(loaded(NOW - 30 * H), SPAN);
  assert.equal(board.compared, false);
  assert.equal(board.total.previousRate, null);
  assert.ok(board.flows.every((flow) => flow.previousRate === null));
});

test('the backlog, its oldest wait and the stuck runs come from the runs in flight now', () => {
  const board = healthBoard(loaded(), SPAN);
  const inv = board.flows.find((flow) => flow.flowId === 'inv');
  // In review since NOW-3h (it entered review a minute after starting 3h01m ago).
  assert.deepEqual([inv?.backlog, inv?.oldestWaitMs, inv?.stuck], [1, 3 * H, 1]);
  assert.deepEqual([board.total.backlog, board.total.stuck], [1, 1]);
});

test('flows are sorted by failures; the total adds them up', () => {
  const board = healthBoard(loaded(), SPAN);
  // rec (no failure, rate 0%) before po (no failure, nothing finished).
  assert.deepEqual(
    board.flows.map((flow) => flow.flowId),
    ['inv', 'rec', 'po'],
  );
  assert.equal(board.total.runs, 11);
  assert.equal(
    board.total.perBucket.reduce((sum, n) => sum + n, 0),
    11,
  );
});

test('bad data lands in counts, never in an exception', () => {
  const data = loaded();
  const weird = {
    ...data,
    inFlight: [
      {
        ...(data.inFlight?.[0] as NonNullable<HealthData['inFlight']>[number]),
        updatedAt: Number.NaN,
        history: [],
      },
    ],
  };
  assert.doesNotThrow(() => healthBoard(weird, {...SPAN, windowMs: 0}));
  assert.doesNotThrow(() => healthBoard(emptyHealthData(0), SPAN));
});

test('the view counts 1h in 5-minute buckets, 6h in quarters, longer windows by the hour', () => {
  assert.deepEqual(
    [1, 6, 24, 168].map((hours) => viewBuckets(hours * H)),
    [12, 24, 24, 168],
  );
});
