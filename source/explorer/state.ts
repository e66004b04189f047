// The explorer's state: what it shows and what it is doing, as plain immutable data. The
// reducer (reduce.ts) is the only way it changes; time only comes in on an action, so
// every transition can be replayed in a test. Every slice's shape is declared here or in
// shapes.ts (re-exported here), so the slices import this module and it imports none of them.
import type {ApiError} from '../api/errors.js';
import {KNOWN_STATUSES} from '../domain/run.js';
import type {KnownStatus, Pagination, Run} from '../domain/run.js';
import {DEFAULT_STUCK_AFTER_MS} from '../domain/stuck.js';
import type {Trouble} from '../domain/trouble.js';
import {NO_ALERTS, type AlertSettings} from './alerts.js';
import type {
  Counts,
  DetailState,
  Effect,
  FlowCount,
  LoadError,
  Message,
  PickerState,
  ProfilesState,
  SearchState,
  SortState,
} from './shapes.js';

/** The status filter tabs, in the order Tab cycles through them. */
export const FILTERS = ['all', ...KNOWN_STATUSES] as const;

/** A status filter tab. */
export type Filter = (typeof FILTERS)[number];

/** Which keymap applies: the run list, the detail pane, the help overlay, the search bar, the flow picker or its search, the profile picker. */
export type Mode = 'list' | 'detail' | 'help' | 'search' | 'flows' | 'flow-search' | 'profiles';

/** How long a run whose status changed stays marked, htop-style. */
export const CHANGE_MARK_MS = 10_000;

export type {
  Counts,
  DetailState,
  Effect,
  EffectBody,
  FlowChoice,
  FlowCount,
  LoadError,
  Message,
  PickerState,
  ProfileEntry,
  ProfilesState,
  SearchState,
  SortColumn,
  SortState,
} from './shapes.js';

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
  /** `GET /v2/flows` has answered: a flow it did not list is not an active flow. */
  readonly flowsListed: boolean;
  readonly detail: DetailState | null;
  readonly help: boolean;
  /** Lines the help overlay is scrolled by. */
  readonly helpScroll: number;
  /** The largest scroll the help's content allows at the current size (`help-measured`). */
  readonly helpMaxScroll: number;
  /** Set by a quit key; the app exits when it sees it. */
  readonly quit: boolean;
  readonly now: number;
  /** The search bar; null when no search is on. */
  readonly search: SearchState | null;
  /** The loaded page's order (`<`, `>`, `I`); the API's own by default. */
  readonly sort: SortState;
  /** The open flow picker; null when closed. */
  readonly picker: PickerState | null;
  /** Flow id ('' for all flows) -> its run count, fetched for the picker's rows on screen. */
  readonly flowCounts: ReadonlyMap<string, FlowCount>;
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
  /** The config's profiles and the profile picker (`P`). */
  readonly profiles: ProfilesState;
  /** Bumped when another profile is connected: every feed starts again on the new client. */
  readonly session: number;
  /** The last mouse click (what was clicked, when), for telling a double click. */
  readonly lastClick: {readonly key: string; readonly at: number} | null;
};

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
  readonly profiles?: ProfilesState;
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
    flowsListed: false,
    detail: null,
    help: false,
    helpScroll: 0,
    helpMaxScroll: 0,
    quit: false,
    now: options.now,
    search: null,
    sort: {by: 'age', inverted: false},
    picker: null,
    flowCounts: new Map(),
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
    lastClick: null,
    profiles: options.profiles ?? NO_PROFILES,
    session: 0,
  };
}

/** No config file: no profile to switch to. */
export const NO_PROFILES: ProfilesState = {
  entries: [],
  current: null,
  none: 'No profiles: there is no config file',
  picker: null,
};

/** Which keymap applies to `state`. */
export function modeOf(state: State): Mode {
  if (state.help) return 'help';
  if (state.profiles.picker !== null) return 'profiles';
  if (state.picker !== null) return state.picker.editing ? 'flow-search' : 'flows';
  if (state.search?.editing === true) return 'search';
  return state.detail === null ? 'list' : 'detail';
}

/** A failed request as the state keeps it: no retry scheduled yet. */
export function toLoadError(error: ApiError, now: number): LoadError {
  return {kind: error.kind, status: error.status, message: error.message, at: now, retryAt: null};
}
