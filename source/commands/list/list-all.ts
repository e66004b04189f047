// `list --all`: follows next_offset through every page. Offset pages over a newest-first
// list shift while runs arrive, so runs are de-duplicated by id; and the docs do not
// promise next_offset is null at the end of flow runs, so the loop also stops on an empty
// page, and always at `max` runs. A page that still fails after its retries, or a
// next_offset that cannot be followed, ends the loop with the runs fetched so far: an
// export of 2,000 runs is not thrown away because page three failed.

import {ApiError, finalMessage, isRetryable, toApiError} from '../../api/errors.js';
import {retryDelay} from '../../api/retry.js';
import type {KnownStatus, Run, RunPage, TableFlowClient} from '../../domain/run.js';

/**
 * Why the loop stopped: the last page, the cap, an empty page (all complete or by
 * choice), or early: a page that failed, or a next_offset that cannot be followed.
 */
export type StopReason = 'end' | 'max' | 'empty' | 'failed' | 'bad-next-offset';

/** Every run fetched, and how the fetch ended. */
export type AllRuns = {
  readonly runs: readonly Run[];
  /** The server's `pagination.total` on the last page (0 when none arrived). */
  readonly total: number;
  readonly stop: StopReason;
  /** Where paging stopped: the offset of the page that failed, or the end of the last one. */
  readonly offset: number;
  readonly problems: readonly string[];
  /** Why paging stopped early ('failed', 'bad-next-offset'): one line, key-free. */
  readonly reason?: string;
};

/** What to fetch, and the hooks the loop reports to. */
export type FetchAllOptions = {
  readonly status: KnownStatus | undefined;
  readonly flowId: string | undefined;
  /** Page size. */
  readonly limit: number;
  readonly max: number;
  readonly onProgress?: (fetched: number, total: number) => void;
  /** Waits before a retry; tests make it instant. */
  readonly sleep: (ms: number) => Promise<void>;
};

// A long export should survive one rate limit or proxy hiccup, not fail on page 7 of 10.
const ATTEMPTS = 3;

async function pageWithRetry(
  fetch: () => Promise<RunPage>,
  sleep: (ms: number) => Promise<void>,
): Promise<RunPage> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch();
    } catch (error) {
      const failure = error instanceof ApiError ? error : toApiError(error);
      if (attempt >= ATTEMPTS || !isRetryable(failure)) throw failure;
      await sleep(retryDelay(attempt, {retryAfterMs: failure.retryAfterMs}));
    }
  }
}

/**
 * Why `next` cannot follow a page that started at `offset` and held `size` items, or null
 * when it can: it must be a safe integer that moves forward without skipping any run.
 */
export function badNextOffset(next: number, offset: number, size: number): string | null {
  const shown = `the server's next_offset (${String(next)})`;
  if (!Number.isSafeInteger(next)) return `${shown} is not a usable offset`;
  if (next <= offset) return `${shown} does not move past ${offset}`;
  if (next > offset + size) return `${shown} would skip runs after ${offset + size}`;
  return null;
}

/** Fetches every page (up to `max` runs), oldest duplicates dropped; never rejects for the API. */
export async function fetchAllRuns(
  client: TableFlowClient,
  options: FetchAllOptions,
): Promise<AllRuns> {
  const seen = new Map<string, Run>();
  const problems: string[] = [];
  let offset = 0;
  let total = 0;
  const done = (stop: StopReason, at: number, reason?: string): AllRuns => ({
    runs: [...seen.values()].slice(0, options.max),
    total,
    stop,
    offset: at,
    problems,
    ...(reason === undefined ? {} : {reason}),
  });
  for (;;) {
    const limit = Math.min(options.limit, options.max - seen.size);
    const query = {status: options.status, flowId: options.flowId, limit, offset};
    let page: RunPage;
    try {
      page = await pageWithRetry(() => client.listRuns(query), options.sleep);
    } catch (error) {
      return done('failed', offset, finalMessage(toApiError(error)));
    }
    problems.push(...(page.problems ?? []));
    for (const run of page.runs) if (!seen.has(run.id)) seen.set(run.id, run);
    const {nextOffset} = page.pagination;
    total = page.pagination.total;
    options.onProgress?.(Math.min(seen.size, options.max), total);
    // Items left out as malformed still took their places on the page.
    const count = page.runs.length + (page.skipped ?? 0);
    if (page.runs.length === 0) return done('empty', offset);
    if (nextOffset === null) return done('end', offset);
    if (seen.size >= options.max) return done('max', offset);
    const bad = badNextOffset(nextOffset, offset, Math.max(limit, count));
    if (bad !== null) return done('bad-next-offset', offset + count, bad);
    offset = nextOffset;
  }
}
