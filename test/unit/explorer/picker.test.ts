import {test} from 'node:test';
import assert from 'node:assert/strict';
import {modeOf, type State} from '../../../source/explorer/state.js';
import {initialState} from '../../../source/explorer/initial-state.js';
import {reduce} from '../../../source/explorer/reduce.js';
import type {Action} from '../../../source/explorer/actions.js';
import {pickerRows} from '../../../source/explorer/picker.js';
import {key} from '../../helpers/keys.js';
import {NOW, makeFlow, makePage, makeRun} from '../../helpers/runs.js';

// The flow picker over a workspace of 100,000 flows: a window of rows that follows the
// highlight, and a search typed after /.
const COUNT = 100_000;
const flowId = (n: number): string => `F${String(n).padStart(6, '0')}`;
const FLOWS = Array.from({length: COUNT}, (_, n) =>
  makeFlow({id: flowId(n), name: `Flow ${String(COUNT - 1 - n).padStart(6, '0')}`}),
);

function withFlows(current: string | null = null): State {
  const state = initialState({
    limit: 50,
    columns: 100,
    rows: 20,
    now: NOW,
    flowId: current ?? undefined,
  });
  const page = makePage([makeRun({id: 'r1', flowId: flowId(0)})]);
  const loaded = reduce(state, {type: 'runs-loaded', generation: state.generation, page, now: NOW});
  return reduce(loaded, {type: 'flows-loaded', flows: FLOWS});
}

const press = (input: string, flags: Parameters<typeof key>[0] = {}): Action => ({
  type: 'press',
  input,
  key: key(flags),
});
const run = (state: State, ...actions: Action[]): State => actions.reduce(reduce, state);
const highlighted = (state: State): string | undefined =>
  state.picker?.shown[state.picker.index]?.value;

test('f opens on every flow, sorted by name, with the flow shown now highlighted and in view', () => {
  const state = run(withFlows(flowId(7)), press('f'));
  const picker = state.picker;
  assert.ok(picker !== null);
  assert.equal(picker.choices.length, COUNT + 1);
  assert.equal(picker.choices[1]?.value, flowId(COUNT - 1), 'Flow 000000 first');
  assert.equal(highlighted(state), flowId(7));
  assert.ok(picker.index >= picker.top && picker.index < picker.top + pickerRows(state));
});

test('j moves one flow, PgDn one screen, G to the last, g back to All flows; the window follows', () => {
  const open = run(withFlows(), press('f'));
  const rows = pickerRows(open);
  assert.equal(run(open, press('j')).picker?.index, 1);
  const paged = run(open, press('', {pageDown: true}));
  assert.equal(paged.picker?.index, rows);
  assert.equal(paged.picker?.top, 1);
  const last = run(open, press('G'));
  assert.equal(last.picker?.index, COUNT);
  assert.equal(last.picker?.top, COUNT + 1 - rows);
  assert.equal(run(last, press('g')).picker?.index, 0);
});

test('/ then text searches names and ids, ignoring case; Enter shows that flow', () => {
  const searching = run(withFlows(), press('f'), press('/'), press('flow 09999'));
  assert.equal(modeOf(searching), 'flow-search');
  // Names Flow 099990 to Flow 099999 belong to flows 9 down to 0.
  assert.deepEqual(
    searching.picker?.shown.map((choice) => choice.value),
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0].map(flowId),
  );
  const byId = run(withFlows(), press('f'), press('/'), press('f000123'));
  assert.deepEqual(
    byId.picker?.shown.map((choice) => choice.value),
    [flowId(123)],
  );
  const chosen = run(byId, press('', {return: true}));
  assert.equal(chosen.flowId, flowId(123));
  assert.equal(chosen.picker, null);
});

test('⌫ and Ctrl-U edit the search; Esc drops it and keeps the picker; Esc again closes it', () => {
  const typed = run(withFlows(), press('f'), press('/'), press('f0001234'));
  assert.equal(typed.picker?.shown.length, 0);
  const erased = run(typed, press('', {delete: true}));
  assert.equal(erased.picker?.query, 'f000123');
  assert.equal(erased.picker?.shown.length, 1);
  assert.equal(run(typed, press('u', {ctrl: true})).picker?.shown.length, COUNT + 1);
  const dropped = run(typed, press('', {escape: true}));
  assert.equal(modeOf(dropped), 'flows');
  assert.equal(dropped.picker?.query, '');
  assert.equal(dropped.picker?.shown.length, COUNT + 1);
  assert.equal(run(dropped, press('', {escape: true})).picker, null);
});

test('q closes the picker; while searching, q is typed', () => {
  const open = run(withFlows(), press('f'));
  assert.equal(run(open, press('q')).picker, null);
  assert.equal(run(open, press('/'), press('q')).picker?.query, 'q');
});

test('Enter picks the first match of a new search; a digit picks that row of the list', () => {
  const searched = run(withFlows(), press('f'), press('j'), press('/'), press('flow 00000'));
  assert.equal(searched.picker?.index, 0);
  assert.equal(run(searched, press('', {return: true})).flowId, flowId(COUNT - 1));
  const numbered = run(withFlows(), press('f'), press('3'));
  assert.equal(numbered.flowId, flowId(COUNT - 2));
});

test('keys typed ahead in one read all act, / included', () => {
  const state = run(withFlows(), press('f'), press('jjj/'));
  assert.equal(state.picker?.index, 3);
  assert.equal(modeOf(state), 'flow-search');
});
