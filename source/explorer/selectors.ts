// What the explorer shows, derived from its state: the runs in the viewport, the query
// sent to the API, and the texts of the footer, the header's right side and the empty
// list. Pure; the app renders what these return, nothing here reads the clock.
import type {KnownStatus, Run, RunsQuery} from '../domain/run.js';
import {waitingSince} from '../domain/durations.js';
import {formatCount} from '../text/format.js';
import {isHealthLive} from './health-selectors.js';
import {listHeight} from './layout.js';
import {shownRuns} from './matches.js';
import {nextOffset, pageCount} from './pages.js';
import {sortWords} from './sort.js';
import type {Filter, State} from './state.js';

/** Runs in review and failed runs (null until counted), and changes the user has not seen. */
export type Attention = {
  readonly review: number | null;
  readonly failed: number | null;
  readonly unseen: number;
};

/** The search as the footer shows it. */
export type FooterSearch = {
  readonly query: string;
  /** Keys still go to the query. */
  readonly editing: boolean;
  readonly matches: number;
  /** Runs on the page. */
  readonly of: number;
};

/** The runs inside the list viewport. */
export function visibleRuns(state: State): readonly Run[] {
  return shownRuns(state).slice(state.top, state.top + listHeight(state));
}

/** The status filter as the API takes it. */
export function statusOf(filter: Filter): KnownStatus | undefined {
  return filter === 'all' ? undefined : filter;
}

/** What `GET /v2/flows/runs` is asked for. */
export function runsQuery(state: State): RunsQuery {
  return {
    status: statusOf(state.filter),
    flowId: state.flowId ?? undefined,
    limit: state.limit,
    offset: state.offset,
  };
}

/** `page 3/25`; `page 3/…` before anything has loaded, `page 3/?` when the server sends no total. */
export function pageLabel(state: State): string {
  const pagination = state.pagination;
  if (pagination === null) return `page ${Math.floor(state.offset / state.limit) + 1}/…`;
  const page = Math.floor(pagination.offset / Math.max(1, pagination.limit)) + 1;
  const pages = pageCount(pagination);
  return `page ${formatCount(page)}/${pages === null ? '?' : formatCount(pages)}`;
}

/** `runs 101-150 of 1,234 · page 3/25 · 2 marked`, from the pagination the server returned. */
export function positionText(state: State): string {
  const marked = state.marked.size > 0 ? ` · ${formatCount(state.marked.size)} marked` : '';
  const pagination = state.pagination;
  if (pagination === null) return `${pageLabel(state)}${marked}`;
  // Without a total from the server, what was counted so far is a lower bound.
  const total = `${formatCount(pagination.total)}${pagination.totalUnknown === true && nextOffset(pagination) !== null ? '+' : ''}`;
  if (state.runs.length === 0) return `runs 0 of ${total} · ${pageLabel(state)}${marked}`;
  const first = formatCount(pagination.offset + 1);
  const last = formatCount(pagination.offset + state.runs.length);
  // Runs left out for bad data must not vanish silently: the count says the page is short.
  const unreadable = state.unreadable > 0 ? ` · ${formatCount(state.unreadable)} unreadable` : '';
  return `runs ${first}-${last} of ${total} · ${pageLabel(state)}${unreadable}${marked}`;
}

/** `3 newer runs ([ top)`: runs that arrived above since the page was anchored; null for none. */
export function newerText(state: Pick<State, 'newer' | 'offset'>): string | null {
  if (state.newer <= 0 || state.offset === 0) return null;
  return `${formatCount(state.newer)} newer ${state.newer === 1 ? 'run' : 'runs'} ([ top)`;
}

/** The page's order in words for the header; null in the API's own order. */
export function sortText(state: Pick<State, 'sort'>): string | null {
  const {by, inverted} = state.sort;
  return by === 'age' && !inverted ? null : sortWords(state.sort);
}

/** The name to show for a flow: its cached name, else its id. */
export function flowName(state: Pick<State, 'flowNames'>, flowId: string): string {
  return state.flowNames.get(flowId) ?? flowId;
}

