// How much of one run the detail pane (and `show`) draws (metadata's caps are in
// domain/metadata.ts). A run keeps all it holds, and
// `show --json` prints it all; past these caps the detail says how many more there are,
// so drawing a run costs about the same whatever its size (it is drawn again every second).
import {cutAt, formatCount, truncate, wrap} from '../../text/format.js';
import {seg, type Line} from './line.js';

/** Status-history entries shown: the first ones (how it started)… */
export const HISTORY_FIRST = 20;
/** …and the last ones (where it is now). */
export const HISTORY_LAST = 180;
/** Drive files shown. */
export const DRIVE_FILES = 50;
/** Sheets shown per Drive file. */
export const DRIVE_SHEETS = 20;
/** Flow steps shown. */
export const FLOW_STEPS = 50;
/** Lines shown of one metadata value, history message or name. */
export const TEXT_LINES = 10;
/** Lines shown of a Drive link or sheet title (real ones take one or two). */
export const LINK_LINES = 3;
/** Lines shown of the run's error. */
export const ERROR_LINES = 200;

/** A muted `… 1,234 more <what>` line, indented like the section's entries. */
export function moreLine(count: number, what: string, width: number, ellipsis = '…'): Line {
  const text = `  ${ellipsis} ${formatCount(count)} more${what === '' ? '' : ` ${what}`}`;
  return [seg(truncate(text, width, ellipsis), 'muted')];
}

// The detail is laid out again every second (its times move) and the wrapping of a long
// text costs far more than the rest: each text is wrapped once per width. The domain's
// strings are the same objects from frame to frame, so a lookup costs nothing.
const WRAPPED_KEPT = 2000;
const wrapped = new Map<string, Map<string, readonly string[]>>();

/**
 * `wrap`, but at most `max` lines, the last ending with the ellipsis when text was left
 * out. Only the start of a long text is wrapped: `max` lines cannot show more of it.
 */
export function wrapAtMost(text: string, width: number, max: number, ellipsis = '…'): string[] {
  const columns = Math.max(1, Math.floor(width));
  const layout = `${columns}/${max}/${ellipsis}`;
  let known = wrapped.get(layout);
  const hit = known?.get(text);
  if (hit !== undefined) return [...hit];
  // Wide characters take two cells, so `max` full lines hold at most this many units.
  const start = cutAt(text, (max + 1) * columns * 2);
  const cut = start.length < text.length;
  let lines = wrap(start, columns);
  if (cut || lines.length > max) {
    lines = lines.slice(0, Math.max(1, max));
    const last = lines.length - 1;
    lines[last] = truncate(`${lines[last] ?? ''}${ellipsis}`, columns, ellipsis);
  }
  if (known === undefined || known.size >= WRAPPED_KEPT) {
    // A few layouts at a time (the pane's width and the two caps); forgetting all is fine.
    if (wrapped.size >= 8) wrapped.clear();
    known = new Map();
    wrapped.set(layout, known);
  }
  known.set(text, lines);
  return [...lines];
}

/** Appends `more` to `lines` one by one: spreading a long array into push overflows the stack. */
export function append<T>(lines: T[], more: readonly T[]): T[] {
  for (const line of more) lines.push(line);
  return lines;
}
