// The runs flow health is computed from, kept between refreshes so that a refresh costs a
// few requests instead of a reload: newest first, each run cut down to the fields the
// figures read, merged by id with the newest answer winning. Pure; the paging that fills
// it is source/api/health-sync.ts.
import type {HealthRun} from './health.js';
import type {Run} from './run.js';

/** The most runs health loads unless told otherwise: 20 requests of 1,000. */
export const DEFAULT_HEALTH_CAP = 20_000;

/** A run as the health data keeps it: what the figures read, and when it last changed. */
export type StoredRun = HealthRun & {readonly updatedAt: number};

/** The runs of the health figures, and how far back they are complete. */
export type HealthData = {
  /** Newest first (by `createdAt`, then id). */
  readonly runs: readonly StoredRun[];
  /** Epoch ms the data should reach back to; older runs are dropped. */
  readonly since: number;
  /**
   * Every run created at or after this (epoch ms) is loaded: the newest-first pass got
   * this far. +Infinity before the first page, -Infinity once it met the last run.
   */
  readonly coveredFrom: number;
  /** Offset of the next page of an unfinished newest-first pass. */
  readonly nextOffset: number;
  /** How many runs the server said it holds, at the last page. */
  readonly total: number | null;
  /** The runs processing and in review now, from the status lists; null until fetched. */
  readonly inFlight: readonly Run[] | null;
};

/** Data that holds nothing yet and must reach back to `since`. */
export function emptyHealthData(since: number): HealthData {
  return {
    runs: [],
    since,
    coveredFrom: Number.POSITIVE_INFINITY,
    nextOffset: 0,
    total: null,
    inFlight: null,
  };
}

/** True when every run created since `since` is loaded. */
export const reached = (data: HealthData): boolean => data.coveredFrom <= data.since;

/** True when the cap stopped the loading short of `since`. */
export const isTruncated = (data: HealthData, cap: number): boolean =>
  !reached(data) && data.runs.length >= cap;

/** The run as stored. */
export function storedRun(run: Run): StoredRun {
  const {id, flowId, status, createdAt, durationMs, updatedAt} = run;
  return {id, flowId, status, createdAt, durationMs, updatedAt};
}

const sameStored = (a: StoredRun, b: StoredRun): boolean =>
  a.status === b.status &&
  a.updatedAt === b.updatedAt &&
  a.durationMs === b.durationMs &&
  a.createdAt === b.createdAt &&
  a.flowId === b.flowId;

const newestFirst = (a: StoredRun, b: StoredRun): number =>
  b.createdAt - a.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * `runs` with `fresh` merged in: a known run takes the fresh answer unless it is older
 * (`updatedAt`), an unknown one is added only when `add` says so. Unchanged runs keep
 * their objects, and nothing changed gives back `runs` itself.
 */
export function mergeRuns(
  runs: readonly StoredRun[],
  fresh: readonly Run[],
  add: (run: Run) => boolean = () => true,
): readonly StoredRun[] {
  if (fresh.length === 0) return runs;
  const index = new Map(runs.map((run, at) => [run.id, at]));
  let next: StoredRun[] | null = null;
  const added: StoredRun[] = [];
  for (const run of fresh) {
    const at = index.get(run.id);
    if (at === undefined) {
      if (add(run)) {
        index.set(run.id, runs.length + added.length);
        added.push(storedRun(run));
      }
      continue;
    }
    const old = (next ?? runs)[at] ?? added[at - runs.length];
    if (old === undefined || run.updatedAt < old.updatedAt) continue;
    const stored = storedRun(run);
    if (sameStored(old, stored)) continue;
    if (at >= runs.length) added[at - runs.length] = stored;
    else (next ??= [...runs])[at] = stored;
  }
  if (next === null && added.length === 0) return runs;
  const merged = [...(next ?? runs), ...added];
  // Pages come newest first and land above or below what is known: usually no sort at all.
  for (let i = 1; i < merged.length; i++)
    if (newestFirst(merged[i - 1] as StoredRun, merged[i] as StoredRun) > 0)
      return merged.sort(newestFirst);
  return merged;
}

/**
 * `data` without the runs created before its `since`; it is then complete from `since`
 * at best, so a longer window later pages down again instead of trusting a gap.
 */
export function pruned(data: HealthData): HealthData {
  const runs = data.runs;
  let keep = runs.length;
  while (keep > 0 && (runs[keep - 1] as StoredRun).createdAt < data.since) keep -= 1;
  const coveredFrom = Math.max(data.coveredFrom, data.since);
  if (keep === runs.length && coveredFrom === data.coveredFrom) return data;
  return {...data, runs: keep === runs.length ? runs : runs.slice(0, keep), coveredFrom};
}

/** `data` with at most `cap` runs: the oldest go, and the data is complete only above them. */
export function capped(data: HealthData, cap: number): HealthData {
  if (data.runs.length <= cap) return data;
  const dropped = data.runs[cap] as StoredRun;
  return {
    ...data,
    runs: data.runs.slice(0, cap),
    coveredFrom: Math.max(data.coveredFrom, dropped.createdAt + 1),
  };
}

/**
 * Roughly how many runs the newest-first pass will have loaded when it reaches `since`,
 * from how fast it has been going back in time; null before the first page.
 */
export function expectedRuns(data: HealthData, now: number, cap: number): number | null {
  const oldest = data.runs.at(-1);
  if (oldest === undefined || data.total === null) return null;
  if (reached(data)) return data.runs.length;
  const back = Math.max(1, now - oldest.createdAt);
  const estimate = Math.round((data.runs.length * (now - data.since)) / back);
  return Math.max(data.runs.length, Math.min(estimate, data.total, cap));
}
