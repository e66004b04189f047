import {memo} from 'react';
import {Box, Text} from 'ink';
import type {HealthBoard} from '../../domain/health-board.js';
import {truncate} from '../../text/format.js';
import {painted, useTheme, type Role, type Style, type Theme} from '../theme.js';
import {healthLayout} from './health-columns.js';
import {boardLine, titleLine} from './health-lines.js';
import type {Line} from './line.js';

/** Props of the health view: everything already decided by the explorer. */
export type HealthViewProps = {
  readonly board: HealthBoard | null;
  /** Flow id -> name; a flow without one shows its id. */
  readonly flowNames: ReadonlyMap<string, string>;
  readonly status: {
    readonly text: string;
    readonly tone: 'muted' | 'warning' | 'error';
    readonly table: boolean;
  };
  /** The selected line: 0 is the total, 1 the first flow. */
  readonly cursor: number;
  /** The first flow on screen. */
  readonly top: number;
  readonly width: number;
  readonly height: number;
};

// One string per line, styled with SGR: one text node each, as the run rows are.
function paint(line: Line, theme: Theme, selected: boolean): string {
  const style = (role: Role): Style =>
    selected ? {...theme.styles[role], ...theme.styles.selected} : theme.styles[role];
  return line.map((segment) => painted(segment.text, style(segment.role), theme.color)).join('');
}

/** The health table: a status line, the titles, the workspace total, the flows. */
export const HealthView = memo(function HealthView(props: HealthViewProps) {
  const theme = useTheme();
  const {board, status, width, height} = props;
  const statusLine = (
    <Text wrap="truncate">
      {painted(
        truncate(` ${status.text}`, width, theme.symbols.ellipsis),
        theme.styles[status.tone],
        theme.color,
      )}
    </Text>
  );
  if (board === null || !status.table || height < 2)
    return (
      <Box flexDirection="column" width={width} height={height}>
        {statusLine}
      </Box>
    );
  const columns = healthLayout(width, board.total.perBucket.length);
  const look = {symbols: theme.symbols, ascii: theme.ascii};
  const name = (flowId: string) => props.flowNames.get(flowId) ?? flowId;
  const rows = Math.max(0, height - 3);
  const flows = board.flows.slice(props.top, props.top + rows);
  return (
    <Box flexDirection="column" width={width} height={height}>
      {statusLine}
      <Text wrap="truncate">
        {paint(titleLine(columns, width, theme.symbols.ellipsis), theme, false)}
      </Text>
      <Text wrap="truncate">
        {paint(
          boardLine(board.total, 'All flows', columns, width, look, props.cursor === 0),
          theme,
          props.cursor === 0,
        )}
      </Text>
      {flows.map((flow, index) => {
        const selected = props.cursor === props.top + index + 1;
        const line = boardLine(flow, name(flow.flowId ?? ''), columns, width, look, selected);
        return (
          <Text key={flow.flowId} wrap="truncate">
            {paint(line, theme, selected)}
          </Text>
        );
      })}
    </Box>
  );
});
