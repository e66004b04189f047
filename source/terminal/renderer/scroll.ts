// Scrolling instead of repainting, as curses does with its hardware-scroll optimisation. A
// new run at the top of the list pushes every row below it down one line: as text, every
// row has changed; on screen, most rows only moved. When the new frame holds a block of
// the old one shifted up or down, the terminal moves that block itself (a scroll region,
// then insert or delete lines) and only the rows that are really new are drawn.
import type {Line} from './cells.js';

/** Rows `top`..`bottom` (0-based, inclusive) scroll by `by` lines: down when positive. */
export type Shift = {readonly top: number; readonly bottom: number; readonly by: number};

// Fewer rows than this moving is cheaper to draw than to scroll.
const MIN_MOVED = 3;
// Farther shifts are rare (a page of new runs at once is a new page anyway).
const MAX_SHIFT = 12;
// A moved row may also have changed this many characters in one place (a run in flight
// counting seconds, whose row moves down as a new run arrives): the screen moves it with
// the others, and the diff then redraws just those cells.
const EDIT = 12;
// Rows shorter than this are not worth matching loosely (blank or one-word rows).
const LOOSE_FROM = 40;

/** Whether `next` is `previous` with at most one short stretch of characters changed. */
export function nearly(previous: string, next: string): boolean {
  if (previous === next) return true;
  const longer = Math.max(previous.length, next.length);
  if (longer < LOOSE_FROM || Math.abs(previous.length - next.length) > EDIT) return false;
  let head = 0;
  const shorter = Math.min(previous.length, next.length);
  while (head < shorter && previous.charCodeAt(head) === next.charCodeAt(head)) head++;
  if (longer - head <= EDIT) return true;
  let tail = 0;
  while (
    tail < shorter - head &&
    previous.charCodeAt(previous.length - 1 - tail) === next.charCodeAt(next.length - 1 - tail)
  )
    tail++;
  return longer - head - tail <= EDIT;
}

/**
 * The shift worth most, if any: the block of rows that, moved by the terminal, leaves the
 * fewest rows to draw. Each row in the block scores what moving it saves: a row the new
 * frame has (nearly) at its new place, 1; a row the frame has unchanged where it is, -1
 * (moving it away would cost a redraw); any other row, 0 (drawn either way). So one run
 * that changed status among rows that moved does not cut the block in two.
 */
export function findShift(previous: readonly string[], next: readonly string[]): Shift | null {
  let best: {from: number; to: number; by: number} | null = null;
  let bestGain = MIN_MOVED - 1;
  for (let distance = 1; distance <= MAX_SHIFT; distance++) {
    for (const by of [distance, -distance]) {
      // The best block ending at `row` (Kadane's maximum subarray).
      let from = -1;
      let gain = 0;
      for (let row = Math.max(0, -by); row < previous.length && row + by < next.length; row++) {
        const text = previous[row] as string;
        const score =
          next[row] === text ? -1 : text !== '' && nearly(text, next[row + by] as string) ? 1 : 0;
        if (from < 0 || gain <= 0) {
          from = row;
          gain = 0;
        }
        gain += score;
        // A block starts and ends on a row that moved.
        if (score === 1 && gain > bestGain) {
          bestGain = gain;
          best = {from, to: row, by};
        }
      }
    }
  }
  if (best === null) return null;
  const {from, to, by} = best;
  return by > 0 ? {top: from, bottom: to + by, by} : {top: from + by, bottom: to, by};
}

const CSI = '\u001B[';

/** The bytes that scroll rows `top`..`bottom` by `by`, leaving the scroll region as it was. */
export function scrollBytes(shift: Shift): string {
  const {top, bottom, by} = shift;
  const region = `${CSI}${top + 1};${bottom + 1}r${CSI}${top + 1};1H`;
  const lines = by > 0 ? `${CSI}${by}L` : `${CSI}${-by}M`;
  return `${CSI}0m${region}${lines}${CSI}r`;
}

/** `rows` as the screen holds them after `shift`: moved rows, and blank ones where lines opened. */
export function shifted<T>(rows: readonly T[], shift: Shift, blank: T): T[] {
  const {top, bottom, by} = shift;
  const out = [...rows];
  for (let row = top; row <= bottom; row++) {
    const from = row - by;
    const opened = by > 0 ? row < top + by : row > bottom + by;
    out[row] = opened ? blank : (rows[from] ?? blank);
  }
  return out;
}

/** A row with nothing on it: what insert and delete leave. */
export const BLANK_LINE: Line = {cells: [], settled: true};
