// Sorting the loaded page, as htop sorts its processes: `<` and `>` pick the column, `I`
// inverts. Only the page is sorted (the API orders by creation, newest first, and takes no
// sort), so the header says so. Durations are compared as of the page's load, not the
// clock: the order changes only when the data does, never under the cursor on a tick.
import {waitingSince, elapsedFor} from '../domain/durations.js';
import type {Run} from '../domain/run.js';
import {SORT_COLUMNS, type SortColumn, type SortState} from './shapes.js';

/** The API's order: newest first. */
export const API_ORDER: SortState = {by: 'age', inverted: false};

// The order that needs a person first: failed, review, processing, completed, others.
const STATUS_RANK: readonly string[] = ['failed', 'review', 'processing', 'completed'];
const statusRank = (status: string): number => {
  const rank = STATUS_RANK.indexOf(status);
  return rank === -1 ? STATUS_RANK.length : rank;
};

/** What the duration column shows: the wait of a run in review, else its time so far. */
function shownDuration(run: Run, at: number): number {
  const since = run.status === 'review' ? waitingSince(run) : null;
  const value = since === null ? elapsedFor(run, at) : Math.max(0, at - since);
  return value ?? -1;
}

type Compare = (a: Run, b: Run) => number;

function comparator(by: SortColumn, flowNames: ReadonlyMap<string, string>, at: number): Compare {
  const name = (run: Run) => flowNames.get(run.flowId) ?? run.flowId;
  switch (by) {
    // Newest first: the start (or creation) time, latest first.
    case 'age':
      return (a, b) => (b.startedAt ?? b.createdAt) - (a.startedAt ?? a.createdAt);
    // Longest first, as htop puts the busiest process on top.
    case 'duration':
      return (a, b) => shownDuration(b, at) - shownDuration(a, at);
    case 'status':
      return (a, b) =>
        statusRank(a.status) - statusRank(b.status) || a.status.localeCompare(b.status);
    case 'flow':
      return (a, b) => name(a).localeCompare(name(b));
    case 'trigger':
      return (a, b) => a.trigger.localeCompare(b.trigger);
  }
}

let last: {
  readonly runs: readonly Run[];
  readonly sort: SortState;
  readonly flowNames: ReadonlyMap<string, string>;
  readonly at: number;
  readonly result: readonly Run[];
} | null = null;

/**
 * `runs` in `sort`'s order, ties kept in the API's order; `runs` itself in the API's own
 * order. `at` is when the page loaded, for the durations of runs in flight.
 */
export function sortRuns(
  runs: readonly Run[],
  sort: SortState,
  flowNames: ReadonlyMap<string, string>,
  at: number,
): readonly Run[] {
  if (sort.by === 'age' && !sort.inverted) return runs;
  if (
    last !== null &&
    last.runs === runs &&
    last.sort === sort &&
    last.flowNames === flowNames &&
    last.at === at
  )
    return last.result;
  const compare = comparator(sort.by, flowNames, at);
  const sign = sort.inverted ? -1 : 1;
  const order = runs.map((run, index) => ({run, index}));
  order.sort((a, b) => sign * compare(a.run, b.run) || a.index - b.index);
  const result = order.map((entry) => entry.run);
  last = {runs, sort, flowNames, at, result};
  return result;
}

/** The next column to the right (`by` 1) or left (-1), wrapping. */
export function nextSortColumn(by: SortColumn, step: 1 | -1): SortColumn {
  const at = SORT_COLUMNS.indexOf(by) + step + SORT_COLUMNS.length;
  return SORT_COLUMNS[at % SORT_COLUMNS.length] ?? 'age';
}

const WORDS: Readonly<Record<SortColumn, readonly [string, string]>> = {
  age: ['newest first', 'oldest first'],
  duration: ['longest first', 'shortest first'],
  status: ['failed first', 'completed first'],
  flow: ['flow A-Z', 'flow Z-A'],
  trigger: ['trigger A-Z', 'trigger Z-A'],
};

/** `longest first`, `flow Z-A`, `failed first` (then review, processing, completed). */
export function sortWords(sort: SortState): string {
  const [natural, inverted] = WORDS[sort.by];
  return sort.inverted ? inverted : natural;
}
