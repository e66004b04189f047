// How the screen is shared out: rows for the header, the list and the footer, and the
// widths of the list and the detail pane. Pure; the reducer scrolls by these numbers and
// the views draw to them, so both always agree.
import {WIDE_COLUMNS} from './shapes.js';
import type {LoadError, State} from './state.js';

export {WIDE_COLUMNS};

/** From this width on, a failed refresh takes one header line (message and retry) instead of two. */
export const ROOMY_COLUMNS = 80;

/**
 * The error the header shows: a failed refresh over data still on screen, a rejected key
 * included (a key revoked mid-session must not blank a dashboard). Without data the body
 * explains the error in full instead.
 */
export function headerError(state: Pick<State, 'error' | 'pagination'>): LoadError | null {
  const error = state.error;
  return error === null || state.pagination === null ? null : error;
}

/** How many lines the header takes: two, plus one or two for a failed refresh. */
export function headerHeight(hasError: boolean, width: number): number {
  return 2 + (hasError ? (width >= ROOMY_COLUMNS ? 1 : 2) : 0);
}

/** Rows the header takes: title line, filter tabs, and the error lines when a refresh failed. */
export function headerRows(state: Pick<State, 'error' | 'pagination' | 'columns'>): number {
  return headerHeight(headerError(state) !== null, state.columns);
}

/** Rows the footer takes: position text and key hints share one line. */
export const FOOTER_ROWS = 1;

/** Rows between header and footer; the frame stays one row shorter than the terminal. */
export function bodyHeight(
  state: Pick<State, 'rows' | 'error' | 'pagination' | 'columns'>,
): number {
  return Math.max(1, state.rows - 1 - headerRows(state) - FOOTER_ROWS);
}

/** Rows for run rows (the body minus the list's column-title row). */
export function listHeight(
  state: Pick<State, 'rows' | 'error' | 'pagination' | 'columns'>,
): number {
  return Math.max(1, bodyHeight(state) - 1);
}

/** True when the detail pane fits beside the list. */
export function isWide(state: Pick<State, 'columns'>): boolean {
  return state.columns >= WIDE_COLUMNS;
}

/** Widths of the list and the detail pane for the current terminal and mode. */
export function paneWidths(state: Pick<State, 'columns' | 'detail'>): {
  readonly list: number;
  readonly detail: number;
} {
  if (state.detail === null) return {list: state.columns, detail: 0};
  if (!isWide(state)) return {list: 0, detail: state.columns};
  const detail = Math.max(56, Math.floor(state.columns * 0.42));
  return {list: state.columns - detail, detail};
}

// The side-by-side detail has a border of one column each side.
const SIDE_BORDER = 2;

/** The width the detail's content is laid out to: its pane, less the border beside the list. */
export function detailWidth(state: Pick<State, 'columns' | 'detail'>): number {
  return paneWidths(state).detail - (isWide(state) ? SIDE_BORDER : 0);
}
