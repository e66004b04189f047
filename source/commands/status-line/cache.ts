// The status line's cache: one small file per base URL + profile + flow under
// $XDG_CACHE_HOME/tableflow-runs, so every tmux pane and client shares one answer for
// `maxAge` instead of each asking the API. The file name is a hash (the key never goes
// near it); writes are atomic (temp file + rename), mode 0600 in a 0700 directory. A
// failed attempt is remembered too, so a down API is not asked again by every pane.

import {createHash, randomBytes} from 'node:crypto';
import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import {join} from 'node:path';
import type {Counts} from './format.js';

/** What the cache remembers. */
export type CacheEntry = {
  /** The last counts fetched, or null if none ever were. */
  readonly counts: Counts | null;
  /** When `counts` were fetched, epoch ms. */
  readonly fetchedAt: number | null;
  /** When the API was last asked, epoch ms, and whether that failed. */
  readonly triedAt: number;
  readonly failed: boolean;
};

/** Use the cached counts, show them as stale without asking (a recent failure), or ask. */
export type CacheDecision = 'fresh' | 'failing' | 'fetch';

// A clock that jumped back must not make an entry fresh for ever.
const SKEW_MS = 5_000;

/** What to do given the entry, the time and the allowed age; pure, for tests with any clock. */
export function decide(entry: CacheEntry | null, now: number, maxAgeMs: number): CacheDecision {
  if (entry === null || maxAgeMs <= 0) return 'fetch';
  const young = (at: number | null) => at !== null && now - at < maxAgeMs && at - now < SKEW_MS;
  if (entry.failed) return young(entry.triedAt) ? 'failing' : 'fetch';
  return young(entry.fetchedAt) && entry.counts !== null ? 'fresh' : 'fetch';
}

/** The cache file for this base URL, profile and flow. */
export function cacheFile(
  dir: string,
  baseUrl: string,
  profile: string | undefined,
  flowId: string | undefined,
): string {
  const hash = createHash('sha256')
    .update([baseUrl, profile ?? '', flowId ?? ''].join('\0'))
    .digest('hex');
  return join(dir, `status-${hash.slice(0, 32)}.json`);
}

const count = (raw: unknown): raw is number => Number.isSafeInteger(raw) && (raw as number) >= 0;
const time = (raw: unknown): raw is number => typeof raw === 'number' && Number.isFinite(raw);

function parseCounts(raw: unknown): Counts | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const {processing, review, failed} = raw as Record<string, unknown>;
  return count(processing) && count(review) && count(failed) ? {processing, review, failed} : null;
}

/** The entry in `file`, or null when there is none or it is unreadable (then it is rebuilt). */
export function readEntry(file: string): CacheEntry | null {
  try {
    const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    const {fetchedAt, triedAt, failed} = raw;
    if (!time(triedAt) || typeof failed !== 'boolean') return null;
    return {
      counts: parseCounts(raw.counts),
      fetchedAt: time(fetchedAt) ? fetchedAt : null,
      triedAt,
      failed,
    };
  } catch {
    return null;
  }
}

/** Replaces `file` atomically; false when it cannot (a read-only home): the line still prints. */
export function writeEntry(file: string, dir: string, entry: CacheEntry): boolean {
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    mkdirSync(dir, {recursive: true, mode: 0o700});
    writeFileSync(temp, JSON.stringify(entry), {mode: 0o600, flag: 'wx'});
    renameSync(temp, file);
    return true;
  } catch {
    try {
      rmSync(temp, {force: true});
    } catch {
      // Nothing was written where nothing can be written.
    }
    return false;
  }
}

// A lock older than this was left by a process that died: requests give up after 5 s.
const STALE_LOCK_MS = 10_000;

/**
 * Claims the right to refresh `file` (an O_EXCL lock file beside it), so panes and tmux
 * clients that find the cache stale at the same moment send one set of requests, not one
 * each. False when another process holds it; a lock left by a dead process is taken over.
 */
export function tryLock(file: string, dir: string, now: number): boolean {
  const lock = `${file}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      mkdirSync(dir, {recursive: true, mode: 0o700});
      closeSync(openSync(lock, 'wx', 0o600));
      return true;
    } catch (error) {
      if ((error as {code?: unknown}).code !== 'EEXIST') return true;
      const age = now - (statSync(lock, {throwIfNoEntry: false})?.mtimeMs ?? 0);
      if (age < STALE_LOCK_MS && age > -STALE_LOCK_MS) return false;
      rmSync(lock, {force: true});
    }
  }
  return false;
}

/** Releases the lock taken by `tryLock`. */
export function unlock(file: string): void {
  rmSync(`${file}.lock`, {force: true});
}
