// Colours and symbols by meaning. Views ask for a role (`status.failed`, `muted`) and never
// name a colour, so NO_COLOR, light/dark backgrounds and a later `--ascii` are decided here
// once. Only the terminal's named ANSI colours are used: the user's palette maps them to
// something readable on their background. Backgrounds are never set, except through
// `inverse`, which swaps whatever the terminal's own colours are.
import {createContext, useContext} from 'react';
import {glyph} from '../text/glyphs.js';

/** Every role a view may style text with. */
export const ROLES = [
  'status.processing',
  'status.review',
  'status.completed',
  'status.failed',
  'status.unknown',
  'plain',
  'muted',
  'accent',
  'heading',
  'label',
  'key',
  'error',
  'warning',
  'changed',
  'selected',
  'badge',
  'link',
  'match',
  'stuck',
  'marked',
] as const;

/** A meaning that text can carry. */
export type Role = (typeof ROLES)[number];

/** How one role looks. `color` is an ANSI colour name understood by Ink's `<Text>`. */
export type Style = {
  readonly color?: string;
  readonly bold?: boolean;
  readonly dim?: boolean;
  readonly inverse?: boolean;
  readonly underline?: boolean;
};

/** The glyphs views draw with. */
export type Symbols = {
  readonly processing: string;
  readonly review: string;
  readonly completed: string;
  readonly failed: string;
  readonly unknown: string;
  /** Marks a review run's waiting time in the duration column. */
  readonly waiting: string;
  /** Marks a run stuck in processing or review, visible without colour. */
  readonly stuck: string;
  /** Where typing goes in the search bar. */
  readonly cursor: string;
  readonly selected: string;
  readonly changed: string;
  /** A run marked with Space. */
  readonly marked: string;
  readonly ellipsis: string;
  readonly arrow: string;
  readonly separator: string;
  readonly dash: string;
  readonly up: string;
  readonly down: string;
};

/** Everything a view needs to look right: styles per role, glyphs, and whether colour is on. */
export type Theme = {
  readonly color: boolean;
  /** Nothing but ASCII may reach the terminal (`--ascii`, or a locale that is not UTF-8). */
  readonly ascii: boolean;
  readonly styles: Readonly<Record<Role, Style>>;
  readonly symbols: Symbols;
};

const STYLES: Readonly<Record<Role, Style>> = {
  'status.processing': {color: 'cyan'},
  'status.review': {color: 'yellow', bold: true},
  'status.completed': {color: 'green'},
  'status.failed': {color: 'red', bold: true},
  'status.unknown': {color: 'magenta'},
  plain: {},
  muted: {dim: true},
  accent: {color: 'cyan', bold: true},
  heading: {bold: true, underline: true},
  label: {bold: true},
  key: {color: 'cyan', bold: true},
  error: {color: 'red', bold: true},
  warning: {color: 'yellow'},
  changed: {color: 'green', bold: true},
  selected: {inverse: true},
  badge: {inverse: true, bold: true},
  link: {color: 'blue', underline: true},
  // Underlined so a search match shows without colour and inside an inverse selection.
  match: {color: 'magenta', bold: true, underline: true},
  stuck: {color: 'magenta', bold: true},
  // A marked row's id is bold and blue as well as flagged in the gutter, as k9s colours them.
  marked: {color: 'blue', bold: true},
};

const symbols = (ascii: boolean): Symbols => ({
  processing: glyph('processing', ascii),
  review: glyph('review', ascii),
  completed: glyph('completed', ascii),
  failed: glyph('failed', ascii),
  unknown: glyph('unknown', ascii),
  waiting: glyph('waiting', ascii),
  stuck: glyph('stuck', ascii),
  cursor: glyph('cursor', ascii),
  selected: glyph('selected', ascii),
  changed: glyph('changed', ascii),
  marked: glyph('marked', ascii),
  ellipsis: glyph('ellipsis', ascii),
  arrow: glyph('arrow', ascii),
  separator: glyph('separator', ascii),
  dash: glyph('dash', ascii),
  up: glyph('up', ascii),
  down: glyph('down', ascii),
});

