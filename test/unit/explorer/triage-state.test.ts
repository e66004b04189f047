import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Run} from '../../../source/domain/run.js';
import {shownRuns} from '../../../source/explorer/matches.js';
import {modeOf} from '../../../source/explorer/state.js';
import {initialState} from '../../../source/explorer/initial-state.js';
import {reduce} from '../../../source/explorer/reduce.js';
import type {Action} from '../../../source/explorer/actions.js';
import type {State} from '../../../source/explorer/state.js';
import {MESSAGE_MS} from '../../../source/explorer/effects.js';
import {key} from '../../helpers/keys.js';
import {NOW, makeFlow, makePage, makeRun, makeRuns} from '../../helpers/runs.js';

function fresh(overrides: Partial<Parameters<typeof initialState>[0]> = {}): State {
  return initialState({limit: 4, columns: 100, rows: 20, now: NOW, ...overrides});
}

function run(state: State, ...actions: Action[]): State {
  return actions.reduce(reduce, state);
}

function load(state: State, runs: readonly Run[], total?: number, now = NOW): State {
  const page = makePage(runs, {total, limit: state.limit, offset: state.offset});
  return reduce(state, {type: 'runs-loaded', generation: state.generation, page, now});
}

const type = (text: string): Action => ({type: 'press', input: text, key: key()});
const named = (flags: Parameters<typeof key>[0], input = ''): Action => ({
  type: 'press',
  input,
  key: key(flags),
});

const RUNS = [
  makeRun({id: 'AAAA0001', status: 'completed', metadata: {invoice: 'INV-77'}}),
  makeRun({id: 'BBBB0002', status: 'failed', error: 'Template not found'}),
  makeRun({id: 'CCCC0003', status: 'review', metadata: {customer: 'Acme'}}),
  makeRun({id: 'DDDD0004', status: 'failed', error: 'Timeout talking to Drive'}),
];

test('typing after / filters the page and selects the first match', () => {
  const state = run(load(fresh(), RUNS), type('/'), type('acme'));
  assert.equal(modeOf(state), 'search');
  assert.deepEqual(
    shownRuns(state).map((r) => r.id),
    ['CCCC0003'],
  );
  assert.equal(state.selectedId, 'CCCC0003');
});

test('search matches run ids, error text and metadata values, ignoring case', () => {
  const ids = (query: string) =>
    shownRuns(run(load(fresh(), RUNS), type('/'), type(query))).map((r) => r.id);
  assert.deepEqual(ids('bbbb'), ['BBBB0002']);
  assert.deepEqual(ids('TEMPLATE'), ['BBBB0002']);
  assert.deepEqual(ids('inv-77'), ['AAAA0001']);
});

test('while typing, bound keys go to the query instead of acting', () => {
  const state = run(load(fresh(), RUNS), type('/'), type('q'), type('j'));
  assert.equal(state.quit, false);
  assert.equal(state.search?.query, 'qj');
});

test('backspace erases one character and Ctrl-U the whole query', () => {
  const typed = run(load(fresh(), RUNS), type('/'), type('drive'));
  assert.equal(run(typed, named({delete: true})).search?.query, 'driv');
  assert.equal(run(typed, named({ctrl: true}, 'u')).search?.query, '');
});

test('Enter keeps the filter and gives the keys back to the list; Esc clears it', () => {
  const kept = run(load(fresh(), RUNS), type('/'), type('drive'), named({return: true}));
  assert.equal(modeOf(kept), 'list');
  assert.deepEqual(
    shownRuns(kept).map((r) => r.id),
    ['DDDD0004'],
  );
  const cleared = run(kept, named({escape: true}));
  assert.equal(cleared.search, null);
  assert.equal(shownRuns(cleared).length, RUNS.length);
  assert.equal(cleared.selectedId, 'DDDD0004', 'the selection stays on the run it was on');
});

test('n and N step through the matches, wrapping', () => {
  const kept = run(load(fresh(), RUNS), type('/'), type('0'), named({return: true}));
  assert.equal(kept.selectedId, 'AAAA0001');
  assert.equal(run(kept, type('n')).selectedId, 'BBBB0002');
  assert.equal(run(kept, type('N')).selectedId, 'DDDD0004');
});

test('! selects the next failed run, wrapping within the page', () => {
  const state = load(fresh(), RUNS);
  const first = run(state, type('!'));
  assert.equal(first.selectedId, 'BBBB0002');
  assert.equal(run(first, type('!')).selectedId, 'DDDD0004');
  assert.equal(run(first, type('!'), type('!')).selectedId, 'BBBB0002');
  assert.equal(run(state, type('v')).selectedId, 'CCCC0003');
});

