// Fills and refreshes the runs behind flow health (domain/health-data.ts) through
// `GET /v2/flows/runs`, the only list the API has (no aggregate endpoint), one request at
// a time.
//
// - The first load pages newest first, 1,000 runs a request, until the runs are older
//   than `since` or the cap is reached; a window made longer goes on from where it was.
// - A refresh costs a few requests, not a reload: the runs processing and in review now
//   (by status filter), then the newest runs from offset 0 until a known one appears.
//   A run known as in flight that is on neither status list has settled; its outcome is
//   read from that same newest-runs page, whose size is chosen to reach it. Runs that
//   settled further down (a review that waited for hours) are fetched one by one, a few
//   per refresh: paging down to them would cost more.
import type {Run, RunsQuery, TableFlowClient} from '../domain/run.js';
import {
  capped,
  emptyHealthData,
  mergeRuns,
  pruned,
  reached,
  type HealthData,
  type StoredRun,
} from '../domain/health-data.js';
import {ApiError} from './errors.js';
import {MAX_LIMIT} from './query.js';

/** What to load, and where to report. */
export type SyncOptions = {
  /** Epoch ms the data must reach back to. */
  readonly since: number;
  /** The most runs kept. */
  readonly cap: number;
  /** Only the runs of this flow (`stats --flow`). */
  readonly flowId?: string | undefined;
  readonly signal?: AbortSignal;
  /** Told the data after each page of the first load. */
  readonly onProgress?: (data: HealthData) => void;
};

/** Runs fetched one by one per refresh, at most (see the top of this file). */
export const STRAGGLERS_PER_REFRESH = 5;
// A status list longer than this many pages is cut: thousands of runs in flight is news
// enough, and the figures do not need every one.
const STATUS_PAGES = 5;
// The newest-runs page of a refresh: runs that arrived since the last one, plus room.
const FIRST_PAGE_MIN = 50;
const ARRIVAL_ROOM = 50;

const inFlightStatus = (status: string): boolean => status === 'processing' || status === 'review';

function aborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ApiError('aborted', 'the health refresh was cancelled');
}

async function page(client: TableFlowClient, query: RunsQuery, options: SyncOptions) {
  aborted(options.signal);
  const got = await client.listRuns({...query, flowId: options.flowId}, options.signal);
  aborted(options.signal);
  return got;
}

// The offset after a page: the server's next_offset when it follows on without skipping,
// else past what the page held (a repeated run costs less than a skipped one).
function after(offset: number, size: number, next: number | null): number {
  return next !== null && Number.isSafeInteger(next) && next > offset && next <= offset + size
    ? next
    : offset + size;
}

/** Pages newest first from `data.nextOffset` until `data.since`, the end or the cap. */
export async function deepen(
  client: TableFlowClient,
  start: HealthData,
  options: SyncOptions,
): Promise<HealthData> {
  let data = start;
  while (!reached(data)) {
    const limit = Math.min(MAX_LIMIT, options.cap - data.runs.length);
    if (limit <= 0) return data;
    const got = await page(client, {limit, offset: data.nextOffset}, options);
    const size = got.runs.length + (got.skipped ?? 0);
    const oldest = got.runs.at(-1);
    const last = got.runs.length === 0 || got.pagination.nextOffset === null;
    data = {
      ...data,
      runs: mergeRuns(data.runs, got.runs),
      total: got.pagination.total,
      nextOffset: after(data.nextOffset, size, got.pagination.nextOffset),
      coveredFrom: last
        ? Number.NEGATIVE_INFINITY
        : Math.min(data.coveredFrom, (oldest?.createdAt ?? data.coveredFrom) + 1),
    };
    options.onProgress?.(data);
  }
  return data;
}

async function statusList(
  client: TableFlowClient,
  status: 'processing' | 'review',
  options: SyncOptions,
): Promise<readonly Run[]> {
  const runs = new Map<string, Run>();
  let offset = 0;
  for (let turn = 0; turn < STATUS_PAGES; turn++) {
    const got = await page(client, {status, limit: MAX_LIMIT, offset}, options);
    for (const run of got.runs) runs.set(run.id, run);
    if (got.runs.length === 0 || got.pagination.nextOffset === null) break;
    offset = after(offset, got.runs.length + (got.skipped ?? 0), got.pagination.nextOffset);
  }
  return [...runs.values()];
}

// Known runs in flight that neither status list holds: they have settled since.
function settled(runs: readonly StoredRun[], inFlight: ReadonlySet<string>): number[] {
  return runs.flatMap((run, at) =>
    inFlightStatus(run.status) && !inFlight.has(run.id) ? [at] : [],
  );
}

