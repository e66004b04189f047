// Pure formatters shared by the TUI and the CLI's `list` command. Nothing here reads the
// clock: callers pass `now`. Every function accepts garbage (NaN, negative, far future)
// without throwing, because a pane left open for days will eventually be handed some.
import {segmentGraphemes} from './ink-width.js';
import {cellWidth} from './width.js';
import {simpleWidth} from './simple.js';

/** Shown where a value cannot be sensibly displayed. */
export const NO_VALUE = '—';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// Beyond a century a duration is a bug upstream, not something to render in days.
const MAX_SPAN = 100 * 365 * DAY;
// Timestamps this far ahead are clock skew we tolerate; further ahead is nonsense.
const SKEW = MINUTE;

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** `0s`, `45s`, `4m 05s`, `1h 02m`, `3d 4h`; `0s` for negatives, `—` for NaN or absurd spans. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms > MAX_SPAN) return NO_VALUE;
  if (ms < SECOND) return '0s';
  if (ms < MINUTE) return `${Math.floor(ms / SECOND)}s`;
  if (ms < HOUR) return `${Math.floor(ms / MINUTE)}m ${pad2(Math.floor((ms % MINUTE) / SECOND))}s`;
  if (ms < DAY) return `${Math.floor(ms / HOUR)}h ${pad2(Math.floor((ms % HOUR) / MINUTE))}m`;
  return `${Math.floor(ms / DAY)}d ${Math.floor((ms % DAY) / HOUR)}h`;
}

/**
 * A duration that is still growing, as a list shows it: seconds only in its first
 * minute (`45s`, `4m`, `1h 02m`, `3d 4h`), so a screen of runs in flight repaints once a
 * minute, not every second. A finished run keeps `formatDuration`'s precision.
 */
export function formatLiveDuration(ms: number): string {
  return ms >= MINUTE && ms < HOUR ? `${Math.floor(ms / MINUTE)}m` : formatDuration(ms);
}

/** The largest whole unit only: `12s`, `4m`, `3h`, `2d`; for narrow columns. */
export function formatSpanCompact(ms: number): string {
  if (!Number.isFinite(ms) || ms > MAX_SPAN) return NO_VALUE;
  if (ms < MINUTE) return `${Math.max(0, Math.floor(ms / SECOND))}s`;
  if (ms < HOUR) return `${Math.floor(ms / MINUTE)}m`;
  if (ms < DAY) return `${Math.floor(ms / HOUR)}h`;
  return `${Math.floor(ms / DAY)}d`;
}

/**
 * A run's age in the list: `<1m`, `4m`, `3h`, `2d`. Minutes at the finest: the seconds of
 * a run in flight are in its duration, and a list of ages counting seconds would redraw a
 * busy workspace's every fresh row every second.
 */
export function formatAge(ms: number): string {
  return Number.isFinite(ms) && ms < MINUTE ? '<1m' : formatSpanCompact(ms);
}

/** How long ago something happened, given the elapsed ms: `just now`, `12s ago`, `4m ago`. */
export function formatAgo(elapsedMs: number): string {
  if (!Number.isFinite(elapsedMs) || elapsedMs < -SKEW || elapsedMs > MAX_SPAN) return NO_VALUE;
  if (elapsedMs < SECOND) return 'just now';
  return `${formatSpanCompact(elapsedMs)} ago`;
}

/** `formatAgo` for a timestamp; `—` when there is none. */
export function formatAgoAt(at: number | null, now: number): string {
  return at === null ? NO_VALUE : formatAgo(now - at);
}

/** `2026-11-29 12:03:04` in the local zone (or UTC); `—` for invalid or out-of-range times. */
export function formatAbsolute(epochMs: number, options: {readonly utc?: boolean} = {}): string {
  if (!Number.isFinite(epochMs)) return NO_VALUE;
  const date = new Date(epochMs);
  if (Number.isNaN(date.getTime())) return NO_VALUE;
  const utc = options.utc === true;
  const year = utc ? date.getUTCFullYear() : date.getFullYear();
  if (year < 1970 || year > 9999) return NO_VALUE;
  const parts = utc
    ? [
        date.getUTCMonth() + 1,
        date.getUTCDate(),
        date.getUTCHours(),
        date.getUTCMinutes(),
        date.getUTCSeconds(),
      ]
    : [date.getMonth() + 1, date.getDate(), date.getHours(), date.getMinutes(), date.getSeconds()];
  const [month, day, hours, minutes, seconds] = parts.map(pad2);
  return `${year}-${month}-${day} ${hours}:${minutes}:${seconds}`;
}

