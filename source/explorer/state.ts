// The explorer's state: what it shows and what it is doing, as plain immutable data. The
// reducer (reduce.ts) is the only way it changes; time only comes in on an action, so
// every transition can be replayed in a test. Every slice's shape is declared here or in
// shapes.ts and health-state.ts (re-exported here), so the slices import this module and
// it imports none of them.
import type {ApiError} from '../api/errors.js';
import {KNOWN_STATUSES} from '../domain/run.js';
import type {Pagination, Run} from '../domain/run.js';
import type {Trouble} from '../domain/trouble.js';
import type {AlertSettings} from './alerts.js';
import type {HealthState} from './health-state.js';
import type {
  CachedDetail,
  Counts,
  DetailState,
  GotoState,
  Effect,
  FlowCount,
  LoadError,
  Message,
  PickerState,
  ProfilesState,
  SearchState,
  SortState,
} from './shapes.js';
import {WIDE_COLUMNS} from './shapes.js';

/** The status filter tabs, in the order Tab cycles through them. */
export const FILTERS = ['all', ...KNOWN_STATUSES] as const;

/** A status filter tab. */
export type Filter = (typeof FILTERS)[number];

/**
 * Which keymap applies: the run list, the list with the detail beside it (split), the
 * full-width detail, the help overlay, the search bar, the flow picker or its search, the
 * `:` prompt, the go-to-page prompt, the health view and the profile picker.
 */
export const MODES = [
  'list',
  'split',
  'detail',
  'help',
  'search',
  'flows',
  'flow-search',
  'goto',
  'page',
  'health',
  'profiles',
] as const;

/** One of `MODES`. */
export type Mode = (typeof MODES)[number];

/** How long a run whose status changed stays marked, htop-style. */
export const CHANGE_MARK_MS = 10_000;

export {initialHealth, type HealthState} from './health-state.js';
export type {
  CachedDetail,
  Counts,
  DetailOrigin,
  DetailState,
  GotoState,
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
  /** Details fetched before, by run id (bounded, oldest dropped first). */
  readonly previews: ReadonlyMap<string, CachedDetail>;
  /** The `:` prompt; null when closed. */
  readonly goto: GotoState | null;
  /** Inside a bracketed paste: its text is text, never keys. */
  readonly pasting: boolean;
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
  /** `]` without a total from the server: pages walked so far looking for the last one. */
  readonly seek: {readonly pages: number} | null;
  /** The go-to-page prompt's digits (`#`); null when closed. */
  readonly pageInput: string | null;
  /**
   * Runs that arrived above the page since the user left page 1: the offset moved down by
   * as many, so the runs on screen stayed put. 0 on page 1.
   */
  readonly newer: number;
  /** The page was just fetched again at a moved offset; a second move waits for the next poll. */
  readonly realigning: boolean;
  /** Run ids marked with Space, in the order marked; kept across refreshes, pages and filters. */
  readonly marked: ReadonlySet<string>;
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
  /** The config's profiles and the profile picker (`P`). */
  readonly profiles: ProfilesState;
  /** Bumped when another profile is connected: every feed starts again on the new client. */
  readonly session: number;
  /** The last mouse click (what was clicked, when), for telling a double click. */
  readonly lastClick: {readonly key: string; readonly at: number} | null;
};

/** Which keymap applies to `state`. */
export function modeOf(state: State): Mode {
  if (state.help) return 'help';
  if (state.profiles.picker !== null) return 'profiles';
  if (state.picker !== null) return state.picker.editing ? 'flow-search' : 'flows';
  if (state.goto !== null) return 'goto';
  if (state.search?.editing === true) return 'search';
  if (state.health.open) return 'health';
  if (state.pageInput !== null) return 'page';
  if (state.detail === null) return 'list';
  // From 140 columns the detail sits beside the list, and the list keeps the arrows.
  return state.columns >= WIDE_COLUMNS ? 'split' : 'detail';
}

/** A failed request as the state keeps it: no retry scheduled yet. */
export function toLoadError(error: ApiError, now: number): LoadError {
  return {kind: error.kind, status: error.status, message: error.message, at: now, retryAt: null};
}