// One settled run by id. A run gone (404) or unreadable is left out of the figures rather
// than failing every refresh after it; the transient failures fail the refresh (retried).
async function straggler(
  client: TableFlowClient,
  runs: readonly StoredRun[],
  id: string,
  signal: AbortSignal | undefined,
): Promise<readonly StoredRun[]> {
  try {
    return mergeRuns(runs, [await client.getRun(id, signal)]);
  } catch (error) {
    const kind = error instanceof ApiError ? error.kind : null;
    if (kind !== 'not-found' && kind !== 'invalid-response') throw error;
    return runs.filter((run) => run.id !== id);
  }
}

/** Brings loaded data up to date: status lists, newest runs, settled runs. */
export async function refresh(
  client: TableFlowClient,
  start: HealthData,
  options: SyncOptions,
): Promise<HealthData> {
  const processing = await statusList(client, 'processing', options);
  const review = await statusList(client, 'review', options);
  const inFlight = [...processing, ...review];
  const flying = new Set(inFlight.map((run) => run.id));
  // Statuses only: a run in flight that is not known is either new (the pass below takes
  // it, in order) or older than the data reaches (it counts only as in flight).
  let runs = mergeRuns(start.runs, inFlight, () => false);
  const known = new Set(runs.map((run) => run.id));
  const due = settled(runs, flying);
  const dueIds = due.map((at) => runs[at]?.id ?? '');
  const reach = due.filter((at) => at < MAX_LIMIT - ARRIVAL_ROOM).at(-1) ?? -1;
  let limit = Math.min(MAX_LIMIT, Math.max(FIRST_PAGE_MIN, reach + 1 + ARRIVAL_ROOM));
  let offset = 0;
  let fresh = 0;
  let coveredFrom = start.coveredFrom;
  for (;;) {
    const got = await page(client, {limit, offset}, options);
    runs = mergeRuns(runs, got.runs);
    fresh += got.runs.filter((run) => !known.has(run.id)).length;
    const oldest = got.runs.at(-1);
    if (got.runs.some((run) => known.has(run.id))) break;
    if (got.runs.length === 0 || got.pagination.nextOffset === null) {
      coveredFrom = Number.NEGATIVE_INFINITY;
      break;
    }
    if (oldest !== undefined && oldest.createdAt < start.since) break;
    if (fresh >= options.cap) {
      // Away too long: the new runs do not reach the old ones. Keep only the new.
      runs = runs.filter((run) => !known.has(run.id));
      coveredFrom = (oldest?.createdAt ?? 0) + 1;
      break;
    }
    offset = after(offset, got.runs.length + (got.skipped ?? 0), got.pagination.nextOffset);
    limit = MAX_LIMIT;
  }
  // What the newest-runs page did not reach is asked for one run at a time, a few a turn.
  const status = new Map(runs.map((run) => [run.id, run.status]));
  const left = dueIds.filter((id) => inFlightStatus(status.get(id) ?? ''));
  for (const id of left.slice(0, STRAGGLERS_PER_REFRESH)) {
    aborted(options.signal);
    runs = await straggler(client, runs, id, options.signal);
  }
  return {...start, runs, coveredFrom, inFlight};
}

/** True when a sync from `data` is a first load: its pages alone, no status lists. */
export function isFirstLoad(data: HealthData | null): boolean {
  return (
    data === null || (data.runs.length === 0 && data.nextOffset === 0 && data.inFlight === null)
  );
}

// A client that notes the runs in flight on the pages it fetches.
function noting(client: TableFlowClient, seen: Map<string, Run>): TableFlowClient {
  return {
    ...client,
    listRuns: async (query, signal) => {
      const got = await client.listRuns(query, signal);
      for (const run of got.runs) if (inFlightStatus(run.status)) seen.set(run.id, run);
      return got;
    },
  };
}

/**
 * The data for `options.since`, loaded or refreshed from `previous` (null: from scratch).
 * A first load is its pages and nothing more (20,000 runs, 20 requests): the runs in
 * flight are those its pages hold, and the next refresh asks the status lists. Loaded
 * data, or a longer window, is refreshed, which also picks up the runs that arrived
 * while the pages were fetched.
 */
export async function syncHealth(
  client: TableFlowClient,
  previous: HealthData | null,
  options: SyncOptions,
): Promise<HealthData> {
  const scratch = isFirstLoad(previous);
  let data = previous ?? emptyHealthData(options.since);
  // A longer window goes on below what is loaded: new runs only push the old ones further
  // down, so starting at the count loaded may repeat a few runs but never skips one.
  if (options.since < data.since) {
    const nextOffset = reached(data) ? data.runs.length : data.nextOffset;
    data = {...data, since: options.since, nextOffset};
  }
  const seen = new Map<string, Run>();
  if (!reached(data)) data = await deepen(scratch ? noting(client, seen) : client, data, options);
  if (scratch) {
    const status = new Map(data.runs.map((run) => [run.id, run.status]));
    const inFlight = [...seen.values()].filter((run) => status.get(run.id) === run.status);
    data = {...data, inFlight};
  } else data = await refresh(client, data, options);
  return capped(pruned({...data, since: Math.max(data.since, options.since)}), options.cap);
}