/**
 * True when the flow filter names a flow `GET /v2/flows` did not list and nothing else
 * named (a run's detail names inactive flows): most likely a mistyped id.
 */
export function unknownFlow(state: Pick<State, 'flowId' | 'flowNames' | 'flowsListed'>): boolean {
  return state.flowId !== null && state.flowsListed && !state.flowNames.has(state.flowId);
}

/** `No runs in review`, `No failed runs for flow Invoices`, `No runs yet`. */
export function emptyText(state: State): string {
  if (unknownFlow(state) && state.flowId !== null)
    return `No runs: the workspace has no active flow with id ${state.flowId}`;
  const flow = state.flowId === null ? '' : ` for flow ${flowName(state, state.flowId)}`;
  switch (state.filter) {
    case 'all':
      return flow === '' ? 'No runs yet' : `No runs${flow}`;
    case 'processing':
      return `No runs processing${flow}`;
    case 'review':
      return `No runs in review${flow}`;
    case 'completed':
      return `No completed runs${flow}`;
    case 'failed':
      return `No failed runs${flow}`;
  }
}

/** How to see more when the list is empty; null when there is nothing more to see. */
export function emptyHint(state: State): string | null {
  if (unknownFlow(state))
    return 'Check the id (GET /v2/flows lists active flows), or press f to pick a flow.';
  if (state.offset > 0) return 'Press ← for the previous page.';
  if (state.filter !== 'all') return 'Press 1 for all runs, or Tab for the next status.';
  return null;
}

/**
 * True while auto-refresh runs and the last refresh succeeded: the header then says
 * "live" instead of an age that would repaint it every second.
 */
export function isLive(
  state: Pick<State, 'paused' | 'intervalMs' | 'error' | 'loadedAt'>,
): boolean {
  return !state.paused && state.intervalMs > 0 && state.error === null && state.loadedAt !== null;
}

const SECONDS_SHOWN_MS = 60_000;

/**
 * How often the clock must tick: every second while something on screen counts seconds
 * (a run or a wait younger than a minute, the open detail, the header's age when not
 * live, a change mark, a footer message, a retry countdown), else every 30 s: list
 * times past their first minute show minutes, so an idle pane wakes for almost nothing.
 */
export function tickInterval(state: State): number {
  // The health view counts nothing by the second but its age when not live.
  if (state.health.open) return isHealthLive(state) && state.message === null ? 30_000 : 1000;
  const young = (since: number | null): boolean =>
    since !== null && state.now - since < SECONDS_SHOWN_MS;
  // A run in flight counts seconds in its first minute (its age shows minutes at least).
  const seconds = visibleRuns(state).some(
    (run) =>
      (run.status === 'processing' && young(run.startedAt ?? run.createdAt)) ||
      (run.status === 'review' && young(waitingSince(run))),
  );
  const age = !isLive(state) && young(state.loadedAt);
  // A footer message must go when its time is up.
  const marked = state.changed.size > 0 || state.message !== null;
  // Minutes shown up to 30 s late batch the rows' turns into two frames a minute.
  return seconds || age || marked || state.detail !== null || state.error !== null ? 1000 : 30_000;
}

/** The header's needs-attention figures: counts for the current flow, and unseen changes. */
export function attention(state: Pick<State, 'counts' | 'flowId' | 'unseen'>): Attention {
  const counts =
    state.counts !== null && state.counts.flowId === state.flowId ? state.counts : null;
  return {
    review: counts?.review ?? null,
    failed: counts?.failed ?? null,
    unseen: state.unseen.size,
  };
}

/** The search as the footer shows it, given how many runs match; null when no search is on. */
export function footerSearch(
  state: Pick<State, 'search' | 'runs'> & {readonly matches: number},
): FooterSearch | null {
  if (state.search === null) return null;
  return {
    query: state.search.query,
    editing: state.search.editing,
    matches: state.matches,
    of: state.runs.length,
  };
}
