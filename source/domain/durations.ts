// How long runs take and wait, from their times and status history. Pure: `now` is passed in.
import type {Run} from './run.js';

/** When a run entered review for the last time (epoch ms), or null if it never did. */
export function waitingSince(run: Pick<Run, 'history'>): number | null {
  for (let i = run.history.length - 1; i >= 0; i--) {
    const entry = run.history[i];
    if (entry?.status === 'review') return entry.at;
  }
  return null;
}

/** A finished run's duration, or how long an unfinished one has been going; null without a start. */
export function elapsedFor(
  run: Pick<Run, 'status' | 'startedAt' | 'endedAt' | 'durationMs'>,
  now: number,
): number | null {
  if (run.endedAt !== null && run.startedAt !== null) {
    return run.durationMs > 0 ? run.durationMs : Math.max(0, run.endedAt - run.startedAt);
  }
  if (run.endedAt !== null) return run.durationMs > 0 ? run.durationMs : null;
  if (run.startedAt === null) return null;
  return Math.max(0, now - run.startedAt);
}
