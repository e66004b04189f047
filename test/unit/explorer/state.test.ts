import {test} from 'node:test';
import assert from 'node:assert/strict';
import {ApiError} from '../../../source/api/errors.js';
import type {Run} from '../../../source/domain/run.js';
import {CHANGE_MARK_MS, modeOf} from '../../../source/explorer/state.js';
import {initialState} from '../../../source/explorer/initial-state.js';
import {reduce} from '../../../source/explorer/reduce.js';
import type {Action} from '../../../source/explorer/actions.js';
import type {State} from '../../../source/explorer/state.js';
import {emptyText, positionText, tickInterval} from '../../../source/explorer/selectors.js';
import {headerError, listHeight} from '../../../source/explorer/layout.js';
import {key} from '../../helpers/keys.js';
import {NOW, makeDetail, makeFlow, makePage, makeRun, makeRuns} from '../../helpers/runs.js';

function fresh(overrides: Partial<Parameters<typeof initialState>[0]> = {}): State {
  return initialState({limit: 50, columns: 100, rows: 20, now: NOW, ...overrides});
}

function run(state: State, ...actions: Action[]): State {
  return actions.reduce(reduce, state);
}

function loaded(
  runs: readonly Run[],
  options: {total?: number; offset?: number; state?: State; now?: number} = {},
): State {
  const state = options.state ?? fresh();
  const page = makePage(runs, {total: options.total, limit: state.limit, offset: options.offset});
  return reduce(state, {
    type: 'runs-loaded',
    generation: state.generation,
    page,
    now: options.now ?? NOW,
  });
}

function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  assert.ok(item !== undefined, `no item at ${index}`);
  return item;
}

const serverError = new ApiError('server', 'TableFlow answered 500', {status: 500});

test('the first load selects the first run', () => {
  const state = loaded(makeRuns(5));
  assert.equal(state.selectedId, 'run0000');
  assert.equal(state.cursor, 0);
  assert.equal(state.loadedAt, NOW);
});

test('move goes down and up and clamps at both ends', () => {
  const state = loaded(makeRuns(3));
  assert.equal(run(state, {type: 'move', by: 1}).selectedId, 'run0001');
  assert.equal(run(state, {type: 'move', by: 5}).selectedId, 'run0002');
  assert.equal(run(state, {type: 'move', by: -1}), state);
});

test('move-to jumps to the first and the last run of the page', () => {
  const state = loaded(makeRuns(30));
  const last = run(state, {type: 'move-to', to: 'last'});
  assert.equal(last.selectedId, 'run0029');
  assert.equal(run(last, {type: 'move-to', to: 'first'}).selectedId, 'run0000');
});

test('page-screen moves the selection by one list height and scrolls the viewport', () => {
  const state = loaded(makeRuns(50));
  const height = listHeight(state);
  const down = run(state, {type: 'page-screen', by: 1});
  assert.equal(down.cursor, height);
  assert.equal(down.top, 1);
  const up = run(down, {type: 'page-screen', by: -1});
  assert.equal(up.cursor, 0);
  assert.equal(up.top, 0);
});

test('the viewport follows the selection down and back up', () => {
  const state = loaded(makeRuns(50));
  const height = listHeight(state);
  const moved = run(
    state,
    ...Array.from({length: height + 2}, () => ({type: 'move', by: 1}) as const),
  );
  assert.equal(moved.cursor, height + 2);
  assert.equal(moved.top, 3);
  const back = run(moved, {type: 'move-to', to: 'first'});
  assert.equal(back.top, 0);
});

test('cycle-filter goes forward through every status and wraps to all', () => {
  const seen: string[] = [];
  let state = fresh();
  for (let index = 0; index < 5; index += 1) {
    state = reduce(state, {type: 'cycle-filter', by: 1});
    seen.push(state.filter);
  }
  assert.deepEqual(seen, ['processing', 'review', 'completed', 'failed', 'all']);
});

test('cycle-filter backwards from all goes to failed', () => {
  assert.equal(reduce(fresh(), {type: 'cycle-filter', by: -1}).filter, 'failed');
});

