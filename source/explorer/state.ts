// The explorer's whole behaviour as one pure reducer. Keys, timers and network results
// all arrive as actions; time only ever comes in on an action (`now`), so every
// transition can be replayed in a test. Unchanged data keeps its references (and no-op
// actions return the very same state) so a pane left open for days stays cheap.
import type {ApiError, ApiErrorKind} from '../api/errors.js';
import {KNOWN_STATUSES} from '../domain/run.js';
import type {Flow, KnownStatus, Pagination, Run, RunDetail, RunPage} from '../domain/run.js';
import type {Key} from 'ink';
import {splitBurst} from '../terminal/key-presses.js';
import {actionFor, BINDINGS} from './keymap.js';
import {clamp, requery, scrolledTop, select, shownRuns} from './cursor.js';
import {bodyHeight, listHeight} from './layout.js';
import type {AlertSettings} from './alerts.js';
import {NO_ALERTS} from './alerts.js';
import {continueJump, emit, noteChanges, reduceTriage} from './triage.js';
import type {Counts, Effect, Message, TriageAction} from './triage.js';
import type {PickerState} from './flow-choices.js';
import type {SearchState} from './search.js';
import {DEFAULT_STUCK_AFTER_MS} from '../domain/stuck.js';
import type {Trouble} from '../domain/trouble.js';

/** The status filter tabs, in the order Tab cycles through them. */
export const FILTERS = ['all', ...KNOWN_STATUSES] as const;

/** A status filter tab. */
export type Filter = (typeof FILTERS)[number];

/** Which keymap applies: the run list, the detail pane, the help overlay, the search bar, the flow picker or its search. */
export type Mode = 'list' | 'detail' | 'help' | 'search' | 'flows' | 'flow-search';

/** How long a run whose status changed stays marked, htop-style. */
export const CHANGE_MARK_MS = 10_000;

/** A failed request, as the header shows it. */
export type LoadError = {
  readonly kind: ApiErrorKind;
  readonly status: number | null;
  readonly message: string;
  /** Epoch ms of the failure. */
  readonly at: number;
  /** Epoch ms of the next automatic retry; null when none is scheduled (auth, paused). */
  readonly retryAt: number | null;
};

/** The open detail pane. */
export type DetailState = {
  readonly id: string;
  /** The run as the list showed it when the pane opened, shown until the detail lands. */
  readonly row: Run;
  /** The last fetched detail; null until the first fetch lands. */
  readonly run: RunDetail | null;
  readonly error: LoadError | null;
  /** First visible line. */
  readonly scroll: number;
  /** The largest scroll the pane's content allows at the current size (`detail-measured`). */
  readonly maxScroll: number;
};

/** Everything the explorer shows. */
export type State = {
  readonly filter: Filter;
  readonly flowId: string | null;
  readonly limit: number;
  readonly offset: number;
  readonly runs: readonly Run[];
  /** Null until the current query's first page has loaded. */
  readonly pagination: Pagination | null;
  readonly selectedId: string | null;
  /** Index of the selection; where it falls back to when the selected run leaves the page. */
  readonly cursor: number;
  /** First row of the list viewport. */
  readonly top: number;
  readonly columns: number;
  readonly rows: number;
  /** Bumped whenever the list must be fetched at once; results of older generations are dropped. */
  readonly generation: number;
  /** Epoch ms the current list request started; null when none is in flight. */
  readonly requestedAt: number | null;
  /** Epoch ms of the last successful list refresh. */
  readonly loadedAt: number | null;
  /** Runs of the shown page left out because the server sent them malformed. */
  readonly unreadable: number;
  readonly error: LoadError | null;
  readonly paused: boolean;
  /** Run id -> epoch ms until which its status change stays marked. */
  readonly changed: ReadonlyMap<string, number>;
  /** Flow id -> name, from `GET /v2/flows` and from detail fetches (inactive flows). */
  readonly flowNames: ReadonlyMap<string, string>;
  readonly detail: DetailState | null;
  readonly help: boolean;
  /** Lines the help overlay is scrolled by. */
  readonly helpScroll: number;
  /** Set by a quit key; the app exits when it sees it. */
  readonly quit: boolean;
  readonly now: number;
  /** The search bar; null when no search is on. */
  readonly search: SearchState | null;
  /** The open flow picker; null when closed. */
  readonly picker: PickerState | null;
  /** A `!`/`v` jump still looking through later pages. */
  readonly jump: {readonly status: Trouble; readonly pages: number} | null;
  readonly message: Message | null;
  /** Runs whose status changed since the user last selected them. */
  readonly unseen: ReadonlySet<string>;
  readonly counts: Counts | null;
  readonly timeFormat: 'relative' | 'absolute';
  readonly utc: boolean;
  /** Auto-refresh interval; 0 is manual. */
  readonly intervalMs: number;
  /** Processing longer than this is stuck. */
  readonly stuckAfterMs: number;
  readonly alerts: AlertSettings;
  /** Terminal effects (bell, notification, clipboard) for the app's edge to write. */
  readonly effects: readonly Effect[];
};

