// The health table as lines of styled segments: the column titles and one line per board
// line, each exactly the pane's width. Pure, so tests read the text; colours are roles
// by meaning (failures red, a rising failure rate red, a falling one green).
import type {BoardLine} from '../../domain/health-board.js';
import {
  formatCount,
  formatDuration,
  foldNewlines,
  NO_VALUE,
  padEnd,
  padStart,
} from '../../text/format.js';
import {binDown, sparkline} from '../../text/sparkline.js';
import type {Role, Symbols} from '../theme.js';
import {COLUMN_GAP, HEALTH_GUTTER, type HealthColumn, type PlacedColumn} from './health-columns.js';
import {lineWidth, seg, type Line, type Segment} from './line.js';

/** What the cells are drawn with. */
export type HealthLook = {readonly symbols: Symbols; readonly ascii: boolean};

const TITLES: Readonly<Record<HealthColumn, string>> = {
  name: 'FLOW',
  spark: 'RUNS/H',
  runs: 'RUNS',
  completed: 'DONE',
  failed: 'FAILED',
  review: 'REV',
  processing: 'PROC',
  rate: 'FAIL%',
  change: 'CHANGE',
  p50: 'P50',
  p95: 'P95',
  backlog: 'BACKLOG',
  stuck: 'STUCK',
};

const LEFT: ReadonlySet<HealthColumn> = new Set(['name', 'spark']);

/** `850ms`, `4.2s`, `42s`, `4m 05s`, `1h 02m`; `—` for none. */
export function shortDuration(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms) || ms < 0) return NO_VALUE;
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 10_000) return `${(Math.floor(ms / 100) / 10).toFixed(1)}s`;
  return formatDuration(ms);
}

/** `12.5%`, `0%`, `100%`; `—` when nothing finished. */
export function percent(rate: number | null): string {
  if (rate === null || !Number.isFinite(rate)) return NO_VALUE;
  const value = Math.max(0, Math.min(1, rate)) * 100;
  return value === 0 || value >= 99.95 ? `${Math.round(value)}%` : `${value.toFixed(1)}%`;
}

/** The change of the failure rate in points: `↑4.1`, `↓0.3`, `=`; empty when unknown. */
function change(line: BoardLine, symbols: Symbols): Segment {
  const {failureRate: now, previousRate: before} = line;
  if (now === null || before === null) return seg('', 'muted');
  const points = (now - before) * 100;
  if (!Number.isFinite(points)) return seg('', 'muted');
  if (Math.abs(points) < 0.05) return seg('=', 'muted');
  const size =
    Math.abs(points) >= 9.95
      ? Math.round(Math.abs(points)).toString()
      : Math.abs(points).toFixed(1);
  return points > 0
    ? seg(`${symbols.up}${size}`, 'status.failed')
    : seg(`${symbols.down}${size}`, 'status.completed');
}

function count(n: number, glyph: string, role: Role): Segment {
  return n > 0 ? seg(`${glyph}${formatCount(n)}`, role) : seg('0', 'muted');
}

function cell(
  id: HealthColumn,
  line: BoardLine,
  name: string,
  width: number,
  look: HealthLook,
): Segment {
  const {symbols} = look;
  switch (id) {
    case 'name':
      return seg(foldNewlines(name), line.flowId === null ? 'label' : 'plain');
    case 'spark':
      return seg(sparkline(binDown(line.perBucket, width), look.ascii), 'accent');
    case 'runs':
      return seg(formatCount(line.runs), line.runs > 0 ? 'plain' : 'muted');
    case 'completed':
      return count(line.completed, symbols.completed, 'status.completed');
    case 'failed':
      return count(line.failed, symbols.failed, 'status.failed');
    case 'review':
      return count(line.review, symbols.review, 'status.review');
    case 'processing':
      return count(line.processing, symbols.processing, 'status.processing');
    case 'rate':
      return seg(percent(line.failureRate), line.failed > 0 ? 'status.failed' : 'muted');
    case 'change':
      return change(line, symbols);
    case 'p50':
    case 'p95': {
      const ms = id === 'p50' ? line.p50DurationMs : line.p95DurationMs;
      return seg(shortDuration(ms), ms === null ? 'muted' : 'plain');
    }
    case 'backlog':
      return line.backlog === 0
        ? seg('0', 'muted')
        : seg(
            `${formatCount(line.backlog)} ${symbols.waiting}${line.oldestWaitMs === null ? '' : compactWait(line.oldestWaitMs)}`,
            'status.review',
          );
    case 'stuck':
      return line.stuck > 0
        ? seg(`${symbols.stuck}${formatCount(line.stuck)}`, 'stuck')
        : seg('0', 'muted');
  }
}

function compactWait(ms: number): string {
  if (ms < 60_000) return '<1m';
  if (ms < 3_600_000) return `${Math.floor(ms / 60_000)}m`;
  if (ms < 86_400_000) return `${Math.floor(ms / 3_600_000)}h`;
  return `${Math.min(999, Math.floor(ms / 86_400_000))}d`;
}

function fitted(segment: Segment, column: PlacedColumn, ellipsis: string): Segment {
  const text = LEFT.has(column.id)
    ? padEnd(segment.text, column.width, ellipsis)
    : padStart(segment.text, column.width, ellipsis);
  return {...segment, text};
}

function assemble(cells: readonly Segment[], gutter: string, width: number): Line {
  const out: Segment[] = [seg(gutter)];
  cells.forEach((segment, index) => {
    if (index > 0) out.push(seg(' '.repeat(COLUMN_GAP)));
    out.push(segment);
  });
  const filled = lineWidth(out);
  return filled < width ? [...out, seg(' '.repeat(width - filled))] : out;
}

/** The titles line. */
export function titleLine(columns: readonly PlacedColumn[], width: number, ellipsis: string): Line {
  const cells = columns.map((column) => fitted(seg(TITLES[column.id], 'muted'), column, ellipsis));
  return assemble(cells, ' '.repeat(HEALTH_GUTTER), width);
}

/** One board line: a flow's, or the total's (`name` says which). */
export function boardLine(
  line: BoardLine,
  name: string,
  columns: readonly PlacedColumn[],
  width: number,
  look: HealthLook,
  selected: boolean,
): Line {
  const cells = columns.map((column) =>
    fitted(cell(column.id, line, name, column.width, look), column, look.symbols.ellipsis),
  );
  const gutter = selected ? `${look.symbols.selected} ` : '  ';
  return assemble(cells, gutter, width);
}
