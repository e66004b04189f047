// A run's status history as lines: what happened when, and how long each state lasted.
import {isFinished, type Run} from '../domain.js';
import {
  displayWidth,
  foldNewlines,
  formatAbsolute,
  formatDuration,
  padStart,
  truncate,
  wrap,
} from '../format.js';
import {statusRole, statusSymbol, type Symbols} from '../theme.js';
import {seg, type Line} from './line.js';

/** What the timeline needs besides the run. */
export type TimelineOptions = {
  readonly now: number;
  readonly width: number;
  readonly symbols: Symbols;
  /** Print times in UTC instead of the local zone. */
  readonly utc?: boolean;
};

const INDENT = '  ';
// "+4m 05s", "+1h 02m" and "+12d 3h" fit; longer spans are truncated.
const DELTA_WIDTH = 8;
// Below this many cells beside the time, a message starts on its own line instead.
const MIN_MESSAGE = 20;

function waitWords(status: string): string {
  switch (status) {
    case 'review':
      return 'waiting for a person';
    case 'processing':
      return 'still running';
    default:
      return 'not finished';
  }
}

/** One line per history entry, oldest first, then how long the current state has lasted if unfinished. */
export function timelineLines(run: Run, options: TimelineOptions): Line[] {
  const {now, width, symbols} = options;
  const lines: Line[] = [];
  if (run.history.length === 0)
    lines.push([seg(truncate(`${INDENT}no status history`, width), 'muted')]);
  const time = (at: number) => formatAbsolute(at, {utc: options.utc === true});
  let previous: number | null = null;
  for (const entry of run.history) {
    const delta = previous === null ? '' : `+${formatDuration(entry.at - previous)}`;
    previous = entry.at;
    const head = truncate(
      `${INDENT}${statusSymbol(symbols, entry.status)} `,
      width,
      symbols.ellipsis,
    );
    const stamp = truncate(
      `${time(entry.at)} ${padStart(delta, DELTA_WIDTH, symbols.ellipsis)}  `,
      width - displayWidth(head),
      symbols.ellipsis,
    );
    const prefix = displayWidth(head) + displayWidth(stamp);
    const room = width - prefix;
    const inline = room >= MIN_MESSAGE;
    const message = entry.message === '' ? [] : wrap(entry.message, inline ? room : width - 4);
    const first = inline ? (message.shift() ?? '') : '';
    lines.push(
      [seg(head, statusRole(entry.status)), seg(stamp, 'muted'), seg(first)].filter(
        (s) => s.text !== '',
      ),
    );
    const indent = ' '.repeat(inline ? prefix : 4);
    for (const rest of message) lines.push([seg(indent), seg(rest)]);
  }
  if (!isFinished(run.status)) {
    const last = [...run.history].reverse().find((entry) => entry.status === run.status);
    const since = last?.at ?? run.startedAt;
    const span = since === null ? '' : ` for ${formatDuration(Math.max(0, now - since))}`;
    const text = `${statusSymbol(symbols, run.status)} ${run.status === 'review' ? 'in review' : foldNewlines(run.status)}${span} ${symbols.dash} ${waitWords(run.status)}`;
    for (const [index, part] of wrap(text, width - INDENT.length).entries()) {
      lines.push([seg(INDENT), seg(part, index === 0 ? statusRole(run.status) : 'muted')]);
    }
  }
  return lines;
}
