import {memo} from 'react';
import {Text} from 'ink';
import type {Run} from '../../domain/run.js';
import {textStyle, useTheme} from '../theme.js';
import {highlightParts} from '../../explorer/matches.js';
import type {ColumnLayout} from './list-layout.js';
import {rowCells, type CellOptions} from './row-cells.js';

/** Props of one run-list row. */
export type RunRowProps = {
  readonly run: Run;
  /** The flow's name, or null when it is not known yet (the flow id is shown instead). */
  readonly flowName: string | null;
  readonly selected: boolean;
  /** The run changed in the last refresh, or since the user last selected it. */
  readonly changed: boolean;
  readonly now: number;
  readonly layout: ColumnLayout;
  /** The search query, highlighted where it appears; empty for none. */
  readonly query?: string;
  readonly options?: CellOptions;
};

/** One run on one line, never wider than the layout; memoised so a refresh repaints only what changed. */
export const RunRow = memo(function RunRow({
  run,
  flowName,
  selected,
  changed,
  now,
  layout,
  query = '',
  options,
}: RunRowProps) {
  const theme = useTheme();
  const {symbols} = theme;
  const cells = rowCells(run, flowName, now, layout, symbols, options);
  // The gutter markers make selection and change visible without colour or inverse video.
  const gutter = `${selected ? symbols.selected : ' '}${changed ? symbols.changed : ' '}`.slice(
    0,
    layout.gutter,
  );
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
});
