// When a refresh brings back nothing new. One notion, used both by the reducer (to keep the
// very same state, so nothing renders) and by the feed (to not even dispatch the reply).
import type {Pagination, Run, RunPage} from '../domain/run.js';

/** Same run as far as the list can tell: same id, update time and status. */
export const sameRun = (a: Run | undefined, b: Run): boolean =>
  a !== undefined && a.id === b.id && a.updatedAt === b.updatedAt && a.status === b.status;

/** Same place in the same listing. */
export const samePagination = (a: Pagination | null, b: Pagination): boolean =>
  a !== null &&
  a.total === b.total &&
  a.limit === b.limit &&
  a.offset === b.offset &&
  a.nextOffset === b.nextOffset &&
  a.filter === b.filter &&
  a.totalUnknown === b.totalUnknown;

/** True when two pages would show the same thing. */
export function samePage(a: RunPage, b: RunPage): boolean {
  return (
    a.runs.length === b.runs.length &&
    samePagination(a.pagination, b.pagination) &&
    b.runs.every((run, index) => sameRun(a.runs[index], run))
  );
}
