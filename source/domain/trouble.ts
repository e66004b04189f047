// "Jump to trouble": the next run of a status after the cursor, wrapping within the page.
import type {Run} from './run.js';

/** The statuses `!` and `v` jump to. */
export const TROUBLE = ['failed', 'review'] as const;
/** A status worth jumping to. */
export type Trouble = (typeof TROUBLE)[number];

/** Index of the next run with `status` after `cursor`, wrapping; null when the page has none. */
export function nextWithStatus(
  runs: readonly Run[],
  cursor: number,
  status: Trouble,
): number | null {
  for (let step = 1; step <= runs.length; step += 1) {
    const index = (cursor + step) % runs.length;
    if (runs[index]?.status === status) return index;
  }
  return null;
}

/** How the status reads in "no failed runs on later pages". */
export function troubleWords(status: Trouble): string {
  return status === 'failed' ? 'failed runs' : 'runs in review';
}
