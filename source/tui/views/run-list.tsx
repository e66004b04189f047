import {memo, useEffect, useMemo, useState} from 'react';
import {Box, Text} from 'ink';
import type {Run} from '../../domain/run.js';
import type {SortState} from '../../explorer/state.js';
import {displayWidth} from '../../text/format.js';
import {textStyle, useTheme, type Symbols} from '../theme.js';
import type {Clock} from '../hooks/use-clock.js';
import {GUTTER, layoutColumns, MARKING_GUTTER, type ColumnLayout} from './list-layout.js';
import {headerCells, rowCells, rowClock, type CellOptions} from './row-cells.js';
import {RunRow, type RunRowProps} from './run-row.js';

const NONE: ReadonlySet<string> = new Set();

/** Props of the run list: the reducer decides which runs are visible; the list paints them. */
export type RunListProps = {
  /** The visible window only, in display order. */
  readonly runs: readonly Run[];
  readonly selectedId: string | null;
  /** Runs that changed in the last refresh, highlighted until the reducer forgets them. */
  readonly changedIds: ReadonlySet<string>;
  /** Flow id to flow name; unknown flows show their id. */
  readonly flowNames: ReadonlyMap<string, string>;
  /** The time the rows show; they re-render as their own clock texts change. */
  readonly clock: Clock;
  readonly width: number;
  /** The search query to highlight; empty for none. */
  readonly query?: string;
  /** Stuck threshold, time format and zone. */
  readonly options?: CellOptions;
  /** The page's order, marked on its column's title. */
  readonly sort?: SortState;
  /** Runs marked with Space; while any is, the gutter has a cell for the mark. */
  readonly marked?: ReadonlySet<string>;
};

/** A column header and one line per run, every line at most `width` cells. */
export function RunList(props: RunListProps) {
  const {runs, selectedId, changedIds, flowNames, clock, width, query, options, sort} = props;
  const marked = props.marked ?? NONE;
  const absolute = options?.absolute === true;
  const theme = useTheme();
  const idWidth = runs.reduce((max, run) => Math.max(max, displayWidth(run.id)), 0);
  // A stable layout object lets memoised rows skip repainting when nothing they show changed.
  const gutterWidth = marked.size > 0 ? MARKING_GUTTER : GUTTER;
  const layout = useMemo(
    () => layoutColumns(width, idWidth, absolute, gutterWidth),
    [width, idWidth, absolute, gutterWidth],
  );
  const header = headerCells(layout, theme.symbols, absolute, sort);
  return (
    <Box flexDirection="column" width={width}>
      <Text wrap="truncate">
        {' '.repeat(layout.gutter)}
        {header.map((cell) => (
          <Text key={cell.id} {...textStyle(theme, cell.role)}>
            {cell.text}
          </Text>
        ))}
      </Text>
      {runs.map((run) => {
        const selected = run.id === selectedId;
        const changed = changedIds.has(run.id);
        const isMarked = marked.has(run.id);
        // The gutter marks make selection, marks and change visible without colour or inverse video.
        const {selected: arrow, changed: dot, marked: tick} = theme.symbols;
        const mark = layout.gutter > GUTTER ? (isMarked ? tick : ' ') : '';
        const gutter = `${selected ? arrow : ' '}${mark}${changed ? dot : ' '}`.slice(
          0,
          layout.gutter,
        );
        const flow = flowNames.get(run.flowId) ?? null;
        return (
          <ClockedRow
            key={run.id}
            run={run}
            flow={flow}
            clock={clock}
            layout={layout}
            symbols={theme.symbols}
            options={options}
            gutter={gutter}
            selected={selected}
            changed={changed}
            marked={isMarked}
            query={query ?? ''}
          />
        );
      })}
    </Box>
  );
}

type ClockedRowProps = Omit<RunRowProps, 'cells'> & {
  readonly run: Run;
  readonly flow: string | null;
  readonly clock: Clock;
  readonly layout: ColumnLayout;
  readonly symbols: Symbols;
  readonly options: CellOptions | undefined;
};

// A row that follows the clock on its own: a tick re-renders the rows whose age or
// duration it changes, and neither the list nor the app.
const ClockedRow = memo(function ClockedRow(props: ClockedRowProps) {
  const {run, flow, clock, layout, symbols, options, ...row} = props;
  // A state, not useSyncExternalStore: its updates would render apart from the app's, and
  // a refresh shown with the clock (use-clock.ts) would draw two frames instead of one.
  const [, setFace] = useState(() => rowClock(run, clock.now(), symbols, options));
  useEffect(
    () => clock.subscribe(() => setFace(rowClock(run, clock.now(), symbols, options))),
    [clock, run, symbols, options],
  );
  return <RunRow cells={rowCells(run, flow, clock.now(), layout, symbols, options)} {...row} />;
});
