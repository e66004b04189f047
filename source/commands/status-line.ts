// `tableflow-runs status-line`: one short line for tmux's status-right. Three `limit=1`
// requests in parallel read `pagination.total` for processing, review and failed; the
// answer is cached for every pane. On failure it prints the last counts marked stale (or
// `TF ?`), one line on stderr, and exits 1; tmux shows stdout whatever the code.

import type {Writable} from 'node:stream';
import {ApiError, toApiError} from '../api/errors.js';
import type {TableFlowClient} from '../domain.js';
import type {StatusLineCommand} from '../options.js';
import {errorLine, write} from './output.js';
import {cacheFile, decide, readEntry, writeEntry, type CacheEntry} from './status-cache.js';
import {COUNTED, formatStatusLine, type Counts} from './status-format.js';

/** Where the status line writes, its clock, and where it caches (null: no cache). */
export type StatusLineIo = {
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly now: () => number;
  readonly cacheDir: string | null;
  /** The API origin, part of the cache key. */
  readonly baseUrl: string;
  /** `{host}`: the API host. */
  readonly host: string;
  readonly secret?: string;
};

/** Fetches the three counts at once; any failure fails them all. */
export async function fetchCounts(
  client: TableFlowClient,
  flowId: string | undefined,
): Promise<Counts> {
  const [processing, review, failed] = await Promise.all(
    COUNTED.map(
      async (status) =>
        (await client.listRuns({status, flowId, limit: 1, offset: 0})).pagination.total,
    ),
  );
  return {processing: processing ?? 0, review: review ?? 0, failed: failed ?? 0};
}

/** Prints the line; resolves to 0, or 1 when the counts are stale or unknown. */
export async function runStatusLine(
  command: Omit<StatusLineCommand, 'mode' | 'connection'>,
  client: () => Promise<TableFlowClient>,
  io: StatusLineIo,
): Promise<number> {
  const file =
    io.cacheDir === null
      ? null
      : cacheFile(io.cacheDir, io.baseUrl, command.profile, command.flowId);
  const cached = file === null ? null : readEntry(file);
  const started = io.now();
  const print = (counts: Counts | null, stale: boolean) =>
    write(io.stdout, `${formatStatusLine({...command, host: io.host, counts, stale})}\n`);
  const decision = decide(cached, started, command.maxAgeMs);
  if (decision === 'fresh') {
    await print(cached?.counts ?? null, false);
    return 0;
  }
  if (decision === 'failing') {
    await print(cached?.counts ?? null, true);
    return 1;
  }
  let entry: CacheEntry;
  let failure: ApiError | null = null;
  try {
    const counts = await fetchCounts(await client(), command.flowId);
    entry = {counts, fetchedAt: started, triedAt: started, failed: false};
  } catch (error) {
    failure = error instanceof ApiError ? error : toApiError(error);
    entry = {
      counts: cached?.counts ?? null,
      fetchedAt: cached?.fetchedAt ?? null,
      triedAt: started,
      failed: true,
    };
  }
  if (file !== null && io.cacheDir !== null) writeEntry(file, io.cacheDir, entry);
  await print(entry.counts, failure !== null);
  if (failure === null) return 0;
  await write(io.stderr, errorLine(failure.message, io.secret));
  return 1;
}
