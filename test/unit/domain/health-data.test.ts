import {test} from 'node:test';
import assert from 'node:assert/strict';
import {
  capped,
  emptyHealthData,
  expectedRuns,
  mergeRuns,
  pruned,
  storedRun,
} from '../../../source/domain/health-data.js';
import {makeRun, NOW} from '../../helpers/runs.js';

const MINUTE = 60_000;
const at = (minutes: number, id = `m${minutes}`, status = 'completed') =>
  makeRun({id, status, startedAt: NOW - minutes * MINUTE});

test('merging the same runs again gives back the very same array', () => {
  const runs = mergeRuns([], [at(1), at(2), at(3)]);
  assert.equal(mergeRuns(runs, [at(1), at(2)]), runs);
});

test('a changed run is replaced and the others keep their objects', () => {
  const runs = mergeRuns([], [at(1, 'a', 'processing'), at(2, 'b')]);
  const merged = mergeRuns(runs, [at(1, 'a', 'failed')]);
  assert.equal(merged[0]?.status, 'failed');
  assert.equal(merged[1], runs[1]);
});

test('an answer older than the one kept does not undo it', () => {
  const done = {...at(1, 'a', 'completed'), updatedAt: NOW};
  const stale = {...at(1, 'a', 'processing'), updatedAt: NOW - MINUTE};
  const runs = mergeRuns([], [done]);
  assert.equal(mergeRuns(runs, [stale]), runs);
});

test('new runs land in newest-first order, above or below the known ones', () => {
  const runs = mergeRuns([], [at(5), at(6)]);
  const merged = mergeRuns(runs, [at(1), at(9), at(5)]);
  assert.deepEqual(
    merged.map((run) => run.id),
    ['m1', 'm5', 'm6', 'm9'],
  );
});

test('unknown runs are left out when the caller says so', () => {
  const runs = mergeRuns([], [at(1, 'a', 'processing')]);
  const merged = mergeRuns(runs, [at(1, 'a', 'review'), at(2, 'stranger')], () => false);
  assert.deepEqual(
    merged.map((run) => [run.id, run.status]),
    [['a', 'review']],
  );
});

test('runs older than the data reaches are dropped, and it is then complete from there only', () => {
  const data = {
    ...emptyHealthData(NOW - 10 * MINUTE),
    runs: mergeRuns([], [at(5), at(15)]),
    coveredFrom: Number.NEGATIVE_INFINITY,
  };
  const kept = pruned(data);
  assert.deepEqual(
    kept.runs.map((run) => run.id),
    ['m5'],
  );
  assert.equal(kept.coveredFrom, NOW - 10 * MINUTE);
});

test('past the cap the oldest runs go, and the data is complete only above them', () => {
  const data = {
    ...emptyHealthData(NOW - 60 * MINUTE),
    runs: mergeRuns([], [at(1), at(2), at(3)]),
    coveredFrom: NOW - 60 * MINUTE,
  };
  const kept = capped(data, 2);
  assert.equal(kept.runs.length, 2);
  assert.equal(kept.coveredFrom, NOW - 3 * MINUTE + 1);
});

test('the runs still to load are guessed from how far back the loaded ones go', () => {
  // 1,000 runs over the last 100 minutes; the data must reach back 400 minutes.
  const runs = Array.from({length: 1000}, (_, index) =>
    storedRun(at((index + 1) / 10, `r${index}`)),
  );
  const data = {...emptyHealthData(NOW - 400 * MINUTE), runs, total: 50_000, coveredFrom: NOW};
  assert.equal(expectedRuns(data, NOW, 20_000), 4000);
  assert.equal(expectedRuns(data, NOW, 3000), 3000);
});
