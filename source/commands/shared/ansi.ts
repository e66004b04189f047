// Paints the UI's styled lines (tui/views/line.ts) with SGR escapes for text output, using the
// same theme roles as the TUI, so `show` in a terminal looks like the detail pane. Only
// named ANSI colours, as in the theme: the user's palette keeps them readable.

import {lineText, type Line} from '../../tui/views/line.js';
import type {Style, Theme} from '../../tui/theme.js';

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

function codes(style: Style, color: boolean): number[] {
  const out: number[] = [];
  if (style.bold === true) out.push(1);
  if (style.dim === true) out.push(2);
  if (style.underline === true) out.push(4);
  if (style.inverse === true) out.push(7);
  const colour = style.color === undefined ? undefined : COLOURS[style.color];
  if (color && colour !== undefined) out.push(colour);
  return out;
}

/** One line as text: plain without `escapes`, else each segment in its role's style. */
export function renderLine(line: Line, theme: Theme, escapes: boolean): string {
  if (!escapes) return lineText(line).trimEnd();
  const painted = line.map(({text, role}) => {
    const sgr = codes(theme.styles[role], theme.color);
    return sgr.length === 0 || text.trim() === ''
      ? text
      : `\u001b[${sgr.join(';')}m${text}\u001b[0m`;
  });
  return painted.join('').trimEnd();
}
