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

/** The shift that moves the longest block of `previous` rows to where `next` has them, if worth it. */
export function findShift(previous: readonly string[], next: readonly string[]): Shift | null {
  let best: {from: number; to: number; by: number} | null = null;
  let bestGain = MIN_MOVED - 1;
  for (let distance = 1; distance <= MAX_SHIFT; distance++) {
    for (const by of [distance, -distance]) {
      let from = -1;
      let gain = 0;
      for (let row = 0; row <= previous.length; row++) {
        const text = previous[row];
        const moved = text !== undefined && text !== '' && next[row + by] === text;
        if (moved) {
          if (from < 0) {
            from = row;
            gain = 0;
          }
          // A row that is the same in place needs nothing either way: no gain in moving it.
          if (next[row] !== text) gain += 1;
          if (gain > bestGain) {
            bestGain = gain;
            best = {from, to: row, by};
          }
        } else from = -1;
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