/** Every transition. Imperatives are intents (keys); past tense are results (network, clock). */
export type Action =
  | {readonly type: 'press'; readonly input: string; readonly key: Key}
  | {readonly type: 'move'; readonly by: number}
  | {readonly type: 'move-to'; readonly to: 'first' | 'last'}
  | {readonly type: 'page-screen'; readonly by: 1 | -1}
  | {readonly type: 'cycle-filter'; readonly by: 1 | -1}
  | {readonly type: 'set-filter'; readonly filter: Filter}
  | {readonly type: 'turn-page'; readonly by: 1 | -1}
  | {readonly type: 'open-detail'}
  | {readonly type: 'close-detail'}
  | {readonly type: 'scroll-detail'; readonly by: number; readonly unit: 'line' | 'screen' | 'all'}
  | {readonly type: 'toggle-help'}
  | {readonly type: 'scroll-help'; readonly by: number}
  | {readonly type: 'toggle-pause'}
  | {readonly type: 'refresh'}
  /** Ctrl-Z and Ctrl-L: work for the terminal's edge, queued as effects. */
  | {readonly type: 'suspend'}
  | {readonly type: 'redraw'}
  | {readonly type: 'resized'; readonly columns: number; readonly rows: number}
  | {readonly type: 'tick'; readonly now: number}
  | {readonly type: 'runs-requested'; readonly generation: number; readonly now: number}
  | {
      readonly type: 'runs-loaded';
      readonly generation: number;
      readonly page: RunPage;
      readonly now: number;
    }
  | {
      readonly type: 'runs-failed';
      readonly generation: number;
      readonly error: ApiError;
      readonly now: number;
    }
  | {readonly type: 'detail-loaded'; readonly detail: RunDetail; readonly now: number}
  | {
      readonly type: 'detail-failed';
      readonly id: string;
      readonly error: ApiError;
      readonly now: number;
    }
  | {readonly type: 'detail-measured'; readonly maxScroll: number}
  | {readonly type: 'retry-scheduled'; readonly at: number}
  | {readonly type: 'flows-loaded'; readonly flows: readonly Flow[]}
  | TriageAction;

/** The state before anything has loaded. */
export function initialState(options: {
  readonly status?: KnownStatus | undefined;
  readonly flowId?: string | undefined;
  readonly limit: number;
  readonly columns: number;
  readonly rows: number;
  readonly now: number;
  readonly intervalMs?: number;
  readonly stuckAfterMs?: number;
  readonly alerts?: AlertSettings;
  readonly utc?: boolean;
}): State {
  return {
    filter: options.status ?? 'all',
    flowId: options.flowId ?? null,
    limit: options.limit,
    offset: 0,
    runs: [],
    pagination: null,
    selectedId: null,
    cursor: 0,
    top: 0,
    columns: options.columns,
    rows: options.rows,
    generation: 0,
    requestedAt: null,
    loadedAt: null,
    unreadable: 0,
    error: null,
    paused: false,
    changed: new Map(),
    flowNames: new Map(),
    detail: null,
    help: false,
    helpScroll: 0,
    quit: false,
    now: options.now,
    search: null,
    picker: null,
    jump: null,
    message: null,
    unseen: new Set(),
    counts: null,
    timeFormat: 'relative',
    utc: options.utc ?? false,
    intervalMs: options.intervalMs ?? 5000,
    stuckAfterMs: options.stuckAfterMs ?? DEFAULT_STUCK_AFTER_MS,
    alerts: options.alerts ?? NO_ALERTS,
    effects: [],
  };
}

/** Which keymap applies to `state`. */
export function modeOf(state: State): Mode {
  if (state.help) return 'help';
  if (state.picker !== null) return state.picker.editing ? 'flow-search' : 'flows';
  if (state.search?.editing === true) return 'search';
  return state.detail === null ? 'list' : 'detail';
}

/** Offset of the next page, or null on the last one (never beyond `total`). */
function nextOffset(pagination: Pagination): number | null {
  const next = pagination.nextOffset ?? pagination.offset + pagination.limit;
  return next > pagination.offset && next < pagination.total ? next : null;
}

function toLoadError(error: ApiError, now: number): LoadError {
  return {kind: error.kind, status: error.status, message: error.message, at: now, retryAt: null};
}

