import {memo} from 'react';
import {Text} from 'ink';
import type {Run} from '../domain.js';
import {textStyle, useTheme} from '../theme.js';
import type {ColumnLayout} from './columns.js';
import {rowCells} from './row-cells.js';

/** Props of one run-list row. */
export type RunRowProps = {
  readonly run: Run;
  /** The flow's name, or null when it is not known yet (the flow id is shown instead). */
  readonly flowName: string | null;
  readonly selected: boolean;
  /** The run changed in the last refresh. */
  readonly changed: boolean;
  readonly now: number;
  readonly layout: ColumnLayout;
};

/** One run on one line, never wider than the layout; memoised so a refresh repaints only what changed. */
export const RunRow = memo(function RunRow({
  run,
  flowName,
  selected,
  changed,
  now,
  layout,
}: RunRowProps) {
  const theme = useTheme();
  const {symbols} = theme;
  const cells = rowCells(run, flowName, now, layout, symbols);
  // The gutter markers make selection and change visible without colour or inverse video.
  const gutter = `${selected ? symbols.selected : ' '}${changed ? symbols.changed : ' '}`.slice(
    0,
    layout.gutter,
  );
  return (
    <Text wrap="truncate" {...(selected ? textStyle(theme, 'selected') : {})}>
      <Text {...textStyle(theme, changed ? 'changed' : 'plain')}>{gutter}</Text>
      {cells.map((cell) => (
        <Text
          key={cell.id}
          {...textStyle(theme, changed && cell.id === 'id' ? 'changed' : cell.role)}
        >
          {cell.text}
        </Text>
      ))}
    </Text>
  );
});