test('a filter change goes back to page 1, forgets the rows and starts a new generation', () => {
  const state = loaded(makeRuns(50), {offset: 100, total: 500});
  const changed = reduce({...state, offset: 100}, {type: 'cycle-filter', by: 1});
  assert.equal(changed.offset, 0);
  assert.deepEqual(changed.runs, []);
  assert.equal(changed.pagination, null);
  assert.equal(changed.generation, state.generation + 1);
});

test('set-filter jumps straight to a status, and to the current one is a no-op', () => {
  const state = reduce(fresh(), {type: 'set-filter', filter: 'review'});
  assert.equal(state.filter, 'review');
  assert.equal(reduce(state, {type: 'set-filter', filter: 'review'}), state);
});

test('turn-page asks for the next offset and, on the last page, says so instead', () => {
  const first = loaded(makeRuns(50), {total: 120});
  const second = reduce(first, {type: 'turn-page', by: 1});
  assert.equal(second.offset, 50);
  const third = loaded(makeRuns(20, 100), {
    total: 120,
    offset: 100,
    state: {...second, offset: 100},
  });
  const past = reduce(third, {type: 'turn-page', by: 1});
  assert.equal(past.offset, 100);
  assert.equal(past.generation, third.generation);
  assert.equal(past.message?.text, 'this is the last page (3/3)');
});

test('turn-page backwards stops at the first page, saying so', () => {
  const first = loaded(makeRuns(50), {total: 120});
  const before = reduce(first, {type: 'turn-page', by: -1});
  assert.equal(before.generation, first.generation);
  assert.equal(before.message?.text, 'this is the first page');
  const third = loaded(makeRuns(20, 100), {
    total: 120,
    offset: 100,
    state: {...first, offset: 100},
  });
  assert.equal(reduce(third, {type: 'turn-page', by: -1}).offset, 50);
});

test('turn-page does nothing before the first page has loaded', () => {
  const state = fresh();
  assert.equal(reduce(state, {type: 'turn-page', by: 1}), state);
});

test('the selection follows its run when a new run arrives on top', () => {
  const state = run(loaded(makeRuns(5)), {type: 'move', by: 2});
  assert.equal(state.selectedId, 'run0002');
  const newcomer = makeRun({id: 'new', status: 'processing', startedAt: NOW});
  const next = loaded([newcomer, ...makeRuns(5)], {state});
  assert.equal(next.selectedId, 'run0002');
  assert.equal(next.cursor, 3);
});

test('when the selected run leaves the page the row at its previous index is selected', () => {
  const runs = makeRuns(5);
  const state = run(loaded(runs), {type: 'move', by: 2});
  const next = loaded(
    runs.filter((candidate) => candidate.id !== 'run0002'),
    {state},
  );
  assert.equal(next.selectedId, 'run0003');
  const shorter = loaded(runs.slice(0, 2), {state: run(state, {type: 'move-to', to: 'last'})});
  assert.equal(shorter.selectedId, 'run0001');
});

test('results of a stale generation are dropped', () => {
  const state = reduce(fresh(), {type: 'cycle-filter', by: 1});
  const stale = reduce(state, {
    type: 'runs-loaded',
    generation: state.generation - 1,
    page: makePage(makeRuns(3)),
    now: NOW,
  });
  assert.equal(stale, state);
  const failed = reduce(state, {type: 'runs-failed', generation: 0, error: serverError, now: NOW});
  assert.equal(failed, state);
});

test('a request in flight is recorded and cleared when it settles', () => {
  const state = reduce(fresh(), {type: 'runs-requested', generation: 0, now: NOW});
  assert.equal(state.requestedAt, NOW);
  assert.equal(loaded(makeRuns(2), {state}).requestedAt, null);
});

test('a failed refresh keeps the data and records the error and its time', () => {
  const state = loaded(makeRuns(3));
  const failed = reduce(state, {
    type: 'runs-failed',
    generation: state.generation,
    error: serverError,
    now: NOW + 5000,
  });
  assert.equal(failed.runs, state.runs);
  assert.equal(failed.loadedAt, NOW);
  assert.deepEqual(failed.error, {
    kind: 'server',
    status: 500,
    message: 'TableFlow answered 500',
    at: NOW + 5000,
    retryAt: null,
  });
  assert.equal(loaded(makeRuns(3), {state: failed}).error, null);
});

