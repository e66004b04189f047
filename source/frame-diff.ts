// The bytes that turn one frame into the next on a terminal that shows the first: only
// the changed columns of the changed lines, each reached by a relative move from the
// line below the frame (where Ink keeps the cursor) and restyled from a clean state.
import {restyle, toCells, type Cell} from './frame-cells.js';

const BLANK: Cell = {text: ' ', style: ''};
// Rewriting a few unchanged cells costs less than a new move and restyle.
const MERGE_GAP = 6;
const CSI = '\u001B[';

const same = (a: Cell | undefined, b: Cell | undefined): boolean =>
  (a ?? BLANK).text === (b ?? BLANK).text && (a ?? BLANK).style === (b ?? BLANK).style;

/** Column ranges [from, to) of `next` that differ from `previous`, close ones merged. */
export function changedSpans(
  previous: readonly Cell[],
  next: readonly Cell[],
): readonly (readonly [number, number])[] {
  const spans: [number, number][] = [];
  const width = Math.max(previous.length, next.length);
  for (let column = 0; column < width; column++) {
    if (same(previous[column], next[column])) continue;
    const last = spans.at(-1);
    if (last !== undefined && column - last[1] <= MERGE_GAP) last[1] = column + 1;
    else spans.push([column, column + 1]);
  }
  for (const span of spans) {
    // Never start on the right half of a wide character, nor end inside one.
    const half = (column: number): boolean =>
      next[column]?.text === '' || previous[column]?.text === '';
    while (span[0] > 0 && half(span[0])) span[0] -= 1;
    while (span[1] < width && half(span[1])) span[1] += 1;
  }
  return spans;
}

// One span: move to its column, paint its cells; past the end of the new line, erase.
function paintSpan(cells: readonly Cell[], from: number, to: number): string {
  let out = `${CSI}${from + 1}G`;
  let style = '';
  for (let column = from; column < Math.min(to, cells.length); column++) {
    const cell = cells[column] ?? BLANK;
    if (cell.text === '') continue;
    out += restyle(style, cell.style) + cell.text;
    style = cell.style;
  }
  out += restyle(style, '');
  if (to > cells.length) out += `${CSI}K`;
  return out;
}

/** The bytes that turn line `previous` into `next` when the cursor is on that line. */
export function diffLine(previous: string, next: string): string {
  const before = toCells(previous);
  const after = toCells(next);
  // Escapes the cell model does not know: resend the line whole.
  if (before === null || after === null) return `\r${next}${CSI}0m${CSI}K`;
  return changedSpans(before, after)
    .map(([from, to]) => paintSpan(after, from, to))
    .join('');
}

const vertical = (by: number): string =>
  by === 0 ? '' : `${CSI}${Math.abs(by) === 1 ? '' : Math.abs(by)}${by < 0 ? 'A' : 'B'}`;

/**
 * The bytes that turn frame `previous` into `next` (same height) with the cursor parked
 * on the line below the frame, column 1, before and after: '' when nothing changed.
 */
export function diffFrame(previous: readonly string[], next: readonly string[]): string {
  const height = next.length;
  let row = height;
  let out = '';
  for (let line = 0; line < height; line++) {
    const before = previous[line] ?? '';
    const after = next[line] ?? '';
    if (before === after) continue;
    const change = diffLine(before, after);
    if (change === '') continue;
    out += vertical(line - row) + change;
    row = line;
  }
  return out === '' ? '' : `${out}${vertical(height - row)}\r`;
}