test('! on a page without failed runs fetches the next page and selects the first failed run there', () => {
  const calm = makeRuns(4).map((r) => ({...r, status: 'completed' as const}));
  const state = load(fresh(), calm, 8);
  const asked = run(state, type('!'));
  assert.equal(asked.offset, 4);
  assert.ok(asked.generation > state.generation);
  assert.match(asked.message?.text ?? '', /looking for failed runs/);
  const landed = load(asked, makeRuns(4, 4));
  assert.equal(landed.selectedId, 'run0007');
  assert.equal(landed.jump, null);
});

test('! says so when no later page has a failed run', () => {
  const calm = makeRuns(4).map((r) => ({...r, status: 'completed' as const}));
  const state = run(load(fresh(), calm, 4), type('!'));
  assert.equal(state.offset, 0);
  assert.equal(state.message?.text, 'no failed runs on later pages');
});

test('runs turning failed between two refreshes ring the bell once; the first load never rings', () => {
  const alerts = {bell: 'failed', notify: false} as const;
  const first = load(
    fresh({alerts}),
    makeRuns(4).map((r) => ({...r, status: 'processing'})),
  );
  assert.deepEqual(first.effects, []);
  const failing = makeRuns(4).map((r, i) => ({...r, status: i < 2 ? 'failed' : 'processing'}));
  const second = load(first, failing, undefined, NOW + 5000);
  assert.deepEqual(
    second.effects.map((e) => e.kind),
    ['bell'],
  );
  const third = load(second, failing, undefined, NOW + 10_000);
  assert.equal(third.effects.length, 1, 'no new transition, no new bell');
});

test('with --bell=review and --notify a run entering review rings and notifies with its id', () => {
  const alerts = {bell: 'review', notify: true} as const;
  const first = load(fresh({alerts}), [makeRun({id: 'R1', status: 'processing'})]);
  const second = load(first, [makeRun({id: 'R1', status: 'review'})], undefined, NOW + 5000);
  assert.deepEqual(
    second.effects.map((e) => (e.kind === 'notify' ? e.text : e.kind)),
    ['bell', 'TableFlow run R1 (dk4g1tUg1uHLs8YU) is waiting for review'],
  );
});

test('without --bell nothing rings', () => {
  const first = load(fresh(), [makeRun({id: 'R1', status: 'processing'})]);
  const second = load(first, [makeRun({id: 'R1', status: 'failed'})], undefined, NOW + 5000);
  assert.deepEqual(second.effects, []);
});

test('changed runs stay unseen until selected, or all at once with c', () => {
  const before = makeRuns(4).map((r) => ({...r, status: 'processing' as const}));
  const after = before.map((r, i) => (i > 0 ? {...r, status: 'failed' as const} : r));
  const state = load(load(fresh(), before), after, undefined, NOW + 5000);
  assert.deepEqual([...state.unseen].sort(), ['run0001', 'run0002', 'run0003']);
  const visited = run(state, type('j'));
  assert.deepEqual([...visited.unseen].sort(), ['run0002', 'run0003']);
  assert.equal(run(visited, type('c')).unseen.size, 0);
});

test('y copies the selected run id and says so', () => {
  const state = run(load(fresh(), RUNS), type('j'), type('y'));
  assert.deepEqual(state.effects.at(-1), {id: 1, kind: 'copy', text: 'BBBB0002'});
  assert.equal(state.message?.text, 'copied run id BBBB0002');
});

test('Y copies the run as JSON in the API shape', () => {
  const state = run(load(fresh(), RUNS), type('Y'));
  const effect = state.effects.at(-1);
  assert.equal(effect?.kind, 'copy');
  const json = JSON.parse(effect?.kind === 'copy' ? effect.text : '{}') as Record<string, unknown>;
  assert.equal(json['id'], 'AAAA0001');
  assert.equal(json['flow_id'], 'dk4g1tUg1uHLs8YU');
  assert.equal(typeof json['start_time'], 'number');
});

test('a message disappears once its time is up', () => {
  const state = run(load(fresh(), RUNS), type('y'));
  assert.notEqual(run(state, {type: 'tick', now: NOW + MESSAGE_MS - 1}).message, null);
  assert.equal(run(state, {type: 'tick', now: NOW + MESSAGE_MS}).message, null);
});

