// `list --all`: follows next_offset through every page. Offset pages over a newest-first
// list shift while runs arrive, so runs are de-duplicated by id; and the docs do not
// promise next_offset is null at the end of flow runs, so the loop also stops on an empty
// page or a next_offset that does not move forward, and always at `max` runs.

import {ApiError, isRetryable, toApiError} from '../api/errors.js';
import type {KnownStatus, Run, RunPage, TableFlowClient} from '../domain.js';

/** Why the loop stopped: the last page, the cap, an empty page, or a next_offset that did not advance. */
export type StopReason = 'end' | 'max' | 'empty' | 'stuck';

/** Every run fetched, and how the fetch ended. */
export type AllRuns = {
  readonly runs: readonly Run[];
  /** The server's `pagination.total` on the last page. */
  readonly total: number;
  readonly stop: StopReason;
  /** The offset the loop stopped at (for the 'stuck' message). */
  readonly offset: number;
  readonly problems: readonly string[];
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
const MAX_WAIT_MS = 30_000;

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
      await sleep(Math.min(MAX_WAIT_MS, failure.retryAfterMs ?? 1000 * 2 ** (attempt - 1)));
    }
  }
}

/** Fetches every page (up to `max` runs), oldest duplicates dropped. */
export async function fetchAllRuns(
  client: TableFlowClient,
  options: FetchAllOptions,
): Promise<AllRuns> {
  const seen = new Map<string, Run>();
  const problems: string[] = [];
  let offset = 0;
  for (;;) {
    const limit = Math.min(options.limit, options.max - seen.size);
    const query = {status: options.status, flowId: options.flowId, limit, offset};
    const page = await pageWithRetry(() => client.listRuns(query), options.sleep);
    problems.push(...(page.problems ?? []));
    for (const run of page.runs) if (!seen.has(run.id)) seen.set(run.id, run);
    const {total, nextOffset} = page.pagination;
    options.onProgress?.(Math.min(seen.size, options.max), total);
    const done = (stop: StopReason): AllRuns => ({
      runs: [...seen.values()].slice(0, options.max),
      total,
      stop,
      offset,
      problems,
    });
    if (page.runs.length === 0) return done('empty');
    if (nextOffset === null) return done('end');
    if (seen.size >= options.max) return done('max');
    if (nextOffset <= offset) return done('stuck');
    offset = nextOffset;
  }
}