test('an auth error is recorded as such, and refresh starts a new generation', () => {
  const auth = new ApiError('auth', 'TableFlow refused the API key (401)', {status: 401});
  const state = reduce(fresh(), {type: 'runs-failed', generation: 0, error: auth, now: NOW});
  assert.equal(state.error?.kind, 'auth');
  assert.equal(reduce(state, {type: 'refresh'}).generation, 1);
});

test('an aborted request leaves no error behind', () => {
  const state = reduce(fresh(), {type: 'runs-requested', generation: 0, now: NOW});
  const aborted = new ApiError('aborted', 'Request aborted');
  const next = reduce(state, {type: 'runs-failed', generation: 0, error: aborted, now: NOW});
  assert.equal(next.error, null);
  assert.equal(next.requestedAt, null);
});

test('a run whose status changed is marked until the mark expires', () => {
  const runs = makeRuns(3);
  const state = loaded(runs);
  const changedRun = {...at(runs, 1), status: 'completed', updatedAt: NOW};
  const next = loaded([at(runs, 0), changedRun, at(runs, 2)], {state, now: NOW + 5000});
  assert.deepEqual([...next.changed.keys()], ['run0001']);
  const later = reduce(next, {type: 'tick', now: NOW + 5000 + CHANGE_MARK_MS - 1});
  assert.equal(later.changed, next.changed);
  const expired = reduce(later, {type: 'tick', now: NOW + 5000 + CHANGE_MARK_MS});
  assert.equal(expired.changed.size, 0);
});

test('identical data keeps the same runs array and pagination object', () => {
  const state = loaded(makeRuns(10), {total: 40});
  const next = loaded(makeRuns(10), {total: 40, state, now: NOW + 5000});
  assert.equal(next.runs, state.runs);
  assert.equal(next.pagination, state.pagination);
  assert.equal(next.changed, state.changed);
});

test('an identical refresh that is already recorded returns the same state object', () => {
  const state = loaded(makeRuns(10), {total: 40});
  assert.equal(loaded(makeRuns(10), {total: 40, state}), state);
});

test('one changed run gets a new array but the unchanged runs keep their objects', () => {
  const runs = makeRuns(3);
  const state = loaded(runs);
  const next = loaded([at(runs, 0), {...at(runs, 1), updatedAt: NOW + 1}, at(runs, 2)], {state});
  assert.notEqual(next.runs, state.runs);
  assert.equal(next.runs[0], state.runs[0]);
  assert.notEqual(next.runs[1], state.runs[1]);
});

test('open-detail opens the selected run and close-detail closes it', () => {
  const state = reduce(loaded(makeRuns(3)), {type: 'move', by: 1});
  const open = reduce(state, {type: 'open-detail'});
  assert.equal(open.detail?.id, 'run0001');
  assert.equal(modeOf(open), 'detail');
  const closed = reduce(open, {type: 'close-detail'});
  assert.equal(closed.detail, null);
  assert.equal(reduce(closed, {type: 'close-detail'}), closed);
});

test('open-detail with no runs does nothing', () => {
  const state = fresh();
  assert.equal(reduce(state, {type: 'open-detail'}), state);
});

test('detail scrolling clamps to the measured content', () => {
  const open = run(
    loaded(makeRuns(3)),
    {type: 'open-detail'},
    {type: 'detail-measured', maxScroll: 30},
  );
  const screen = 20 - 1 - 2 - 1 - 3;
  assert.equal(run(open, {type: 'scroll-detail', by: 1, unit: 'line'}).detail?.scroll, 1);
  assert.equal(run(open, {type: 'scroll-detail', by: 1, unit: 'all'}).detail?.scroll, 30);
  assert.equal(run(open, {type: 'scroll-detail', by: -1, unit: 'line'}), open);
  const paged = run(open, {type: 'scroll-detail', by: 1, unit: 'screen'});
  assert.equal(paged.detail?.scroll, screen);
  const shrunk = reduce(paged, {type: 'detail-measured', maxScroll: 5});
  assert.equal(shrunk.detail?.scroll, 5);
});

