import {memo} from 'react';
import {Text} from 'ink';
import {painted, useTheme, type Role, type Style, type Theme} from '../theme.js';
import {highlightParts} from '../../explorer/matches.js';
import type {Cell} from './row-cells.js';

/** Props of one run-list row: what it shows, already fitted to the layout (row-cells.ts). */
export type RunRowProps = {
  readonly cells: readonly Cell[];
  /** The selection, mark and change glyphs before the cells. */
  readonly gutter: string;
  readonly selected: boolean;
  /** Marked with Space: the id is painted as marked. */
  readonly marked?: boolean;
  /** The run changed in the last refresh, or since the user last selected it. */
  readonly changed: boolean;
  /** The search query, highlighted where it appears; empty for none. */
  readonly query: string;
};

// Cells that show the same: a clock tick makes new cells for a run in flight, most of
// them the same texts as before.
const sameCells = (a: readonly Cell[], b: readonly Cell[]): boolean =>
  a.length === b.length &&
  a.every((cell, index) => {
    const other = b[index] as Cell;
    return cell === other || (cell.text === other.text && cell.role === other.role);
  });

/**
 * True when two rows would paint the same: a clock tick or a refresh re-renders only the
 * rows whose visible text changed (a run in flight counting seconds), not all of them.
 */
export const sameRow = (a: RunRowProps, b: RunRowProps): boolean =>
  a.gutter === b.gutter &&
  a.selected === b.selected &&
  a.changed === b.changed &&
  a.marked === b.marked &&
  a.query === b.query &&
  (a.cells === b.cells || sameCells(a.cells, b.cells));

/**
 * The row as one string, styled with SGR escapes: one text node for Ink to lay out and
 * draw instead of one per cell (a frame lays out and draws every text node of every row).
 */
export function paintRow(props: RunRowProps, theme: Theme): string {
  const {cells, gutter, selected, changed, query, marked} = props;
  const style = (role: Role): Style =>
    selected ? {...theme.styles[role], ...theme.styles.selected} : theme.styles[role];
  let out = painted(gutter, style(changed ? 'changed' : 'plain'), theme.color);
  for (const cell of cells) {
    const role =
      cell.id !== 'id' ? cell.role : marked === true ? 'marked' : changed ? 'changed' : cell.role;
    for (const part of highlightParts(cell.text, query))
      out += painted(part.text, style(part.match ? 'match' : role), theme.color);
  }
  return out;
}

/** One run on one line, never wider than its layout. */
export const RunRow = memo(function RunRow(props: RunRowProps) {
  const theme = useTheme();
  return <Text wrap="truncate">{paintRow(props, theme)}</Text>;
}, sameRow);
