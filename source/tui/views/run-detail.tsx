import {Box, Text} from 'ink';
import {formatCount} from '../../text/format.js';
import {textStyle, useTheme} from '../theme.js';
import type {Line} from './line.js';
import {LineView} from './line-view.js';

/** Lines at the top of the detail that never scroll away: the run id and its status. */
export const PINNED_LINES = 1;

/** The largest scroll of a pane of `count` lines, `height` rows tall, its title pinned. */
export function maxPaneScroll(count: number, height: number): number {
  return maxDetailScroll(Math.max(0, count - PINNED_LINES), height - PINNED_LINES);
}

/** Props of the detail pane: lines from `detailLines`, scrolled by the reducer. */
export type RunDetailPaneProps = {
  readonly lines: readonly Line[];
  /** Index of the first line to show; clamped to what can be shown. */
  readonly scroll: number;
  /** Rows available, indicators included. */
  readonly height: number;
  readonly width: number;
};

/** Which lines a pane shows, and how many are hidden above and below. */
export type DetailWindow = {
  readonly start: number;
  readonly end: number;
  readonly above: number;
  readonly below: number;
  /** Whether the pane is tall enough to draw the indicators. */
  readonly indicators: boolean;
};

// Too short a pane for indicators: every row goes to content.
const MIN_ROWS_FOR_INDICATORS = 3;

/** The largest useful scroll offset for `count` lines in `height` rows. */
export function maxDetailScroll(count: number, height: number): number {
  const rows = Math.max(0, Math.floor(height));
  if (count <= rows) return 0;
  // Scrolled to the end, one row goes to the "↑ n more" indicator.
  return count - (rows < MIN_ROWS_FOR_INDICATORS ? rows : rows - 1);
}

/** The visible slice for a scroll offset; indicators take a row each only when needed. */
export function detailWindow(count: number, scroll: number, height: number): DetailWindow {
  const rows = Math.max(0, Math.floor(height));
  if (count <= rows) return {start: 0, end: count, above: 0, below: 0, indicators: false};
  const start = Math.min(Math.max(0, Math.floor(scroll) || 0), maxDetailScroll(count, rows));
  if (rows < MIN_ROWS_FOR_INDICATORS) {
    return {start, end: start + rows, above: start, below: count - start - rows, indicators: false};
  }
  let body = rows - (start > 0 ? 1 : 0);
  if (start + body < count) body -= 1;
  const end = start + body;
  return {start, end, above: start, below: count - end, indicators: true};
}

/**
 * At most `height` rows of detail: the title (run id and status) pinned at the top, the
 * rest scrolled under it, with `↑ n more` / `↓ n more` where lines are hidden.
 */
export function RunDetailPane({lines, scroll, height, width}: RunDetailPaneProps) {
  const theme = useTheme();
  const pinned = Math.min(PINNED_LINES, lines.length, Math.max(0, Math.floor(height)));
  const {start, end, above, below, indicators} = detailWindow(
    lines.length - pinned,
    scroll,
    height - pinned,
  );
  const {up, down} = theme.symbols;
  return (
    <Box flexDirection="column" width={width}>
      {lines.slice(0, pinned).map((line, index) => (
        <LineView key={`pinned${index}`} line={line} />
      ))}
      {indicators && above > 0 ? (
        <Text
          wrap="truncate"
          {...textStyle(theme, 'muted')}
        >{`${up} ${formatCount(above)} more`}</Text>
      ) : null}
      {lines.slice(pinned + start, pinned + end).map((line, index) => (
        <LineView key={start + index} line={line} />
      ))}
      {indicators && below > 0 ? (
        <Text
          wrap="truncate"
          {...textStyle(theme, 'muted')}
        >{`${down} ${formatCount(below)} more`}</Text>
      ) : null}
    </Box>
  );
}
