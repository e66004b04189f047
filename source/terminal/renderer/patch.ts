// A piece of a row drawn straight over what the screen shows, between two frames from Ink.
// A clock tick changes a few cells of a few rows each second; rendering and diffing the
// whole frame for them cost most of a live pane's CPU. Only a like-for-like swap is made:
// the screen must show `before` at that place, `after` must take exactly its columns, and
// all three must be text whose width no terminal disputes. Anything else waits for a frame.
import {sameCell, type Line} from './cells.js';

// Lines made here: the screen shows them, but no frame's text gives them.
const patched = new WeakSet<Line>();

/** Whether `line` was made by `patchLine`, so holds more than the text it was made from. */
export const isPatched = (line: Line): boolean => patched.has(line);

/** `line` with `after` in place of `before` at `column`; null unless it is like for like. */
export function patchLine(line: Line, column: number, before: Line, after: Line): Line | null {
  const width = before.cells.length;
  if (!line.settled || !before.settled || !after.settled || after.cells.length !== width)
    return null;
  if (column < 0 || column + width > line.cells.length) return null;
  for (let offset = 0; offset < width; offset++)
    if (!sameCell(line.cells[column + offset], before.cells[offset])) return null;
  const cells = line.cells.slice();
  cells.splice(column, width, ...after.cells);
  const made = {cells, settled: true};
  patched.add(made);
  return made;
}

/** One place drawn over since the last frame: what the frame has there, and what it shows now. */
export type Patch = {readonly row: number; readonly column: number; before: Line; after: Line};

/**
 * Records `after` drawn over `before`: a place drawn over again keeps the frame's text as
 * its `before`, so a pane that ticks for days between two frames holds one patch a place.
 */
export function recordPatch(
  patches: Patch[],
  row: number,
  column: number,
  before: Line,
  after: Line,
): void {
  const known = patches.find((patch) => patch.row === row && patch.column === column);
  if (known === undefined) patches.push({row, column, before, after});
  else known.after = after;
}

/** `lines` (a frame drawn again) with the patches made since the frame came, where they fit. */
export function withPatches(lines: Line[], patches: readonly Patch[]): Line[] {
  for (const {row, column, before, after} of patches) {
    const line = lines[row];
    const patched = line === undefined ? null : patchLine(line, column, before, after);
    if (patched !== null) lines[row] = patched;
  }
  return lines;
}
