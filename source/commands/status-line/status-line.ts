// `tableflow-runs status-line`: one short line for tmux's status-right. Three `limit=1`
// requests in parallel read `pagination.total` for processing, review and failed; the
// answer is cached for every pane. On failure it prints the last counts marked stale (or
// `TF ?`), one line on stderr, and exits 1; tmux shows stdout whatever the code.

import type {Writable} from 'node:stream';
import {ApiError, toApiError} from '../../api/errors.js';
import type {TableFlowClient} from '../../domain/run.js';
import type {StatusLineCommand} from '../../cli/commands.js';
import {errorLine, write} from '../shared/output.js';
import {
  cacheFile,
  decide,
  readEntry,
  tryLock,
  unlock,
  writeEntry,
  type CacheEntry,
} from './cache.js';
import {COUNTED, formatStatusLine, type Counts} from './format.js';

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
  /** Waits while another pane refreshes the cache; tests may speed it up. */
  readonly pause?: (ms: number) => Promise<void>;
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

// How long a pane waits for another one that is already asking: its 5 s request deadline,
// and a little more; after that it asks itself.
const PEER_WAIT_MS = 6_000;
const PEER_POLL_MS = 50;

/** Prints the line; resolves to 0, or 1 when the counts are stale or unknown. */
export async function runStatusLine(
  command: Omit<StatusLineCommand, 'mode' | 'connection'>,
  client: () => Promise<TableFlowClient>,
  io: StatusLineIo,
): Promise<number> {
  const {cacheDir} = io;
  const file =
    cacheDir === null ? null : cacheFile(cacheDir, io.baseUrl, command.profile, command.flowId);
  const print = (counts: Counts | null, stale: boolean) =>
    write(io.stdout, `${formatStatusLine({...command, host: io.host, counts, stale})}\n`);
  // Answers from the cache when it can: fresh counts (exit 0) or a recent failure (exit 1).
  const fromCache = async (entry: CacheEntry | null): Promise<number | null> => {
    const decision = decide(entry, io.now(), command.maxAgeMs);
    if (decision === 'fetch' || entry === null) return null;
    await print(entry.counts, decision === 'failing');
    return decision === 'fresh' ? 0 : 1;
  };
  let cached = file === null ? null : readEntry(file);
  const early = await fromCache(cached);
  if (early !== null) return early;
  const started = io.now();
  let locked = false;
  if (file !== null && cacheDir !== null && command.maxAgeMs > 0) {
    locked = tryLock(file, cacheDir, started);
    // Another pane is asking right now: its answer, once written, will do for this one too.
    while (!locked && io.now() - started < PEER_WAIT_MS) {
      await (io.pause ?? delay)(PEER_POLL_MS);
      cached = readEntry(file) ?? cached;
      const shared = await fromCache(cached);
      if (shared !== null) return shared;
      locked = tryLock(file, cacheDir, io.now());
    }
  }
  try {
    return await refresh(command, client, io, file, cached, started, print);
  } finally {
    if (locked && file !== null) unlock(file);
  }
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function refresh(
  command: Omit<StatusLineCommand, 'mode' | 'connection'>,
  client: () => Promise<TableFlowClient>,
  io: StatusLineIo,
  file: string | null,
  cached: CacheEntry | null,
  started: number,
  print: (counts: Counts | null, stale: boolean) => Promise<void>,
): Promise<number> {
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