test('+ and - step the refresh interval, down to manual and back', () => {
  const state = fresh({intervalMs: 5000});
  assert.equal(run(state, type('+')).intervalMs, 2000);
  assert.equal(run(state, type('-')).intervalMs, 10_000);
  const manual = run(state, type('-'), type('-'), type('-'), type('-'));
  assert.equal(manual.intervalMs, 0);
  assert.equal(run(manual, type('-')).intervalMs, 0);
  assert.equal(run(manual, type('+')).intervalMs, 60_000);
});

test('t switches between relative and absolute times', () => {
  const state = fresh();
  assert.equal(run(state, type('t')).timeFormat, 'absolute');
  assert.equal(run(state, type('t'), type('t')).timeFormat, 'relative');
});

test('f opens the flow picker; choosing a flow refetches page 1 of it; Esc cancels', () => {
  const state = run(load(fresh(), makeRuns(4), 40), type('l'));
  const paged = load(state, makeRuns(4, 4), 40);
  const picking = run(paged, type('f'));
  assert.equal(modeOf(picking), 'flows');
  assert.equal(modeOf(run(picking, named({escape: true}))), 'list');
  const chosen = run(picking, {type: 'set-flow', flowId: 'flowB'});
  assert.equal(chosen.flowId, 'flowB');
  assert.equal(chosen.offset, 0);
  assert.equal(chosen.picker, null);
  assert.ok(chosen.generation > picking.generation);
  assert.equal(run(chosen, {type: 'set-flow', flowId: null}).flowId, null);
});

test('counts for another flow than the current one are ignored', () => {
  const state = fresh({flowId: 'flowA'});
  const other = run(state, {type: 'counts-loaded', flowId: null, review: 1, failed: 2});
  assert.equal(other.counts, null);
  const mine = run(state, {type: 'counts-loaded', flowId: 'flowA', review: 1, failed: 2});
  assert.deepEqual(mine.counts, {flowId: 'flowA', review: 1, failed: 2});
});

test('! says at once when the counts show no failed runs anywhere', () => {
  const calm = makeRuns(4).map((r) => ({...r, status: 'completed' as const}));
  const counted = run(load(fresh(), calm, 40), {
    type: 'counts-loaded',
    flowId: null,
    review: 3,
    failed: 0,
  });
  const state = run(counted, type('!'));
  assert.equal(state.offset, 0);
  assert.equal(state.message?.text, 'no failed runs anywhere');
});

test('the flow picker lists all flows first, then flows by name, and takes keys typed ahead in one read', () => {
  const named = run(load(fresh(), [makeRun({id: 'r1', flowId: 'flowZ'})]), {
    type: 'flows-loaded',
    flows: [makeFlow({id: 'flowB', name: 'Receipts'}), makeFlow({id: 'flowA', name: 'Invoices'})],
  });
  const picking = run(named, type('f'));
  assert.deepEqual(
    picking.picker?.choices.map((choice) => choice.label),
    ['All flows (shown now)', 'Invoices  flowA', 'Receipts  flowB', 'flowZ'],
  );
  const chosen = run(picking, {type: 'press', input: 'jj\r', key: key()});
  assert.equal(chosen.flowId, 'flowB');
  assert.equal(modeOf(chosen), 'list');
  assert.equal(run(picking, type('4')).flowId, 'flowZ');
});

test('in the help overlay j and k scroll and any other key closes it', () => {
  // The app measures the overlay's content and says how far it can scroll.
  const open = run(fresh(), type('?'), {type: 'help-measured', maxScroll: 20});
  const scrolled = run(open, type('j'), type('j'), type('k'));
  assert.equal(scrolled.help, true);
  assert.equal(scrolled.helpScroll, 1);
  const closed = run(scrolled, type('x'));
  assert.equal(closed.help, false);
  assert.equal(run(closed, type('?')).helpScroll, 0);
});

test('the help scrolls no further than its measured content', () => {
  const open = run(fresh(), type('?'), {type: 'help-measured', maxScroll: 2});
  assert.equal(run(open, type('j'), type('j'), type('j'), type('j')).helpScroll, 2);
  const shrunk = run(open, type('j'), type('j'), {type: 'help-measured', maxScroll: 1});
  assert.equal(shrunk.helpScroll, 1);
});

test('unseen changes are forgotten once their runs leave the page', () => {
  const before = makeRuns(4).map((r) => ({...r, status: 'processing' as const}));
  const after = before.map((r, i) => (i === 3 ? {...r, status: 'failed' as const} : r));
  const changed = load(load(fresh(), before), after, undefined, NOW + 5000);
  assert.deepEqual([...changed.unseen], ['run0003']);
  const shifted = load(changed, makeRuns(4, 10), undefined, NOW + 10_000);
  assert.equal(shifted.unseen.size, 0);
});
