import {test} from 'node:test';
import assert from 'node:assert/strict';
import {healthFigures, nearestRank, type HealthRun} from '../../../source/domain/health.js';
import {HOUR_MS} from '../../../source/domain/health-window.js';

// Hand-computed fixtures: every expected number below was worked out on paper from the
// runs listed beside it.

const TO = Date.UTC(2026, 10, 29, 12, 0, 0);
const FROM = TO - 4 * HOUR_MS;
const SPAN = {from: FROM, to: TO, buckets: 4};

let next = 0;
const run = (flowId: string, status: string, createdAt: number, durationMs = 0): HealthRun => ({
  id: `r${next++}`,
  flowId,
  status,
  createdAt,
  durationMs,
});

test('the nearest-rank p50 and p95 of ten durations are the 5th and the 10th', () => {
  const sorted = [100, 200, 300, 400, 500, 600, 700, 800, 900, 1000];
  assert.equal(nearestRank(sorted, 50), 500);
  assert.equal(nearestRank(sorted, 95), 1000);
});

test('the nearest-rank p95 of twenty durations is the 19th, not an interpolation', () => {
  const sorted = Array.from({length: 20}, (_, index) => (index + 1) * 10);
  assert.equal(nearestRank(sorted, 95), 190);
  assert.equal(nearestRank(sorted, 50), 100);
});

test('one duration is its own p50 and p95', () => {
  assert.equal(nearestRank([42], 50), 42);
  assert.equal(nearestRank([42], 95), 42);
});

test('percentiles are taken over completed and failed runs only, in any input order', () => {
  const runs = [
    run('a', 'completed', FROM + 1000, 30_000),
    run('a', 'failed', FROM + 2000, 5_000),
    run('a', 'completed', FROM + 3000, 12_000),
    run('a', 'processing', FROM + 4000, 0),
    run('a', 'review', FROM + 5000, 0),
  ];
  const {total} = healthFigures(runs, SPAN);
  // Finished durations 5,000, 12,000, 30,000: p50 rank ⌈1.5⌉ = 2, p95 rank ⌈2.85⌉ = 3.
  assert.equal(total.p50DurationMs, 12_000);
  assert.equal(total.p95DurationMs, 30_000);
});

test('an empty window has zero counts, no failure rate and no percentiles', () => {
  const outside = [run('a', 'failed', FROM - 1, 1000), run('a', 'completed', TO, 1000)];
  const {total, flows} = healthFigures(outside, SPAN);
  assert.deepEqual(total, {
    runs: 0,
    completed: 0,
    failed: 0,
    review: 0,
    processing: 0,
    failureRate: null,
    p50DurationMs: null,
    p95DurationMs: null,
    perBucket: [0, 0, 0, 0],
  });
  assert.deepEqual(flows, []);
});

test('a window with only running runs counts them but has no failure rate or percentiles', () => {
  const runs = [
    run('a', 'processing', FROM + 10),
    run('a', 'processing', FROM + HOUR_MS + 10),
    run('b', 'review', TO - 1),
  ];
  const {total} = healthFigures(runs, SPAN);
  assert.equal(total.runs, 3);
  assert.equal(total.processing, 2);
  assert.equal(total.review, 1);
  assert.equal(total.failureRate, null);
  assert.equal(total.p50DurationMs, null);
  assert.equal(total.p95DurationMs, null);
});

test('a run belongs to the window when from <= created_at < to', () => {
  const runs = [
    run('a', 'completed', FROM, 1),
    run('a', 'completed', TO - 1, 1),
    run('a', 'completed', TO, 1),
    run('a', 'completed', FROM - 1, 1),
  ];
  assert.equal(healthFigures(runs, SPAN).total.runs, 2);
});

test('runs are counted per bucket oldest first, and the buckets sum to the runs', () => {
  const runs = [
    run('a', 'completed', FROM, 1),
    run('a', 'completed', FROM + HOUR_MS - 1, 1),
    run('a', 'failed', FROM + HOUR_MS, 1),
    run('b', 'processing', TO - 1),
    run('b', 'completed', TO - 2, 1),
  ];
  const {total} = healthFigures(runs, SPAN);
  assert.deepEqual(total.perBucket, [2, 1, 0, 2]);
  assert.equal(
    total.perBucket.reduce((sum, n) => sum + n, 0),
    total.runs,
  );
});

test('the failure rate is failed over completed plus failed', () => {
  const runs = [
    run('a', 'completed', FROM + 1, 1),
    run('a', 'completed', FROM + 2, 1),
    run('a', 'completed', FROM + 3, 1),
    run('a', 'failed', FROM + 4, 1),
    run('a', 'review', FROM + 5),
  ];
  assert.equal(healthFigures(runs, SPAN).total.failureRate, 0.25);
});

test('each flow has its own figures, and the total adds them up', () => {
  const runs = [
    run('a', 'completed', FROM + 1, 10_000),
    run('a', 'failed', FROM + 2, 20_000),
    run('b', 'completed', FROM + 3, 40_000),
  ];
  const {total, flows} = healthFigures(runs, SPAN);
  const a = flows.find((flow) => flow.flowId === 'a');
  const b = flows.find((flow) => flow.flowId === 'b');
  assert.equal(a?.runs, 2);
  assert.equal(a?.failureRate, 0.5);
  assert.equal(a?.p95DurationMs, 20_000);
  assert.equal(b?.runs, 1);
  assert.equal(b?.p50DurationMs, 40_000);
  assert.equal(total.runs, 3);
  // Durations 10,000, 20,000, 40,000: p50 rank 2.
  assert.equal(total.p50DurationMs, 20_000);
});

test('flows are sorted by failures, then failure rate, then runs', () => {
  const runs = [
    run('quiet', 'completed', FROM + 1, 1),
    run('busy', 'completed', FROM + 2, 1),
    run('busy', 'completed', FROM + 3, 1),
    run('flaky', 'failed', FROM + 4, 1),
    run('flaky', 'completed', FROM + 5, 1),
    run('broken', 'failed', FROM + 6, 1),
    run('worst', 'failed', FROM + 7, 1),
    run('worst', 'failed', FROM + 8, 1),
  ];
  const order = healthFigures(runs, SPAN).flows.map((flow) => flow.flowId);
  assert.deepEqual(order, ['worst', 'broken', 'flaky', 'busy', 'quiet']);
});

test('a flow named by the caller is listed with zero figures when it had no run', () => {
  const {flows} = healthFigures([run('a', 'completed', FROM + 1, 1)], SPAN, ['a', 'stopped']);
  const stopped = flows.find((flow) => flow.flowId === 'stopped');
  assert.equal(stopped?.runs, 0);
  assert.deepEqual(stopped?.perBucket, [0, 0, 0, 0]);
});

test('a run of an unknown status counts in runs and buckets but in no status', () => {
  const {total} = healthFigures([run('a', 'cancelled', FROM + 1)], SPAN);
  assert.equal(total.runs, 1);
  assert.deepEqual(total.perBucket, [1, 0, 0, 0]);
  assert.equal(total.completed + total.failed + total.review + total.processing, 0);
});
