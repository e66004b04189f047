// How Ink measures text: string-width 8's algorithm (MIT, Sindre Sorhus), which Ink uses
// to lay out every text node. It counts grapheme clusters, where a terminal counts code
// points (width.ts); terminal-text.ts uses this to find the clusters on which the two
// disagree and rewrite them before Ink ever sees them. test/text-width.test.ts compares
// every answer with string-width itself. The segmenter and regexes are made on first need:
// most text is simple (simple.ts) and never needs them.
import {eastAsianWidth} from 'get-east-asian-width';
import {simpleWidth} from './simple.js';

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

/** The cells Ink (string-width 8) gives `text`, which holds no escape sequences. */
export function inkWidth(text: string): number {
  if (text.length === 0) return 0;
  return simpleWidth(text) ?? segmentedWidth(text, {ambiguousAsWide: false});
}

/** `inkWidth` without its shortcut for simple text: string-width's algorithm in full. */
export function inkWidthSegmented(text: string): number {
  return text.length === 0 ? 0 : segmentedWidth(text, {ambiguousAsWide: false});
}

/** The grapheme clusters of `text`, as string-width (and so Ink) splits it. */
export function segmentGraphemes(text: string): string[] {
  return Array.from(slowPath().segmenter.segment(text), (segment) => segment.segment);
}
