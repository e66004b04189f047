import {memo} from 'react';
import {Text} from 'ink';
import {textStyle, useTheme} from '../theme.js';
import {highlightParts} from '../../explorer/matches.js';
import type {Cell} from './row-cells.js';

/** Props of one run-list row: what it shows, already fitted to the layout (row-cells.ts). */
export type RunRowProps = {
  readonly cells: readonly Cell[];
  /** The selection and change marks before the cells. */
  readonly gutter: string;
  readonly selected: boolean;
  /** The run changed in the last refresh, or since the user last selected it. */
  readonly changed: boolean;
  /** The search query, highlighted where it appears; empty for none. */
  readonly query: string;
};

/** A row's visible text and styles, as one string: equal strings paint equal rows. */
export function rowSignature(props: RunRowProps): string {
  const cells = props.cells.map((cell) => `${cell.role}\u0000${cell.text}`).join('\u0001');
  return `${props.gutter}\u0002${String(props.selected)}${String(props.changed)}\u0002${props.query}\u0002${cells}`;
}

/**
 * True when two rows would paint the same: a clock tick or a refresh re-renders only the
 * rows whose visible text changed (a run in flight counting seconds), not all of them.
 */
export const sameRow = (a: RunRowProps, b: RunRowProps): boolean =>
  a.cells === b.cells
    ? a.gutter === b.gutter &&
      a.selected === b.selected &&
      a.changed === b.changed &&
      a.query === b.query
    : rowSignature(a) === rowSignature(b);

/** One run on one line, never wider than its layout. */
export const RunRow = memo(function RunRow({cells, gutter, selected, changed, query}: RunRowProps) {
  const theme = useTheme();
  return (
    <Text wrap="truncate" {...(selected ? textStyle(theme, 'selected') : {})}>
      <Text {...textStyle(theme, changed ? 'changed' : 'plain')}>{gutter}</Text>
      {cells.map((cell) => {
        const role = changed && cell.id === 'id' ? 'changed' : cell.role;
        const parts = highlightParts(cell.text, query);
        return (
          <Text key={cell.id} {...textStyle(theme, role)}>
            {parts.length === 1
              ? cell.text
              : parts.map((part, index) =>
                  part.match ? (
                    <Text key={index} {...textStyle(theme, 'match')}>
                      {part.text}
                    </Text>
                  ) : (
                    part.text
                  ),
                )}
          </Text>
        );
      })}
    </Text>
  );
}, sameRow);
