import {test} from 'node:test';
import assert from 'node:assert/strict';
import {ApiError} from '../../../source/api/errors.js';
import {emptyHealthData, mergeRuns, type HealthData} from '../../../source/domain/health-data.js';
import {reduce} from '../../../source/explorer/reduce.js';
import {healthStatus} from '../../../source/explorer/health-selectors.js';
import {modeOf, type State} from '../../../source/explorer/state.js';
import {initialState} from '../../../source/explorer/initial-state.js';
import type {Action} from '../../../source/explorer/actions.js';
import type {Key} from '../../../source/terminal/key-presses.js';
import {key} from '../../helpers/keys.js';
import {healthRuns} from '../../helpers/health-fixture.js';
import {NOW} from '../../helpers/runs.js';

const H = 3_600_000;
const press = (input: string, flags: Partial<Key> = {}): Action => ({
  type: 'press',
  input,
  key: key(flags),
});

function data(runs = healthRuns()): HealthData {
  return {
    ...emptyHealthData(NOW - 48 * H),
    runs: mergeRuns([], runs),
    coveredFrom: Number.NEGATIVE_INFINITY,
    total: runs.length,
    inFlight: runs.filter((run) => run.status === 'processing' || run.status === 'review'),
  };
}

const open = (): State =>
  reduce(initialState({limit: 50, columns: 100, rows: 24, now: NOW}), press('H'));

const loaded = (state: State, what = data()): State =>
  reduce(state, {type: 'health-loaded', generation: state.health.generation, data: what, now: NOW});

test('H opens the health view and Esc or H closes it', () => {
  const state = open();
  assert.equal(modeOf(state), 'health');
  assert.equal(modeOf(reduce(state, press('', {escape: true}))), 'list');
  assert.equal(modeOf(reduce(state, press('H'))), 'list');
});

test('the selection follows its flow when a refresh reorders the flows', () => {
  let state = loaded(open());
  state = reduce(state, press('j'));
  state = reduce(state, press('j'));
  assert.equal(state.health.selectedId, 'rec');
  // Receipts now fails twice as often as Invoices: it moves to the top, the selection with it.
  const worse = healthRuns().map((run) =>
    run.flowId === 'rec' ? {...run, status: 'failed', updatedAt: run.updatedAt + 1} : run,
  );
  state = loaded(state, data(worse));
  assert.equal(state.health.board?.flows[0]?.flowId, 'rec');
  assert.deepEqual([state.health.selectedId, state.health.cursor], ['rec', 1]);
});

test('an answer for an older generation is dropped: w started a new sync', () => {
  const state = open();
  const cycled = reduce(state, press('w'));
  assert.equal(cycled.health.window, '7d');
  const stale = reduce(cycled, {
    type: 'health-loaded',
    generation: state.health.generation,
    data: data(),
    now: NOW,
  });
  assert.equal(stale, cycled);
});

test('a failed sync keeps the data on screen and reports the error', () => {
  const state = loaded(open());
  const failed = reduce(state, {
    type: 'health-failed',
    generation: state.health.generation,
    error: new ApiError('server', 'TableFlow answered 503', {status: 503}),
    now: NOW + 1000,
  });
  assert.equal(failed.health.board, state.health.board);
  assert.equal(failed.health.error?.message, 'TableFlow answered 503');
  assert.equal(healthStatus(failed).table, true);
});

test('the first load shows its progress instead of half-counted figures', () => {
  const state = open();
  const partial: HealthData = {
    ...emptyHealthData(NOW - 48 * H),
    runs: mergeRuns([], healthRuns().slice(0, 4)),
    coveredFrom: NOW - 5 * H,
    total: 12_400,
  };
  const next = reduce(state, {type: 'health-progress', generation: 0, data: partial, now: NOW});
  const status = healthStatus(next);
  assert.equal(status.table, false);
  assert.match(status.text, /^loading runs: 4 of ~\d/);
});

test('Enter on a flow opens the run list of that flow, every status, from page 1', () => {
  let state = loaded(open());
  state = reduce(state, {type: 'set-filter', filter: 'failed'});
  state = reduce(state, press('j'));
  const list = reduce(state, press('', {return: true}));
  assert.equal(modeOf(list), 'list');
  assert.deepEqual([list.flowId, list.filter, list.offset], ['inv', 'all', 0]);
  assert.ok(list.generation > state.generation);
});

test('keys of the health view move within its lines and never past them', () => {
  let state = loaded(open());
  for (let i = 0; i < 10; i++) state = reduce(state, press('j'));
  assert.equal(state.health.cursor, 3);
  state = reduce(state, press('g'));
  assert.deepEqual([state.health.cursor, state.health.selectedId], [0, null]);
});
