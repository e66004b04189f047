// A poll that brings back the page already on screen should cost nothing: no action, so
// no render and not a byte to the terminal. This remembers the page the reducer last
// heard of and the latest identical reply it was spared, so that reply can still be told
// when its time matters (a failure reports the age of the data; a pause shows it).
import type {Pagination, Run, RunPage} from '../../domain/run.js';

/** A request answered faster than this never shows the spinner: it would only flash. */
export const SPINNER_DELAY_MS = 400;

/** A reply the reducer was spared. */
export type SparedReply = {
  readonly generation: number;
  readonly page: RunPage;
  /** Epoch ms it arrived. */
  readonly at: number;
};

/** See `createQuietFeed`. */
export type QuietFeed = {
  /** True when `page` repeats what the reducer last heard for `generation`. */
  readonly repeats: (generation: number, page: RunPage) => boolean;
  /** Keeps a repeated reply instead of telling the reducer. */
  readonly spare: (reply: SparedReply) => void;
  /** Notes that the reducer heard `page`. */
  readonly told: (generation: number, page: RunPage) => void;
  /** The latest spared reply since the reducer last heard one, once; else null. */
  readonly takeSpared: () => SparedReply | null;
};

// The reducer's own notion of an unchanged run (state.ts): same id, update time, status.
const sameRun = (a: Run | undefined, b: Run): boolean =>
  a !== undefined && a.id === b.id && a.updatedAt === b.updatedAt && a.status === b.status;

const samePagination = (a: Pagination, b: Pagination): boolean =>
  a.total === b.total &&
  a.limit === b.limit &&
  a.offset === b.offset &&
  a.nextOffset === b.nextOffset &&
  a.filter === b.filter;

/** True when two pages would show the same thing. */
export function samePage(a: RunPage, b: RunPage): boolean {
  return (
    a.runs.length === b.runs.length &&
    samePagination(a.pagination, b.pagination) &&
    b.runs.every((run, index) => sameRun(a.runs[index], run))
  );
}

/** The memory behind dropping repeated replies; one per feed. */
export function createQuietFeed(): QuietFeed {
  let heard: {readonly generation: number; readonly page: RunPage} | null = null;
  let spared: SparedReply | null = null;
  return {
    repeats: (generation, page) =>
      heard !== null && heard.generation === generation && samePage(heard.page, page),
    spare: (reply) => {
      spared = reply;
    },
    told: (generation, page) => {
      heard = {generation, page};
      spared = null;
    },
    takeSpared: () => {
      const reply = spared;
      spared = null;
      return reply;
    },
  };
}
