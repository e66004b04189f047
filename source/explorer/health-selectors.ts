// What the health view says besides its table: the status line (loading progress, the
// window, the cap when it was hit, a failure before any data) and the footer's position.
import {DEFAULT_HEALTH_CAP, expectedRuns, isTruncated, reached} from '../domain/health-data.js';
import {HEALTH_WINDOWS, windowMs, windowText} from '../domain/health-window.js';
import {formatAbsolute, formatCount, formatSpanCompact} from '../text/format.js';
import type {State} from './state.js';

/** Between health syncs: slower than the list, as each costs a few requests. */
export const HEALTH_INTERVAL_MS = 30_000;

/** The status line: its text, its tone, and whether the table is worth showing under it. */
export type HealthStatus = {
  readonly text: string;
  readonly tone: 'muted' | 'warning' | 'error';
  readonly table: boolean;
};

function clock(at: number, state: Pick<State, 'utc'>, withDate: boolean): string {
  const text = formatAbsolute(at, {utc: state.utc});
  return text.length < 16 ? text : text.slice(withDate ? 5 : 11, 16);
}

/** The status line of the health view at `state.now`. */
export function healthStatus(state: State, cap = DEFAULT_HEALTH_CAP): HealthStatus {
  const {health} = state;
  const {data, board, error} = health;
  const loading = health.requestedAt !== null;
  if (data === null || board === null) {
    if (error !== null) {
      const retry =
        error.retryAt === null
          ? 'press r to retry'
          : `retrying in ${formatSpanCompact(Math.max(0, error.retryAt - state.now))}`;
      return {
        text: `Could not load runs: ${error.message} · ${retry}`,
        tone: 'error',
        table: false,
      };
    }
    return {text: 'loading runs…', tone: 'muted', table: false};
  }
  const span = windowMs(health.window);
  const truncated = isTruncated(data, cap);
  const complete = reached(data) || data.coveredFrom <= board.from;
  const runs = formatCount(data.runs.length);
  if (!complete && !truncated && (loading || health.loadedAt === null)) {
    const expected = expectedRuns(data, state.now, cap);
    const of = expected === null ? '' : ` of ~${formatCount(expected)}`;
    return {text: `loading runs: ${runs}${of}…`, tone: 'muted', table: false};
  }
  const long = span > 24 * 3_600_000;
  const parts = [
    `last ${windowText(span)} to ${clock(board.to, state, long)}`,
    `${formatCount(board.total.runs)} runs`,
    `${formatCount(board.flows.length)} flows`,
  ];
  if (truncated) {
    const cut = complete ? 'no comparison' : `none before ${clock(data.coveredFrom, state, true)}`;
    parts.push(`capped at ${formatCount(cap)} runs: ${cut}`);
    return {text: parts.join(' · '), tone: 'warning', table: true};
  }
  if (!complete) {
    parts.push(`runs before ${clock(data.coveredFrom, state, true)} not loaded`);
    return {text: parts.join(' · '), tone: 'warning', table: true};
  }
  parts.push(board.compared ? `vs the ${windowText(span)} before` : 'loading the window before…');
  return {text: parts.join(' · '), tone: 'muted', table: true};
}

/** The footer's position: `flow 3 of 24 · 24h`, or `all flows · 24h`. */
export function healthPosition(state: State): string {
  const {health} = state;
  const flows = health.board?.flows.length ?? 0;
  const where =
    health.cursor === 0
      ? `all flows (${formatCount(flows)})`
      : `flow ${health.cursor} of ${formatCount(flows)}`;
  return `${where} · window ${health.window}`;
}

/** The window tabs of the header. */
export function windowTabs(state: State): {
  readonly labels: readonly string[];
  readonly active: number;
} {
  return {labels: HEALTH_WINDOWS, active: HEALTH_WINDOWS.indexOf(state.health.window)};
}

/** Auto-refresh of the health view is on and its last sync worked: the header says "live". */
export function isHealthLive(state: State): boolean {
  return !state.paused && state.health.error === null && state.health.loadedAt !== null;
}
