// Which part of the screen a cell is on: a filter tab, a run row, the list, the detail
// pane, a flow picker row. Pure, and computed from the same layout numbers the views
// draw to (layout.ts, tabs.ts, the picker's window), so a click lands on what was drawn.
import {scrolledTop} from './cursor.js';
import {bodyHeight, headerRows, listHeight, paneWidths} from './layout.js';
import {shownRuns} from './matches.js';
import {PICKER_HEADER_ROWS, pickerRows} from './picker.js';
import type {Filter, State} from './state.js';
import {tabAt} from './tabs.js';

/** What lies under a cell of the screen. */
export type Hit =
  | {readonly area: 'tab'; readonly filter: Filter}
  /** A run row: its index in the runs on show. */
  | {readonly area: 'row'; readonly index: number}
  /** The list, off its rows (its title, below the last run). */
  | {readonly area: 'list'}
  | {readonly area: 'detail'}
  | {readonly area: 'help'}
  /** A flow picker row: its index in the choices on show; null off the rows. */
  | {readonly area: 'picker'; readonly index: number | null}
  | {readonly area: 'none'};

// The header's second row holds the status tabs (header.tsx).
const TAB_ROW = 1;

const NONE: Hit = {area: 'none'};

function inPicker(state: State, y: number): Hit {
  const picker = state.picker;
  if (picker === null) return NONE;
  const rows = pickerRows(state);
  const row = y - headerRows(state) - PICKER_HEADER_ROWS;
  // The view moves the window the same way when a resize left it behind.
  const top = scrolledTop(picker.top, picker.index, rows, picker.shown.length);
  const index = top + row;
  const onRow = row >= 0 && row < rows && index < picker.shown.length;
  return {area: 'picker', index: onRow ? index : null};
}

function inList(state: State, y: number): Hit {
  // Only a loaded page with runs to show has rows; notices and empty states have none.
  if (state.pagination === null || state.runs.length === 0) return {area: 'list'};
  // The list's first line is its column titles.
  const row = y - headerRows(state) - 1;
  const index = state.top + row;
  return row >= 0 && row < listHeight(state) && index < shownRuns(state).length
    ? {area: 'row', index}
    : {area: 'list'};
}

/** What is drawn at column `x`, row `y` (0-based) of `state`'s screen. */
export function hitAt(state: State, x: number, y: number): Hit {
  // The profile picker covers the screen, and a click there is not worth a reconnection.
  if (state.profiles.picker !== null) return NONE;
  const top = headerRows(state);
  if (y < top) {
    const filter = y === TAB_ROW ? tabAt(x, state.columns) : null;
    return filter === null ? NONE : {area: 'tab', filter};
  }
  if (y >= top + bodyHeight(state) || x < 0 || x >= state.columns) return NONE;
  if (state.help) return {area: 'help'};
  if (state.picker !== null) return inPicker(state, y);
  const widths = paneWidths(state);
  return x < widths.list ? inList(state, y) : state.detail === null ? NONE : {area: 'detail'};
}
