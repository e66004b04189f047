// Every glyph the app draws, and the ASCII character that stands in for it with `--ascii`
// (or a locale that is not UTF-8). One table: the theme's symbols, the last filter before
// the terminal and the text commands all take their ASCII from here. Each stand-in has the
// width of its glyph, so a frame laid out for one is right for the other.

/** The named glyphs: `[unicode, ascii]`. */
export const GLYPHS = {
  processing: ['●', '*'],
  // Not `!`: that key jumps to failed runs.
  review: ['◆', 'R'],
  completed: ['✔', '+'],
  failed: ['✖', 'x'],
  unknown: ['?', '?'],
  /** Marks a review run's waiting time in the duration column. */
  waiting: ['◷', 'w'],
  /** Marks a run stuck in processing or review, visible without colour. */
  stuck: ['▲', '#'],
  /** Where typing goes in the search bar. */
  cursor: ['▏', '_'],
  selected: ['›', '>'],
  changed: ['•', '*'],
  /** A run marked with Space (`y` copies the marked ids). */
  marked: ['✓', '@'],
  ellipsis: ['…', '~'],
  arrow: ['→', '>'],
  separator: ['·', '|'],
  dash: ['—', '-'],
  up: ['↑', '^'],
  down: ['↓', 'v'],
  left: ['←', '<'],
  right: ['→', '>'],
  backspace: ['⌫', '<'],
  previous: ['‹', '<'],
  space: ['\u00a0', ' '],
  enDash: ['–', '-'],
  vertical: ['│', '|'],
  horizontal: ['─', '-'],
  topLeft: ['╭', '+'],
  topRight: ['╮', '+'],
  bottomLeft: ['╰', '+'],
  bottomRight: ['╯', '+'],
  squareTopLeft: ['┌', '+'],
  squareTopRight: ['┐', '+'],
  squareBottomLeft: ['└', '+'],
  squareBottomRight: ['┘', '+'],
  /** Sparkline levels, lowest first: a bucket's share of the line's busiest one. */
  spark1: ['▁', '.'],
  spark2: ['▂', '_'],
  spark3: ['▃', '-'],
  spark4: ['▄', '='],
  spark5: ['▅', '+'],
  spark6: ['▆', '*'],
  spark7: ['▇', '#'],
  spark8: ['█', '@'],
} as const satisfies Readonly<Record<string, readonly [string, string]>>;

/** A glyph's name. */
export type GlyphName = keyof typeof GLYPHS;

/** Unicode glyph -> its ASCII stand-in. */
export const ASCII_FOR: ReadonlyMap<string, string> = new Map(Object.values(GLYPHS));

/** The glyph `name` in Unicode or in ASCII. */
export const glyph = (name: GlyphName, ascii: boolean): string => GLYPHS[name][ascii ? 1 : 0];

const DRAWN = new RegExp(`[${[...ASCII_FOR.keys()].join('')}]`, 'gu');

/**
 * Text with every glyph of the table swapped for its ASCII stand-in; other non-ASCII text
 * (run data) is left alone, for text output whose terminal may still draw it.
 */
export function asciiGlyphs(text: string): string {
  return text.replace(DRAWN, (char) => ASCII_FOR.get(char) ?? char);
}
