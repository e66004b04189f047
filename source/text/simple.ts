// Text that needs no grapheme segmentation: every code point is a grapheme of its own and
// takes the cells its East Asian Width says. Most of what a TUI measures is such text
// (ids, dates, status marks, box lines), and segmenting it costs a Unicode segmenter and
// emoji regexes, at start-up (17 ms to create them) and on every call. test/string-width
// checks every code point against string-width itself.
import {eastAsianWidth} from 'get-east-asian-width';

// BMP ranges with no combining, joining, invisible or control characters, no variation
// selectors and no emoji modifiers: Latin, punctuation, currency, letterlike, arrows,
// maths, technical, box drawing, geometric shapes, miscellaneous symbols, dingbats and
// braille (spinners).
// Their emoji-presentation symbols are all Wide, as Unicode assigns them.
const SIMPLE: readonly (readonly [number, number])[] = [
  [0xa0, 0xac], // 0xad, the soft hyphen, is invisible
  [0xae, 0x2ff],
  [0x2010, 0x2027],
  [0x2030, 0x205e],
  [0x2070, 0x20cf],
  [0x2100, 0x23ff],
  [0x2460, 0x27bf],
  [0x2800, 0x28ff], // braille: spinners
  [0x2b00, 0x2bff],
];

function isSimple(code: number): boolean {
  for (const [from, to] of SIMPLE) if (code >= from && code <= to) return true;
  return false;
}

/** The width of `text` in cells when it is simple text; undefined when it needs segmenting. */
export function simpleWidth(text: string): number | undefined {
  let width = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x20 && code <= 0x7e) width += 1;
    else if (isSimple(code)) width += eastAsianWidth(code);
    else return undefined;
  }
  return width;
}
