// Every string TableFlow sends ends up on someone's terminal, so it is untrusted: an
// escape sequence in a run's error could retitle the window, move the cursor, rewrite the
// clipboard (OSC 52) or hide text, and bidi controls can make one id look like another.
// One linear pass over UTF-16 code units, no regular expressions: hostile input cannot
// make it slow, and it stops scanning once the output is full.
import {terminalText} from '../text/terminal-text.js';

/** Longest string `sanitize` returns (a longer one ends with `…`). */
export const MAX_TEXT_LENGTH = 10_000;

const ESC = 0x1b;
const BEL = 0x07;
const C1_ST = 0x9c;

// Invisible characters that reorder or hide text. Zero-width joiner is among them: it
// costs emoji sequences their ligature, which is cheaper than an id that lies.
const INVISIBLE = new Set([
  0x00ad, 0x061c, 0x180e, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d,
  0x202e, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x2066, 0x2067, 0x2068, 0x2069, 0xfeff, 0xfff9,
  0xfffa, 0xfffb,
]);

/** Index just past a CSI sequence whose parameters start at `from`. */
function skipCsi(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c >= 0x40 && c <= 0x7e) return i + 1;
    // A byte that cannot be part of a CSI ends it without being consumed, as in xterm.
    if (c < 0x20 || c > 0x3f) return i;
    i++;
  }
  return i;
}

/** Index just past a control string (OSC, DCS, SOS, PM, APC) whose payload starts at `from`. */
function skipControlString(text: string, from: number, belEnds: boolean): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === C1_ST || (belEnds && c === BEL)) return i + 1;
    if (c === ESC && text.charCodeAt(i + 1) === 0x5c) return i + 2;
  }
  // Unterminated: a terminal would swallow everything after it, so we do too.
  return text.length;
}

/** Index just past the escape sequence that starts with ESC at `at`. */
function skipEscape(text: string, at: number): number {
  const next = text.charCodeAt(at + 1);
  if (Number.isNaN(next)) return at + 1;
  switch (next) {
    case 0x5b: // [
      return skipCsi(text, at + 2);
    case 0x5d: // ]
      return skipControlString(text, at + 2, true);
    case 0x50: // P
    case 0x58: // X
    case 0x5e: // ^
    case 0x5f: // _
      return skipControlString(text, at + 2, false);
  }
  if (next >= 0x20 && next <= 0x2f) {
    // nF sequences such as ESC ( B: intermediates, then one final byte.
    let i = at + 2;
    while (i < text.length && text.charCodeAt(i) >= 0x20 && text.charCodeAt(i) <= 0x2f) i++;
    const final = text.charCodeAt(i);
    return final >= 0x30 && final <= 0x7e ? i + 1 : i;
  }
  if (next >= 0x30 && next <= 0x7e) return at + 2;
  return at + 1;
}

/** Index just past the 8-bit C1 control at `at`, with its payload if it introduces one. */
function skipC1(text: string, at: number, c: number): number {
  if (c === 0x9b) return skipCsi(text, at + 1);
  if (c === 0x9d) return skipControlString(text, at + 1, true);
  if (c === 0x90 || c === 0x98 || c === 0x9e || c === 0x9f) {
    return skipControlString(text, at + 1, false);
  }
  return at + 1;
}

function isTagCharacter(high: number, low: number): boolean {
  // U+E0000–U+E007F: invisible "tag" letters used to smuggle hidden text.
  return high === 0xdb40 && low >= 0xdc00 && low <= 0xdc7f;
}

/**
 * Makes server text safe to print: removes escape sequences (CSI, OSC, DCS, SOS, PM, APC,
 * two-byte and nF), C0 and C1 controls and DEL, bidi and zero-width characters, replaces
 * lone surrogates with U+FFFD, turns tabs into spaces and CRLF into LF (a lone CR goes),
 * keeps `\n`, and caps the length at MAX_TEXT_LENGTH characters ending with `…`. Then
 * characters whose width terminals dispute are rewritten (see text/terminal-text.ts).
 */
export function sanitize(text: string): string {
  return terminalText(stripControls(text));
}

function stripControls(text: string): string {
  let out = '';
  let clean = 0; // start of the pending run of characters that need no change
  let i = 0;
  const flush = (end: number): void => {
    if (end > clean) out += text.slice(clean, end);
  };
  while (i < text.length && out.length + (i - clean) <= MAX_TEXT_LENGTH) {
    const c = text.charCodeAt(i);
    let skipTo = -1;
    let replacement = '';
    if (c === 0x0a) {
      i++;
      continue;
    } else if (c === 0x09) {
      skipTo = i + 1;
      replacement = ' ';
    } else if (c === ESC) {
      skipTo = skipEscape(text, i);
    } else if (c < 0x20 || c === 0x7f) {
      skipTo = i + 1;
    } else if (c >= 0x80 && c <= 0x9f) {
      skipTo = skipC1(text, i, c);
    } else if (c === 0x2028 || c === 0x2029) {
      skipTo = i + 1;
      replacement = '\n';
    } else if (INVISIBLE.has(c)) {
      skipTo = i + 1;
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        if (isTagCharacter(c, low)) skipTo = i + 2;
        else {
          i += 2;
          continue;
        }
      } else {
        skipTo = i + 1;
        replacement = '\uFFFD';
      }
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      skipTo = i + 1;
      replacement = '\uFFFD';
    } else {
      i++;
      continue;
    }
    flush(i);
    out += replacement;
    i = skipTo;
    clean = i;
  }
  flush(i);
  if (i >= text.length && out.length <= MAX_TEXT_LENGTH) return out;
  return truncate(out);
}

function truncate(text: string): string {
  let end = MAX_TEXT_LENGTH - 1;
  const last = text.charCodeAt(end - 1);
  // Never split a surrogate pair.
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/** `sanitize`, then folded to one line and cut to `max` characters: for error messages. */
export function oneLine(text: string, max = 200): string {
  const flat = sanitize(text)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ');
  if (flat.length <= max) return flat;
  let end = max - 1;
  const last = flat.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${flat.slice(0, end)}…`;
}