test('the detail pane keeps the row it was opened on, shown until the detail lands', () => {
  const open = run(loaded(makeRuns(3)), {type: 'move', by: 2}, {type: 'open-detail'});
  assert.equal(open.detail?.row.id, 'run0002');
  const next = loaded(makeRuns(2), {state: open});
  assert.equal(next.detail?.row.id, 'run0002');
});

test('a scheduled retry is recorded on the error, and a success clears both', () => {
  const state = loaded(makeRuns(3));
  const failed = reduce(state, {
    type: 'runs-failed',
    generation: state.generation,
    error: serverError,
    now: NOW,
  });
  assert.equal(failed.error?.retryAt, null);
  const scheduled = reduce(failed, {type: 'retry-scheduled', at: NOW + 2000});
  assert.equal(scheduled.error?.retryAt, NOW + 2000);
  assert.equal(loaded(makeRuns(3), {state: scheduled}).error, null);
  assert.equal(reduce(state, {type: 'retry-scheduled', at: NOW}), state);
});

test('a loaded detail is kept and its flow name cached, even for an inactive flow', () => {
  const runs = [makeRun({id: 'a', flowId: 'gone'})];
  const open = run(loaded(runs), {type: 'open-detail'});
  const detail = makeDetail(at(runs, 0), makeFlow({id: 'gone', name: 'Old flow', active: false}));
  const next = reduce(open, {type: 'detail-loaded', detail, now: NOW});
  assert.equal(next.detail?.run, detail);
  assert.equal(next.flowNames.get('gone'), 'Old flow');
});

test('a detail for another run than the open one is not shown', () => {
  const runs = makeRuns(2);
  const open = run(loaded(runs), {type: 'open-detail'});
  const next = reduce(open, {type: 'detail-loaded', detail: makeDetail(at(runs, 1)), now: NOW});
  assert.equal(next.detail?.run, null);
});

test('a failed detail fetch records the error on the pane', () => {
  const open = run(loaded(makeRuns(1)), {type: 'open-detail'});
  const next = reduce(open, {type: 'detail-failed', id: 'run0000', error: serverError, now: NOW});
  assert.equal(next.detail?.error?.message, 'TableFlow answered 500');
});

test('flows-loaded caches names and returns the same state when nothing is new', () => {
  const state = reduce(fresh(), {type: 'flows-loaded', flows: [makeFlow()]});
  assert.equal(state.flowNames.get('dk4g1tUg1uHLs8YU'), 'PO to Invoice Reconciliation');
  assert.equal(reduce(state, {type: 'flows-loaded', flows: [makeFlow()]}), state);
});

test('toggle-help opens and closes the help overlay', () => {
  const open = reduce(fresh(), {type: 'toggle-help'});
  assert.equal(modeOf(open), 'help');
  assert.equal(modeOf(reduce(open, {type: 'toggle-help'})), 'list');
});

test('toggle-pause pauses and resumes', () => {
  const paused = reduce(fresh(), {type: 'toggle-pause'});
  assert.equal(paused.paused, true);
  assert.equal(reduce(paused, {type: 'toggle-pause'}).paused, false);
});

test('resized clamps the viewport so the selection stays visible', () => {
  const state = run(loaded(makeRuns(50), {state: fresh({rows: 40})}), {type: 'move', by: 30});
  assert.equal(state.top, 0);
  const small = reduce(state, {type: 'resized', columns: 60, rows: 15});
  assert.equal(small.columns, 60);
  assert.ok(small.cursor >= small.top && small.cursor < small.top + listHeight(small));
  assert.equal(reduce(small, {type: 'resized', columns: 60, rows: 15}), small);
});

test('a tick with the same time returns the same state', () => {
  const state = fresh();
  assert.equal(reduce(state, {type: 'tick', now: NOW}), state);
  assert.equal(reduce(state, {type: 'tick', now: NOW + 1000}).now, NOW + 1000);
});

