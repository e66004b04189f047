// A run's status history as lines: what happened when, and how long each state lasted.
import {isFinished, type Run} from '../../domain/run.js';
import {
  displayWidth,
  foldNewlines,
  formatAbsolute,
  formatDuration,
  padEnd,
  truncate,
  wrap,
} from '../../text/format.js';
import {statusRole, statusSymbol, type Symbols} from '../theme.js';
import {HISTORY_FIRST, HISTORY_LAST, moreLine, TEXT_LINES, wrapAtMost} from './detail-caps.js';
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
// "for 4m 05s", "for 1h 02m" and "for 12d 3h" fit; longer spans are truncated.
const SPAN_WIDTH = 10;
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

/** The entries left out of a long history, `from` up to `to`; null when all are shown. */
function leftOut(count: number): {readonly from: number; readonly to: number} | null {
  if (count <= HISTORY_FIRST + HISTORY_LAST) return null;
  return {from: HISTORY_FIRST, to: count - HISTORY_LAST};
}

/**
 * One line per history entry, oldest first (the first HISTORY_FIRST and the last
 * HISTORY_LAST of a longer one): when the state began and `for` how long it lasted; then
 * how long the current state has lasted if unfinished.
 */
export function timelineLines(run: Run, options: TimelineOptions): Line[] {
  const {now, width, symbols} = options;
  const {history} = run;
  const lines: Line[] = [];
  if (history.length === 0)
    lines.push([seg(truncate(`${INDENT}no status history`, width), 'muted')]);
  const time = (at: number) => formatAbsolute(at, {utc: options.utc === true});
  const gap = leftOut(history.length);
  for (let index = 0; index < history.length; index++) {
    if (gap !== null && index === gap.from) {
      lines.push(moreLine(gap.to - gap.from, 'entries', width, symbols.ellipsis));
      index = gap.to;
    }
    const entry = history[index];
    if (entry === undefined) break;
    // How long this state lasted, on its own line and labelled: until the next entry,
    // whether that one is shown or not. The current state's line below says its own.
    const next = history[index + 1]?.at;
    const span = next === undefined ? '' : `for ${formatDuration(next - entry.at)}`;
    const head = truncate(
      `${INDENT}${statusSymbol(symbols, entry.status)} `,
      width,
      symbols.ellipsis,
    );
    const stamp = truncate(
      `${time(entry.at)}  ${padEnd(span, SPAN_WIDTH, symbols.ellipsis)}  `,
      width - displayWidth(head),
      symbols.ellipsis,
    );
    const prefix = displayWidth(head) + displayWidth(stamp);
    const room = width - prefix;
    const inline = room >= MIN_MESSAGE;
    const message =
      entry.message === ''
        ? []
        : wrapAtMost(entry.message, inline ? room : width - 4, TEXT_LINES, symbols.ellipsis);
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
    let since = run.startedAt;
    for (let index = history.length - 1; index >= 0; index--) {
      const entry = history[index];
      if (entry?.status !== run.status) continue;
      since = entry.at;
      break;
    }
    const span = since === null ? '' : ` for ${formatDuration(Math.max(0, now - since))}`;
    const text = `${statusSymbol(symbols, run.status)} ${run.status === 'review' ? 'in review' : foldNewlines(run.status)}${span} ${symbols.dash} ${waitWords(run.status)}`;
    for (const [index, part] of wrap(text, width - INDENT.length).entries()) {
      lines.push([seg(INDENT), seg(part, index === 0 ? statusRole(run.status) : 'muted')]);
    }
  }
  return lines;
}
