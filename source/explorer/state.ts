// The explorer's state: what it shows and what it is doing, as plain immutable data. The
// reducer (reduce.ts) is the only way it changes; time only comes in on an action, so
// every transition can be replayed in a test. Every slice's shape is declared here (the
// health view's beside it, in health-state.ts), so the slices import this module and it
// imports none of them.
import {KNOWN_STATUSES} from '../domain/run.js';
import type {KnownStatus, Pagination, Run, RunDetail} from '../domain/run.js';
import {DEFAULT_STUCK_AFTER_MS} from '../domain/stuck.js';
import type {Trouble} from '../domain/trouble.js';
import {NO_ALERTS, type AlertSettings} from './alerts.js';
import {initialHealth, type HealthState} from './health-state.js';
import type {LoadError} from './load-error.js';

export {toLoadError, type LoadError} from './load-error.js';
export {initialHealth, type HealthState} from './health-state.js';

/** The status filter tabs, in the order Tab cycles through them. */
export const FILTERS = ['all', ...KNOWN_STATUSES] as const;

/** A status filter tab. */
export type Filter = (typeof FILTERS)[number];

/** Which keymap applies: the run list, the detail pane, the help overlay, the search bar, the flow picker or its search, the health view. */
export type Mode = 'list' | 'detail' | 'help' | 'search' | 'flows' | 'flow-search' | 'health';

/** The search bar: the query, and whether keys still go to it (false once Enter kept it). */
export type SearchState = {readonly query: string; readonly editing: boolean};

/** One flow picker choice: `value` is the flow id, empty for all flows; `find` is what a search matches. */
export type FlowChoice = {
  readonly key: string;
  readonly label: string;
  readonly value: string;
  /** Name and id in lower case. */
  readonly find: string;
};

/** The open picker: its choices, fixed while it is open, and where the user is in them. */
export type PickerState = {
  /** Every choice, "All flows" first. */
  readonly choices: readonly FlowChoice[];
  /** The choices matching the search: `choices` itself without one. */
  readonly shown: readonly FlowChoice[];
  /** The highlighted choice, in `shown`. */
  readonly index: number;
  /** The first row on screen, in `shown`. */
  readonly top: number;
  /** The search (case-insensitive, on name and id); '' for none. */
  readonly query: string;
  /** Keys go to the search. */
  readonly editing: boolean;
};

/** A short confirmation or warning in the footer, until `until` (epoch ms). */
export type Message = {
  readonly text: string;
  readonly tone: 'info' | 'warning';
  readonly until: number;
};

/** What to do at the terminal besides drawing the frame. */
export type EffectBody =
  | {readonly kind: 'bell'}
  | {readonly kind: 'notify'; readonly text: string}
  | {readonly kind: 'copy'; readonly text: string}
  /** Hand the terminal back to the shell and stop (Ctrl-Z). */
  | {readonly kind: 'suspend'}
  /** Draw the whole screen again (Ctrl-L). */
  | {readonly kind: 'redraw'};

/** An effect with its id: the app's edge carries out each once, in id order. */
export type Effect = {readonly id: number} & EffectBody;

/** Needs-attention totals for the current flow filter, from `limit=1` requests. */
export type Counts = {
  readonly flowId: string | null;
  readonly review: number;
  readonly failed: number;
};

/** How long a run whose status changed stays marked, htop-style. */
export const CHANGE_MARK_MS = 10_000;

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
  /** The largest scroll the help's content allows at the current size (`help-measured`). */
  readonly helpMaxScroll: number;
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
  readonly health: HealthState;
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
  /** Open on the health view (`--view health`). */
  readonly health?: boolean;
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
    helpMaxScroll: 0,
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
    health: initialHealth(options.health === true),
  };
}

/** Which keymap applies to `state`. */
export function modeOf(state: State): Mode {
  if (state.help) return 'help';
  if (state.picker !== null) return state.picker.editing ? 'flow-search' : 'flows';
  if (state.search?.editing === true) return 'search';
  if (state.health.open) return 'health';
  return state.detail === null ? 'list' : 'detail';
}
