import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Action} from '../../../source/explorer/actions.js';
import {
  FLOW_COUNT_TTL_MS,
  flowCountText,
  wantedFlowCount,
} from '../../../source/explorer/flow-counts.js';
import {pickerRows} from '../../../source/explorer/picker.js';
import type {State} from '../../../source/explorer/state.js';
import {fresh, load, press, run, type} from '../../helpers/explorer.js';
import {NOW, makeFlow, makeRuns} from '../../helpers/runs.js';

const COUNT = 100_000;
const flowId = (n: number): string => `F${String(n).padStart(6, '0')}`;
const FLOWS = Array.from({length: COUNT}, (_, n) =>
  makeFlow({id: flowId(n), name: `Flow ${String(n).padStart(6, '0')}`}),
);

const picker = (): State =>
  run(load(fresh(), makeRuns(5)), {type: 'flows-loaded', flows: FLOWS}, type('f'));

const loaded = (id: string, total: number | null, now = NOW): Action => ({
  type: 'flow-count-loaded',
  flowId: id,
  total,
  now,
});

/** Answers every count the picker asks for until it wants none; returns the ids asked. */
function answerAll(state: State): {state: State; asked: string[]} {
  const asked: string[] = [];
  let current = state;
  for (let wanted = wantedFlowCount(current); wanted !== null; wanted = wantedFlowCount(current)) {
    asked.push(wanted);
    current = run(current, loaded(wanted, asked.length));
    assert.ok(asked.length <= COUNT, 'never more than the flows');
  }
  return {state: current, asked};
}

test('the picker asks for the counts of the rows on screen only, "All flows" first, one by one', () => {
  const state = picker();
  const {state: answered, asked} = answerAll(state);
  assert.equal(asked[0], '', 'All flows: the whole workspace');
  assert.equal(asked.length, pickerRows(state), 'one request per row on screen, of 100,000');
  assert.deepEqual(asked.slice(1, 3), [flowId(0), flowId(1)]);
  assert.equal(new Set(asked).size, asked.length, 'none twice');
  // Scrolling a screen on wants the new rows, and only those.
  const paged = run(answered, press({pageDown: true}), press({pageDown: true}));
  const next = answerAll(paged).asked;
  assert.ok(next.length > 0 && next.length <= pickerRows(state));
  assert.ok(!next.includes(''), 'counts already known are kept');
});

test('a search asks for the matching rows on screen', () => {
  const searched = run(picker(), type('/'), type('Flow 09999'));
  const {asked} = answerAll(searched);
  assert.deepEqual(asked.slice(0, 2), [flowId(99_990), flowId(99_991)]);
  assert.ok(asked.length <= 10);
});

test('counts are kept when the picker closes and asked again once stale', () => {
  const {state} = answerAll(picker());
  const closed = run(state, press({escape: true}));
  assert.equal(closed.picker, null);
  assert.equal(wantedFlowCount(closed), null, 'nothing is fetched with the picker closed');
  const reopened = run(closed, type('f'));
  assert.equal(wantedFlowCount(reopened), null, 'fresh counts are not asked again');
  const later = run(reopened, {type: 'tick', now: NOW + FLOW_COUNT_TTL_MS + 1});
  assert.equal(wantedFlowCount(later), '');
});

test('a refused count shows as ?, a known one as runs, one as run', () => {
  assert.equal(flowCountText(undefined), null);
  assert.equal(flowCountText({total: null, at: NOW}), '?');
  assert.equal(flowCountText({total: 1, at: NOW}), '1 run');
  assert.equal(flowCountText({total: 12_345, at: NOW}), '12,345 runs');
  const refused = run(picker(), loaded('', null));
  assert.equal(wantedFlowCount(refused), flowId(0), 'a refusal does not block the next row');
});

test('typing at the picker filters at once; its own keys still move, and / types them', () => {
  const open = picker();
  const typed = run(open, type('F'), type('low 00001'));
  assert.equal(typed.picker?.editing, true);
  assert.equal(typed.picker?.query, 'Flow 00001');
  assert.equal(typed.picker?.shown.length, 10);
  const moved = run(open, type('j'));
  assert.equal(moved.picker?.query, '');
  assert.equal(moved.picker?.index, 1);
  assert.equal(run(open, press({leftArrow: true})), open, 'a key with no text: nothing');
});