/** `1,234,567`, independent of the machine's locale; `—` for NaN. */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return NO_VALUE;
  const digits = String(Math.trunc(Math.abs(n)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 && Math.trunc(n) !== 0 ? `-${grouped}` : grouped;
}

/** The user-perceived characters of `text` (so `👨‍👩‍👧` and `é` stay whole). */
export function graphemes(text: string): string[] {
  return simpleWidth(text) !== undefined ? Array.from(text) : segmentGraphemes(text);
}

/** Display width in terminal cells (CJK and most emoji take two). */
export function displayWidth(text: string): number {
  return cellWidth(text);
}

/** Cuts `text` to at most `width` cells, ending in `ellipsis` when cut; never splits a wide char. */
export function truncate(text: string, width: number, ellipsis = '…'): string {
  if (!(width > 0)) return '';
  if (cellWidth(text) <= width) return text;
  const mark = cellWidth(ellipsis) <= width ? ellipsis : '';
  const room = width - cellWidth(mark);
  let out = '';
  let used = 0;
  for (const g of graphemes(text)) {
    const w = cellWidth(g);
    if (used + w > room) break;
    out += g;
    used += w;
  }
  return out + mark;
}

/** Truncates then pads with spaces to exactly `width` cells. */
export function padEnd(text: string, width: number, ellipsis = '…'): string {
  const cut = truncate(text, width, ellipsis);
  return cut + ' '.repeat(Math.max(0, width - cellWidth(cut)));
}

/** Pads on the left to exactly `width` cells (for right-aligned numbers). */
export function padStart(text: string, width: number, ellipsis = '…'): string {
  const cut = truncate(text, width, ellipsis);
  return ' '.repeat(Math.max(0, width - cellWidth(cut))) + cut;
}

/** Puts multi-line text on one line: every run of line breaks (and tabs) becomes one space. */
export function foldNewlines(text: string): string {
  return text.replace(/[ \t]*(?:\r?\n|\r)[ \t\r\n]*/g, ' ').replace(/\t/g, ' ');
}

function breakWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let used = 0;
  for (const g of graphemes(word)) {
    const w = cellWidth(g);
    if (used + w > width && piece !== '') {
      pieces.push(piece);
      piece = '';
      used = 0;
    }
    // A grapheme wider than the whole width cannot fit anywhere: drop it rather than overflow.
    if (w > width) continue;
    piece += g;
    used += w;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

// Leading indentation (a stack trace's "  at …") is kept, and continuation lines hang at
// the same depth, as long as it leaves at least half the width for text.
function wrapParagraph(paragraph: string, width: number): string[] {
  const depth = Math.min(/^ */.exec(paragraph)?.[0].length ?? 0, Math.floor(width / 2));
  const indent = ' '.repeat(depth);
  const room = width - depth;
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const word of paragraph.split(/ +/).filter((w) => w !== '')) {
    const w = cellWidth(word);
    if (used > 0 && used + 1 + w <= room) {
      line += ` ${word}`;
      used += 1 + w;
      continue;
    }
    if (used > 0) lines.push(line);
    if (w <= room) {
      line = word;
      used = w;
      continue;
    }
    const pieces = breakWord(word, room);
    lines.push(...pieces.slice(0, -1));
    line = pieces.at(-1) ?? '';
    used = cellWidth(line);
  }
  lines.push(line);
  return depth === 0 ? lines : lines.map((text) => (text === '' ? '' : indent + text));
}

/** Wraps to lines of at most `width` cells: keeps explicit newlines, breaks words longer than a line. */
export function wrap(text: string, width: number): string[] {
  if (!(width > 0)) return [];
  return text
    .replace(/\t/g, ' ')
    .split(/\r?\n|\r/)
    .flatMap((paragraph) => wrapParagraph(paragraph, Math.floor(width)));
}

/** Cuts text into lines of exactly `width` cells (the last shorter), for URLs that must stay whole. */
export function chunk(text: string, width: number): string[] {
  if (!(width > 0)) return [];
  return breakWord(text, Math.floor(width));
}

/** The first `units` UTF-16 units of `text`, one fewer rather than half a surrogate pair. */
export function cutAt(text: string, units: number): string {
  if (text.length <= units) return text;
  const high = text.charCodeAt(units - 1);
  return text.slice(0, high >= 0xd800 && high <= 0xdbff ? units - 1 : units);
}
