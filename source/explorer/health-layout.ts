// How the health view shares the screen: the header (with the health sync's error, not
// the list's), a status line, the column titles, the workspace total, then the flows.
// Pure; the reducer scrolls by these numbers and the view draws to them.
import {FOOTER_ROWS, headerHeight} from './layout.js';
import type {LoadError, State} from './state.js';

type Sized = Pick<State, 'rows' | 'columns' | 'health'>;

/** Rows above the flows: the status line, the column titles and the total. */
export const HEALTH_CHROME_ROWS = 3;

/** The error the header shows in the health view: a failed sync over data on screen. */
export function healthHeaderError(state: Pick<State, 'health'>): LoadError | null {
  return state.health.data === null ? null : state.health.error;
}

/** Rows between header and footer in the health view. */
export function healthBodyHeight(state: Sized): number {
  const header = headerHeight(healthHeaderError(state) !== null, state.columns);
  return Math.max(1, state.rows - 1 - header - FOOTER_ROWS);
}

/** Rows for flow lines. */
export function healthListHeight(state: Sized): number {
  return Math.max(1, healthBodyHeight(state) - HEALTH_CHROME_ROWS);
}
