import {memo, useEffect, useLayoutEffect, useMemo, useReducer, useRef, type RefObject} from 'react';
import {Box, Text, type DOMElement} from 'ink';
import type {Run} from '../../domain/run.js';
import type {SortState} from '../../explorer/state.js';
import {displayWidth} from '../../text/format.js';
import {textStyle, useTheme, type Theme} from '../theme.js';
import type {Clock} from '../hooks/use-clock.js';
import {GUTTER, layoutColumns, MARKING_GUTTER, type ColumnLayout} from './list-layout.js';
import {headerCells, rowCells, rowClock, type CellOptions} from './row-cells.js';
import {redrawText} from './ink-text.js';
import {paintRow, type RunRowProps} from './run-row.js';

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
  // Where a tick finds the rows' texts in Ink's tree, to draw their new seconds itself.
  const host = useRef<DOMElement>(null);
  return (
    <Box ref={host} flexDirection="column" width={width}>
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
            host={host}
            theme={theme}
            layout={layout}
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
  readonly host: RefObject<DOMElement | null>;
  readonly theme: Theme;
  readonly layout: ColumnLayout;
  readonly options: CellOptions | undefined;
};

// What the clock changes in the row at `now`: equal faces, an equal row.
const faceAt = ({run, theme, options}: ClockedRowProps, now: number): string =>
  rowClock(run, now, theme.symbols, options);

// The row's text at `now`, as it renders and as a tick draws it.
function textAt(props: ClockedRowProps, now: number): string {
  const {run, flow, theme, layout, options, gutter, selected, changed, marked, query} = props;
  const cells = rowCells(run, flow, now, layout, theme.symbols, options);
  return paintRow({cells, gutter, selected, changed, marked, query}, theme);
}

// A row that follows the clock on its own. A tick that changes its age or duration draws
// the new text straight into Ink's tree and onto the screen (ink-text.ts): no React render,
// no Ink frame. Where that cannot be done (the screen is not ours, the row is covered or
// changes width), the row renders, alone.
const ClockedRow = memo(function ClockedRow(props: ClockedRowProps) {
  const {clock, host} = props;
  const [, render] = useReducer((count: number) => count + 1, 0);
  const now = clock.now();
  const face = faceAt(props, now);
  const text = textAt(props, now);
  // The text Ink's tree holds for this row (a tick's, if one drew since), and its face.
  const held = useRef({text, face});
  // The text React last wrote: it writes a text only when it differs from that one.
  const written = useRef(text);
  // A new key makes React put its text in a new node, for when the old one cannot be mended.
  const [key, renew] = useReducer((count: number) => count + 1, 0);
  useLayoutEffect(() => {
    const before = held.current.text;
    const skipped = written.current === text;
    held.current = {text, face};
    written.current = text;
    // React skipped the write, and the node still holds the text a tick drew: mend it.
    if (before === text || !skipped) return;
    if (!redrawText(host.current, before, text, clock.draw)) renew();
  });
  useEffect(
    () =>
      clock.subscribe(() => {
        const now = clock.now();
        const next = faceAt(props, now);
        if (next === held.current.face) return;
        const after = textAt(props, now);
        if (redrawText(host.current, held.current.text, after, clock.draw))
          held.current = {text: after, face: next};
        else render();
      }),
    [clock, host, props],
  );
  return (
    <Text key={key} wrap="truncate">
      {text}
    </Text>
  );
});
