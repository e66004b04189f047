// string-width, which the build puts in place of `string-width` for every module (Ink,
// widest-line, wrap-ansi and ours). Ink measures each text node's lines on every frame.
// The original (string-width 8, MIT, Sindre Sorhus; its algorithm is kept below) builds a
// grapheme segmenter and an emoji regex as it loads: 18 ms of a 120 ms start, even as a
// regex literal, which V8 validates while parsing. Here they are made on first need; simple
// text (see simple-text.ts), most of what a TUI shows, never needs them; and answers are
// remembered, since a TUI shows the same strings frame after frame. test/string-width
// compares every answer with the original's.
import {eastAsianWidth} from 'get-east-asian-width';
import stripAnsi from 'strip-ansi';
import {simpleWidth} from '../simple-text.js';

/** string-width's options. */
export type Options = {
  readonly ambiguousIsNarrow?: boolean;
  readonly countAnsiEscapeCodes?: boolean;
};

type Width = {readonly ambiguousAsWide: boolean};

let made:
  | {
      readonly segmenter: Intl.Segmenter;
      readonly visible: RegExp;
      readonly spacingMark: RegExp;
      readonly rgiEmoji: RegExp;
      readonly pictographic: RegExp;
    }
  | undefined;

// Strings, not literals: a literal is compiled with the module, a RegExp call only here.
const slowPath = () =>
  (made ??= {
    segmenter: new Intl.Segmenter(),
    visible: new RegExp(
      '[^\\p{Default_Ignorable_Code_Point}\\p{Control}\\p{Format}\\p{Nonspacing_Mark}\\p{Enclosing_Mark}\\p{Surrogate}]',
      'v',
    ),
    spacingMark: new RegExp('\\p{Spacing_Mark}', 'v'),
    rgiEmoji: new RegExp('^\\p{RGI_Emoji}$', 'v'),
    pictographic: new RegExp('\\p{Extended_Pictographic}', 'gu'),
  });

// Minimally-qualified or unqualified emoji (keycaps, ZWJ sequences) still take two cells.
function isDoubleWidthNonRgiEmoji(segment: string): boolean {
  if (segment.length > 50) return false;
  if (/^[\d#*]\u20E3$/.test(segment)) return true;
  if (!segment.includes('\u200D')) return false;
  const pictographics = segment.match(slowPath().pictographic);
  return pictographics !== null && pictographics.length >= 2;
}

const isLeadingJamo = (code: number | undefined): boolean =>
  code !== undefined && ((code >= 0x1100 && code <= 0x115f) || (code >= 0xa960 && code <= 0xa97c));
const isVowelJamo = (code: number | undefined): boolean =>
  code !== undefined && ((code >= 0x1160 && code <= 0x11a7) || (code >= 0xd7b0 && code <= 0xd7c6));
const isTrailingJamo = (code: number | undefined): boolean =>
  code !== undefined && ((code >= 0x11a8 && code <= 0x11ff) || (code >= 0xd7cb && code <= 0xd7fb));
const isJamo = (code: number): boolean =>
  isLeadingJamo(code) || isVowelJamo(code) || isTrailingJamo(code);

// Modern Hangul L+V(+T) takes two cells as one syllable; unmatched jamo stay additive.
function hangulWidth(visible: string, options: Width): number | undefined {
  const {visible: visibleCharacter} = slowPath();
  const codes: number[] = [];
  for (const character of visible)
    if (visibleCharacter.test(character)) codes.push(character.codePointAt(0) ?? 0);
  if (codes.length === 0) return undefined;
  let width = 0;
  for (let index = 0; index < codes.length; index++) {
    const code = codes[index] ?? 0;
    if (!isJamo(code)) {
      if (width === 0) return undefined;
      for (let rest = index; rest < codes.length; rest++)
        width += eastAsianWidth(codes[rest] ?? 0, options);
      return width;
    }
    if (isLeadingJamo(code) && isVowelJamo(codes[index + 1])) {
      width += 2;
      index += isTrailingJamo(codes[index + 2]) ? 2 : 1;
      continue;
    }
    width += eastAsianWidth(code, options);
  }
  return width;
}

// Spacing marks and halfwidth/fullwidth forms after the base character add their width.
function trailingWidth(visible: string, options: Width): number {
  let extra = 0;
  let first = true;
  for (const character of visible) {
    if (first) {
      first = false;
      continue;
    }
    if (slowPath().spacingMark.test(character) || (character >= '\uFF00' && character <= '\uFFEF'))
      extra += eastAsianWidth(character.codePointAt(0) ?? 0, options);
  }
  return extra;
}

function segmentedWidth(text: string, options: Width): number {
  const {segmenter, visible: visibleCharacter, rgiEmoji} = slowPath();
  let width = 0;
  for (const {segment} of segmenter.segment(text)) {
    const start = segment.search(visibleCharacter);
    if (start === -1) continue;
    const visible = segment.slice(start);
    if (rgiEmoji.test(segment) || isDoubleWidthNonRgiEmoji(segment)) {
      width += 2;
      continue;
    }
    const hangul = hangulWidth(visible, options);
    if (hangul !== undefined) {
      width += hangul;
      continue;
    }
    width += eastAsianWidth(visible.codePointAt(0) ?? 0, options);
    width += trailingWidth(visible, options);
  }
  return width;
}

/** The cells `input` takes in a terminal, as string-width 8 counts them. */
export function stringWidth(input: string, options: Options = {}): number {
  if (typeof input !== 'string' || input.length === 0) return 0;
  const {ambiguousIsNarrow = true, countAnsiEscapeCodes = false} = options;
  const text =
    !countAnsiEscapeCodes && (input.includes('\u001B') || input.includes('\u009B'))
      ? stripAnsi(input)
      : input;
  if (text.length === 0) return 0;
  if (ambiguousIsNarrow) {
    const simple = simpleWidth(text);
    if (simple !== undefined) return simple;
  }
  return segmentedWidth(text, {ambiguousAsWide: !ambiguousIsNarrow});
}

const MAX_ENTRIES = 8192;
const widths = new Map<string, number>();

/** `stringWidth`, remembered for calls without options. */
export default function cachedStringWidth(text: string, options?: Options): number {
  if (options !== undefined) return stringWidth(text, options);
  let width = widths.get(text);
  if (width === undefined) {
    width = stringWidth(text);
    // Starting over is cheaper than tracking recency, and rare: frames repeat themselves.
    if (widths.size >= MAX_ENTRIES) widths.clear();
    widths.set(text, width);
  }
  return width;
}
