// Paints the UI's styled lines (tui/views/line.ts) with SGR escapes for text output, using the
// same theme roles as the TUI, so `show` in a terminal looks like the detail pane. Only
// named ANSI colours, as in the theme: the user's palette keeps them readable.

import {lineText, type Line} from '../../tui/views/line.js';
import {sgrOf, type Theme} from '../../tui/theme.js';

/** One line as text: plain without `escapes`, else each segment in its role's style. */
export function renderLine(line: Line, theme: Theme, escapes: boolean): string {
  if (!escapes) return lineText(line).trimEnd();
  const painted = line.map(({text, role}) => {
    const sgr = sgrOf(theme.styles[role], theme.color);
    return sgr === '' || text.trim() === '' ? text : `\u001b[${sgr}m${text}\u001b[0m`;
  });
  return painted.join('').trimEnd();
}
