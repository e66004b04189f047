// Text whose width every party agrees on. Ink lays a frame out with string-width, which
// counts grapheme clusters; terminals draw code point by code point (width.ts). Where the
// two disagree, a row drawn by one and laid out by the other is too long or too short, and
// the terminals disagree among themselves too (a skin-tone emoji is 2 cells in kitty and 4
// in tmux 3.3, `❤️` 1 or 2, a Hangul filler 0 or 2). Server text is rewritten once, as it
// is parsed, into the form all of them measure alike:
//   - invisible characters go (variation selectors, fillers, joiners, tags), as do emoji
//     skin-tone modifiers and enclosing marks (keycaps): the base character stays;
//   - noncharacters and unassigned code points become U+FFFD;
//   - Thai and Lao SARA AM become their two parts (as NFKD has them), and a virama before a
//     consonant (Devanagari `क्ष`) gets a zero-width non-joiner, which terminals draw as
//     they always did (one cell per letter) and which makes string-width count the same;
//   - any cluster still measured differently becomes U+FFFD, one cell in every measure, and
//     one with nothing visible goes.
import {inkWidth, segmentGraphemes} from './ink-width.js';
import {simpleWidth} from './simple.js';
import {cellWidth} from './width.js';

/** What stands in for a character no two terminals would draw alike. */
export const PLACEHOLDER = '\uFFFD';

const ZWNJ = '\u200C';
const PLAIN = /^[\n\u0020-\u007E]*$/;
// The viramas that Unicode's grapheme rules join to the next consonant (InCB=Linker).
const LINKERS = new Set([0x94d, 0x9cd, 0xacd, 0xb4d, 0xc4d, 0xd4d]);
const DECOMPOSED: Readonly<Record<number, string>> = {
  0xe33: '\u0E4D\u0E32', // THAI CHARACTER SARA AM
  0xeb3: '\u0ECD\u0EB2', // LAO VOWEL SIGN AM
};

let classes: {readonly drop: RegExp; readonly replace: RegExp; readonly letter: RegExp} | undefined;
const made = () =>
  (classes ??= {
    drop: new RegExp('^[\\p{Default_Ignorable_Code_Point}\\p{Me}\\u{1F3FB}-\\u{1F3FF}]$', 'u'),
    replace: new RegExp('^[\\p{Cn}\\p{Noncharacter_Code_Point}\\p{Cs}]$', 'u'),
    letter: new RegExp('^\\p{L}$', 'u'),
  });

// Steps 1 to 3: drop, replace, decompose and separate, code point by code point.
function rewrite(text: string): string {
  const {drop, replace, letter} = made();
  let out = '';
  let previous = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code === 0x0a || (code >= 0x20 && code < 0x7f)) {
      out += char;
      previous = code;
      continue;
    }
    if (drop.test(char)) continue;
    let piece = replace.test(char) ? PLACEHOLDER : (DECOMPOSED[code] ?? char);
    if (LINKERS.has(previous) && letter.test(char)) piece = ZWNJ + piece;
    out += piece;
    previous = code;
  }
  return out;
}

/** `text` rewritten so that Ink and every common terminal give it the same width. */
export function terminalText(text: string): string {
  if (PLAIN.test(text) || simpleWidth(text.replaceAll('\n', ' ')) !== undefined) return text;
  let out = '';
  for (const grapheme of segmentGraphemes(rewrite(text))) {
    if (grapheme === '\n' || simpleWidth(grapheme) !== undefined) {
      out += grapheme;
      continue;
    }
    const width = inkWidth(grapheme);
    // A cluster with nothing visible (a mark with no letter) would still get a cell of
    // Ink's frame, and none on the terminal: it goes.
    if (width === 0 && cellWidth(grapheme) === 0) continue;
    out += width === cellWidth(grapheme) ? grapheme : PLACEHOLDER;
  }
  return out;
}