function scrollDetail(state: State, action: Extract<Action, {type: 'scroll-detail'}>): State {
  const detail = state.detail;
  if (detail === null) return state;
  // A screen keeps one line of context and leaves room for the "n more" indicators.
  const screen = Math.max(1, bodyHeight(state) - 3);
  const step = action.unit === 'line' ? 1 : action.unit === 'screen' ? screen : Infinity;
  const scroll = clamp(detail.scroll + action.by * step, 0, detail.maxScroll);
  return scroll === detail.scroll ? state : {...state, detail: {...detail, scroll}};
}

function expireMarks(changed: State['changed'], now: number): State['changed'] {
  const kept = [...changed].filter(([, until]) => until > now);
  return kept.length === changed.size ? changed : new Map(kept);
}

/**
 * The one reducer: every transition of the explorer. When a transition changes nothing
 * (identical data, a key at the end of the list) it returns the very same state object,
 * so React skips the render.
 */
export function reduce(state: State, action: Action): State {
  const next = transition(state, action);
  if (next === state) return state;
  const keys = Object.keys(next) as (keyof State)[];
  return keys.every((key) => Object.is(next[key], state[key])) ? state : next;
}

function transition(state: State, action: Action): State {
  switch (action.type) {
    case 'press': {
      // Keys are mapped here, against the mode of the latest state: several keys can
      // arrive in one read, before the app has re-rendered with the mode the first set.
      let next = state;
      for (const press of splitBurst(action.input, action.key)) {
        const intent = actionFor(press.input, press.key, modeOf(next));
        if (intent === 'quit') return {...next, quit: true};
        if (intent !== null) next = transition(next, intent);
      }
      return next;
    }
    case 'move':
      return select(state, state.cursor + action.by);
    case 'move-to':
      return select(state, action.to === 'first' ? 0 : shownRuns(state).length - 1);
    case 'page-screen':
      return select(state, state.cursor + action.by * listHeight(state));
    case 'cycle-filter': {
      const index = FILTERS.indexOf(state.filter) + action.by + FILTERS.length;
      return requery(state, {filter: FILTERS[index % FILTERS.length] ?? 'all', offset: 0});
    }
    case 'set-filter':
      return requery(state, {filter: action.filter, offset: 0});
    case 'turn-page': {
      // Going back needs no pagination (keys can outrun a load); going on needs the total.
      const pagination = state.pagination;
      const limit = pagination?.limit ?? state.limit;
      const offset =
        action.by < 0
          ? state.offset > 0
            ? Math.max(0, state.offset - limit)
            : null
          : pagination === null
            ? null
            : nextOffset(pagination);
      return offset === null ? state : requery(state, {filter: state.filter, offset});
    }
    case 'open-detail': {
      const row = shownRuns(state)[state.cursor];
      if (row === undefined || state.detail?.id === row.id) return state;
      const unseen = state.unseen.has(row.id)
        ? new Set([...state.unseen].filter((id) => id !== row.id))
        : state.unseen;
      const detail = {id: row.id, row, run: null, error: null, scroll: 0, maxScroll: 0};
      return {...state, unseen, detail};
    }
    case 'close-detail':
      return state.detail === null ? state : {...state, detail: null};
    case 'scroll-detail':
      return scrollDetail(state, action);
    case 'toggle-help':
      return {...state, help: !state.help, helpScroll: 0};
    case 'scroll-help': {
      // The overlay clamps to its content; this bound only keeps k from needing many presses.
      const most = BINDINGS.length + 8;
      const helpScroll = clamp(state.helpScroll + action.by, 0, most);
      return helpScroll === state.helpScroll ? state : {...state, helpScroll};
    }
    case 'toggle-pause':
      return {...state, paused: !state.paused};
    case 'refresh':
      return {...state, generation: state.generation + 1, requestedAt: null};
    case 'suspend':
    case 'redraw':
      return emit(state, {kind: action.type});
    case 'resized': {
      if (action.columns === state.columns && action.rows === state.rows) return state;
      const resized = {...state, columns: action.columns, rows: action.rows};
      const top = scrolledTop(
        resized.top,
        resized.cursor,
        listHeight(resized),
        shownRuns(resized).length,
      );
      // The detail's scroll is clamped when the app measures it again at the new size.
      return {...resized, top};
    }
    case 'tick': {
      if (action.now === state.now) return state;
      const message =
        state.message !== null && state.message.until <= action.now ? null : state.message;
      return {...state, now: action.now, changed: expireMarks(state.changed, action.now), message};
    }
    case 'runs-requested':
      if (action.generation !== state.generation) return state;
      return {...state, requestedAt: action.now, now: action.now};
    case 'runs-loaded': {
      if (action.generation !== state.generation) return state;
      const {runs, changedIds} = reconcileRuns(state.runs, action.page.runs);
      const pagination = samePagination(state.pagination, action.page.pagination)
        ? state.pagination
        : action.page.pagination;
      const kept = expireMarks(state.changed, action.now);
      const changed =
        changedIds.length === 0
          ? kept
          : new Map([
              ...kept,
              ...changedIds.map((id) => [id, action.now + CHANGE_MARK_MS] as const),
            ]);
      const loaded: State = {
        ...state,
        runs,
        pagination,
        changed,
        requestedAt: null,
        loadedAt: action.now,
        unreadable: action.page.skipped ?? action.page.problems?.length ?? 0,
        error: null,
        now: action.now,
      };
      const noted = noteChanges(state, loaded, action.page.runs, changedIds);
      const index = shownRuns(noted).findIndex((run) => run.id === state.selectedId);
      return continueJump(select(noted, index === -1 ? state.cursor : index));
    }
    case 'runs-failed':
      if (action.generation !== state.generation) return state;
      if (action.error.kind === 'aborted') return {...state, requestedAt: null};
      return {
        ...state,
        requestedAt: null,
        error: toLoadError(action.error, action.now),
        now: action.now,
      };
    case 'detail-loaded': {
      const {detail} = action;
      const flow = detail.flow;
      const flowNames =
        flow === null || state.flowNames.get(flow.id) === flow.name
          ? state.flowNames
          : new Map([...state.flowNames, [flow.id, flow.name]]);
      if (state.detail?.id !== detail.id) return {...state, flowNames};
      return {...state, flowNames, detail: {...state.detail, run: detail, error: null}};
    }
    case 'detail-failed':
      if (state.detail?.id !== action.id || action.error.kind === 'aborted') return state;
      return {...state, detail: {...state.detail, error: toLoadError(action.error, action.now)}};
    case 'detail-measured': {
      const detail = state.detail;
      if (detail === null || detail.maxScroll === action.maxScroll) return state;
      const scroll = clamp(detail.scroll, 0, action.maxScroll);
      return {...state, detail: {...detail, maxScroll: action.maxScroll, scroll}};
    }
    case 'retry-scheduled':
      if (state.error === null || state.error.retryAt === action.at) return state;
      return {...state, error: {...state.error, retryAt: action.at}};
    case 'flows-loaded': {
      const fresh = action.flows.filter((flow) => state.flowNames.get(flow.id) !== flow.name);
      if (fresh.length === 0) return state;
      const names = fresh.map((flow) => [flow.id, flow.name] as const);
      return {...state, flowNames: new Map([...state.flowNames, ...names])};
    }
    case 'search-start':
    case 'search-input':
    case 'search-erase':
    case 'search-clear-query':
    case 'search-keep':
    case 'search-cancel':
    case 'next-match':
    case 'jump':
    case 'open-flow-picker':
    case 'close-flow-picker':
    case 'picker-move':
    case 'picker-choose':
    case 'picker-search':
    case 'picker-type':
    case 'set-flow':
    case 'mark-seen':
    case 'toggle-time':
    case 'step-interval':
    case 'copy':
    case 'counts-loaded':
      return reduceTriage(state, action);
  }
}

function samePagination(a: Pagination | null, b: Pagination): boolean {
  return (
    a !== null &&
    a.total === b.total &&
    a.limit === b.limit &&
    a.offset === b.offset &&
    a.nextOffset === b.nextOffset &&
    a.filter === b.filter
  );
}

function sameRun(a: Run, b: Run): boolean {
  return a.id === b.id && a.updatedAt === b.updatedAt && a.status === b.status;
}

/**
 * The fresh page, reusing the previous array (and each unchanged run object) when nothing
 * differs, plus the ids of runs whose status changed since the previous refresh.
 */
function reconcileRuns(
  previous: readonly Run[],
  fresh: readonly Run[],
): {readonly runs: readonly Run[]; readonly changedIds: readonly string[]} {
  const byId = new Map(previous.map((run) => [run.id, run]));
  const changedIds: string[] = [];
  let identical = previous.length === fresh.length;
  const runs = fresh.map((run, index) => {
    const old = byId.get(run.id);
    if (old !== undefined && old.status !== run.status) changedIds.push(run.id);
    const prior = previous[index];
    if (prior === undefined || !sameRun(prior, run)) identical = false;
    return old !== undefined && sameRun(old, run) ? old : run;
  });
  return {runs: identical ? previous : runs, changedIds};
}
