import {painted, type Role, type Style, type Theme} from '../theme.js';
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
