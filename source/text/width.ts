// How many cells a terminal gives text: the measure the screen is drawn with. Terminals
// (tmux, xterm, VTE, kitty, iTerm2, Windows Terminal) advance the cursor code point by code
// point, wcwidth-style: marks, format characters and invisible ones take none, East Asian
// wide and fullwidth characters two, everything else one. Grapheme clusters do not enter
// into it, which is where they part from string-width (Ink's measure); server text is made
// to agree with both before anything measures it (terminal-text.ts).
import {eastAsianWidth} from 'get-east-asian-width';
import {simpleWidth} from './simple.js';

// Made on first need: a Unicode property class costs a few ms to compile at start-up.
let zeroWidthClass: RegExp | undefined;

/** True for a code point that takes no cell of its own (it joins the character before). */
export function isZeroWidth(code: number): boolean {
  if (code < 0x300) return code === 0xad;
  // Hangul medial vowels and final consonants join the leading consonant before them.
  if ((code >= 0x1160 && code <= 0x11ff) || (code >= 0xd7b0 && code <= 0xd7ff)) return true;
  zeroWidthClass ??= new RegExp(
    '^[\\p{Mn}\\p{Me}\\p{Cf}\\p{Default_Ignorable_Code_Point}\\p{Cc}]$',
    'u',
  );
  return zeroWidthClass.test(String.fromCodePoint(code));
}

/** The cells one code point advances the cursor by: 0, 1 or 2. */
export function codePointWidth(code: number): number {
  if (code >= 0x20 && code < 0x7f) return 1;
  if (code < 0xa0) return 0;
  if (isZeroWidth(code)) return 0;
  return eastAsianWidth(code);
}

/** Display width of `text` in terminal cells (no escape sequences expected). */
export function cellWidth(text: string): number {
  const simple = simpleWidth(text);
  if (simple !== undefined) return simple;
  let width = 0;
  for (const char of text) width += codePointWidth(char.codePointAt(0) ?? 0);
  return width;
}
