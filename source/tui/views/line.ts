// The detail pane is built as plain data, lines of styled segments, so the reducer can
// scroll by slicing and know the pane's exact height, and tests can read the text.
import {displayWidth} from '../../text/format.js';
import type {Role} from '../theme.js';

/** A run of text in one role; `href` makes it an OSC 8 hyperlink where links are on. */
export type Segment = {readonly text: string; readonly role: Role; readonly href?: string};

/** One terminal line: segments whose widths add up to at most the pane's width. */
export type Line = readonly Segment[];

/** A segment; plain unless a role is given. */
export function seg(text: string, role: Role = 'plain', href?: string): Segment {
  return href === undefined ? {text, role} : {text, role, href};
}

/** The line's text without styling. */
export function lineText(line: Line): string {
  return line.map((s) => s.text).join('');
}

/** The line's width in terminal cells. */
export function lineWidth(line: Line): number {
  return displayWidth(lineText(line));
}