test('keys are mapped against the latest mode, so a burst of keys acts in order', () => {
  const open = run(loaded(makeRuns(3)), {type: 'press', input: '', key: key({return: true})});
  assert.equal(open.detail?.id, 'run0000');
  const closed = reduce(open, {type: 'press', input: 'q', key: key()});
  assert.equal(closed.detail, null);
  assert.equal(closed.quit, false, 'q in the detail closes it');
  assert.equal(reduce(closed, {type: 'press', input: 'q', key: key()}).quit, true);
  const help = run(
    closed,
    {type: 'press', input: '?', key: key()},
    {type: 'press', input: 'x', key: key()},
  );
  assert.equal(help.help, false, 'any key closes the help');
});

test('several keys arriving in one read all act, in order', () => {
  const state = loaded(makeRuns(5));
  const moved = reduce(state, {type: 'press', input: 'jjj', key: key()});
  assert.equal(moved.selectedId, 'run0003');
  const opened = reduce(state, {type: 'press', input: 'jj\r', key: key()});
  assert.equal(opened.detail?.id, 'run0002', 'a burst ending in Enter opens the run it reached');
  const quit = reduce(state, {type: 'press', input: 'jq', key: key()});
  assert.equal(quit.quit, true);
  assert.equal(quit.selectedId, 'run0001');
});

test('an unbound key returns the same state', () => {
  const state = loaded(makeRuns(3));
  assert.equal(reduce(state, {type: 'press', input: 'z', key: key()}), state);
});

test('the footer position reads like runs 101-150 of 1,234 · page 3/25', () => {
  const state = loaded(makeRuns(50, 100), {total: 1234, offset: 100});
  assert.equal(positionText(state), 'runs 101-150 of 1,234 · page 3/25');
  assert.equal(positionText(fresh()), 'page 1/…');
  const short = run(fresh(), {
    type: 'runs-loaded',
    generation: 0,
    page: {...makePage(makeRuns(48), {total: 50}), problems: ['Invalid response'], skipped: 2},
    now: NOW,
  });
  assert.equal(positionText(short), 'runs 1-48 of 50 · page 1/1 · 2 unreadable');
  assert.equal(positionText(loaded([])), 'runs 0 of 0 · page 1/1');
});

test('the empty text names the filter and the flow', () => {
  const review = reduce(fresh(), {type: 'set-filter', filter: 'review'});
  assert.equal(emptyText(review), 'No runs in review');
  assert.equal(emptyText(fresh()), 'No runs yet');
  const flow = reduce(fresh({flowId: 'f1', status: 'failed'}), {
    type: 'flows-loaded',
    flows: [makeFlow({id: 'f1', name: 'Invoices'})],
  });
  assert.equal(emptyText(flow), 'No failed runs for flow Invoices');
});

test('the clock ticks every second only while something on screen counts seconds', () => {
  const done = loaded([makeRun({id: 'a', status: 'completed'})]);
  const paused = reduce(done, {type: 'toggle-pause'});
  assert.equal(tickInterval(paused), 1000, 'paused, the header counts the age in seconds');
  const later = reduce(done, {type: 'tick', now: NOW + 120_000});
  assert.equal(tickInterval(later), 30_000);
  const running = loaded([makeRun({id: 'a', status: 'processing'})], {now: NOW - 120_000});
  assert.equal(
    tickInterval(reduce(running, {type: 'tick', now: NOW})),
    30_000,
    'a run past its first minute shows minutes',
  );
  const young = loaded([makeRun({id: 'b', status: 'processing', startedAt: NOW - 20_000})]);
  assert.equal(tickInterval(young), 1000, 'a run in its first minute counts seconds');
});

test('the header leaves an auth error, or one without data, to the body', () => {
  const auth = new ApiError('auth', 'refused', {status: 403});
  const noData = reduce(fresh(), {
    type: 'runs-failed',
    generation: 0,
    error: serverError,
    now: NOW,
  });
  assert.equal(headerError(noData), null);
  const withData = loaded(makeRuns(2));
  const failed = reduce(withData, {
    type: 'runs-failed',
    generation: 0,
    error: serverError,
    now: NOW,
  });
  assert.equal(headerError(failed)?.message, 'TableFlow answered 500');
  const refused = reduce(withData, {type: 'runs-failed', generation: 0, error: auth, now: NOW});
  assert.equal(
    headerError(refused)?.message,
    'refused',
    'a key rejected mid-session keeps the data',
  );
});