/** Unicode glyphs: all one cell wide in string-width and in common terminal fonts. */
export const UNICODE_SYMBOLS: Symbols = symbols(false);

/** Plain ASCII glyphs (text/glyphs.ts), for terminals or fonts that cannot draw the Unicode set. */
export const ASCII_SYMBOLS: Symbols = symbols(true);

/** Builds a theme; `color: false` keeps bold, dim and inverse but drops every colour. */
export function createTheme(options: {readonly color: boolean; readonly ascii?: boolean}): Theme {
  return {
    color: options.color,
    ascii: options.ascii === true,
    styles: STYLES,
    symbols: options.ascii === true ? ASCII_SYMBOLS : UNICODE_SYMBOLS,
  };
}

/** The theme the environment asks for: no colour when `NO_COLOR` is set and non-empty. */
export function themeFromEnv(env: Readonly<Record<string, string | undefined>>): Theme {
  const noColor = env['NO_COLOR'];
  return createTheme({color: noColor === undefined || noColor === ''});
}

/** Props for Ink's `<Text>` that render `role` in `theme`. */
export function textStyle(
  theme: Theme,
  role: Role,
): {color?: string; bold?: boolean; dimColor?: boolean; inverse?: boolean; underline?: boolean} {
  const style = theme.styles[role];
  return {
    ...(theme.color && style.color !== undefined ? {color: style.color} : {}),
    ...(style.bold === true ? {bold: true} : {}),
    ...(style.dim === true ? {dimColor: true} : {}),
    ...(style.inverse === true ? {inverse: true} : {}),
    ...(style.underline === true ? {underline: true} : {}),
  };
}

/** The role that colours a run status; unknown statuses get their own. */
export function statusRole(status: string): Role {
  switch (status) {
    case 'processing':
    case 'review':
    case 'completed':
    case 'failed':
      return `status.${status}`;
    default:
      return 'status.unknown';
  }
}

/** The glyph for a run status. */
export function statusSymbol(symbols: Symbols, status: string): string {
  switch (status) {
    case 'processing':
      return symbols.processing;
    case 'review':
      return symbols.review;
    case 'completed':
      return symbols.completed;
    case 'failed':
      return symbols.failed;
    default:
      return symbols.unknown;
  }
}

// Read once: the environment does not change under a running TUI.
const defaultTheme = themeFromEnv(process.env);

/** Supplies the theme to every view; tests provide their own to render with and without colour. */
export const ThemeContext = createContext<Theme>(defaultTheme);

/** The theme in effect. */
export function useTheme(): Theme {
  return useContext(ThemeContext);
}

const COLOURS: Readonly<Record<string, number>> = {
  black: 30,
  red: 31,
  green: 32,
  yellow: 33,
  blue: 34,
  magenta: 35,
  cyan: 36,
  white: 37,
  gray: 90,
  grey: 90,
};

/** The SGR parameters that draw `style` (colour only when `color`): `1;31`, or '' for none. */
export function sgrOf(style: Style, color: boolean): string {
  const out: number[] = [];
  if (style.bold === true) out.push(1);
  if (style.dim === true) out.push(2);
  if (style.underline === true) out.push(4);
  if (style.inverse === true) out.push(7);
  const colour = style.color === undefined ? undefined : COLOURS[style.color];
  if (color && colour !== undefined) out.push(colour);
  return out.join(';');
}

/** `text` in `style`, as SGR escapes around it (none for an unstyled text). */
export function painted(text: string, style: Style, color: boolean): string {
  const sgr = sgrOf(style, color);
  return sgr === '' || text === '' ? text : `\u001b[${sgr}m${text}\u001b[0m`;
}
