// `--ascii` (or a locale that is not UTF-8) promises that nothing but ASCII reaches the
// terminal. The theme swaps the app's own symbols (glyphs.ts), but key labels, borders, separators and
// server text (a CJK flow name, say) hold more: this last filter catches them all. A glyph
// becomes its stand-in from the table, any other character as many `?` as it is wide, so Ink's layout (and the frame
// diff) still line up; escape sequences are ASCII already and pass untouched.

import {ASCII_FOR} from './glyphs.js';
import {cellWidth} from './width.js';

/** `text` with every non-ASCII character replaced by ASCII of the same display width. */
export function toAscii(text: string): string {
  if (/^[\u0000-\u007F]*$/.test(text)) return text;
  let out = '';
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) out += char;
    else out += ASCII_FOR.get(char) ?? '?'.repeat(cellWidth(char));
  }
  return out;
}
