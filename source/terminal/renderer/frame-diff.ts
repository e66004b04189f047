// The bytes that put a frame on the screen. Every row is reached by an absolute move and
// cleared to its end, never by a line feed or a relative move, so a row whose width the
// terminal sees differently can only spoil itself, and nothing ever scrolls. Between two
// frames only the changed columns of rows of undisputed text are sent (restyled from a
// clean state); a row holding anything else is rewritten whole.
import {BLANK, restyle, sameCell, type Cell, type Line} from './cells.js';

// Rewriting a few unchanged cells costs less than a new move and restyle.
const MERGE_GAP = 6;
const CSI = '\u001B[';

/** Column ranges [from, to) of `next` that differ from `previous`, close ones merged. */
export function changedSpans(
  previous: readonly Cell[],
  next: readonly Cell[],
): readonly (readonly [number, number])[] {
  const spans: [number, number][] = [];
  const width = Math.max(previous.length, next.length);
  for (let column = 0; column < width; column++) {
    if (sameCell(previous[column], next[column])) continue;
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

const moveTo = (row: number, column: number): string => `${CSI}${row + 1};${column + 1}H`;

// The style the terminal is drawing in, from one span to the next: a span that starts in
// the style the last one ended in needs no escape at all (the DURATION cells of rows of
// runs in flight, one under the other). Reset once, at the end of the frame.
type Pen = {style: string};

// Cells [from, to) of a row from its own position; past the end of the row, erase (in the
// default style). A row that fills the width is not erased after: with autowrap off the
// cursor stays on the last column, and erasing from there would take its character too.
function paintSpan(
  pen: Pen,
  row: number,
  cells: readonly Cell[],
  from: number,
  to: number,
  columns: number,
): string {
  let out = moveTo(row, from);
  for (let column = from; column < Math.min(to, cells.length); column++) {
    const cell = cells[column] ?? BLANK;
    if (cell.text === '') continue;
    out += restyle(pen.style, cell.style) + cell.text;
    pen.style = cell.style;
  }
  if (to > cells.length && cells.length < columns) {
    out += `${restyle(pen.style, '')}${CSI}K`;
    pen.style = '';
  }
  return out;
}

/** A screen's size in cells. */
export type Size = {readonly columns: number; readonly rows: number};

// A row holding text whose width terminals dispute may be drawn narrower than measured:
// when it fills the width (so nothing erases after it), the row is erased first, or the
// old row's last cells would stay beside it.
function drawRow(pen: Pen, row: number, line: Line, size: Size): string {
  let erase = '';
  if (!line.settled && line.cells.length >= size.columns) {
    erase = `${moveTo(row, 0)}${restyle(pen.style, '')}${CSI}2K`;
    pen.style = '';
  }
  return erase + paintSpan(pen, row, line.cells, 0, Infinity, size.columns);
}

function changeRow(pen: Pen, row: number, previous: Line, next: Line, size: Size): string {
  if (!previous.settled || !next.settled) return drawRow(pen, row, next, size);
  return changedSpans(previous.cells, next.cells)
    .map(([from, to]) => paintSpan(pen, row, next.cells, from, to, size.columns))
    .join('');
}

// Ends a frame in the default style, so nothing written after it inherits one.
const done = (pen: Pen): string => restyle(pen.style, '');

/** The bytes that draw `line` as row `row` (0-based), whatever the row held. */
export function paintRow(row: number, line: Line, size: Size): string {
  const pen = {style: ''};
  return drawRow(pen, row, line, size) + done(pen);
}

/** The bytes that turn row `row` from `previous` into `next`: '' when nothing changed. */
export function diffRow(row: number, previous: Line, next: Line, size: Size): string {
  const pen = {style: ''};
  return changeRow(pen, row, previous, next, size) + done(pen);
}

// Clears the rows from `row` down; a move past the last row would land on it instead.
const clearFrom = (row: number, size: Size): string =>
  row < size.rows ? `${moveTo(row, 0)}${CSI}J` : '';

/** The bytes that draw `lines` on a screen of `size` whose content is unknown. */
export function paintFrame(lines: readonly Line[], size: Size): string {
  const pen = {style: ''};
  const rows = lines.map((line, row) => drawRow(pen, row, line, size)).join('');
  return rows + done(pen) + clearFrom(lines.length, size);
}

/** The bytes that turn a screen of `size` showing `previous` into one showing `next`. */
export function diffFrame(previous: readonly Line[], next: readonly Line[], size: Size): string {
  const pen = {style: ''};
  let out = '';
  for (let row = 0; row < next.length; row++) {
    const before = previous[row];
    const after = next[row];
    if (after === undefined || before === after) continue;
    out +=
      before === undefined
        ? drawRow(pen, row, after, size)
        : changeRow(pen, row, before, after, size);
  }
  out += done(pen);
  if (previous.length > next.length) out += clearFrom(next.length, size);
  return out;
}
