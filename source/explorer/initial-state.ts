// The explorer's state before anything has loaded: the CLI's filters and settings, the
// terminal's size and the clock, and nothing fetched yet.
import {DEFAULT_STUCK_AFTER_MS} from '../domain/stuck.js';
import type {KnownStatus} from '../domain/run.js';
import {NO_ALERTS, type AlertSettings} from './alerts.js';
import {initialHealth} from './health-state.js';
import type {ProfilesState} from './shapes.js';
import type {State} from './state.js';

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
    previews: new Map(),
    goto: null,
    pasting: false,
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
    seek: null,
    pageInput: null,
    newer: 0,
    realigning: false,
    marked: new Set(),
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
