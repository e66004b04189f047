// Moving the selection through the runs on show (the loaded page, or the search matches
// when a search filters it), keeping the viewport around it, and starting a new query.
// Pure; shared by every slice of the reducer.
import {isWide, listHeight} from './layout.js';
import {shownRuns} from './matches.js';
import type {State} from './state.js';

/** `value` held within `min..max`. */
export const clamp = (value: number, min: number, max: number): number =>
  Math.max(min, Math.min(value, max));

/** The viewport's first row after moving the cursor: the smallest scroll that shows it. */
export function scrolledTop(top: number, cursor: number, height: number, length: number): number {
  const visible = Math.max(1, height);
  const fitted = cursor < top ? cursor : cursor >= top + visible ? cursor - visible + 1 : top;
  return clamp(fitted, 0, Math.max(0, length - visible));
}

/**
 * Puts the cursor on `index` of the shown runs (clamped) and scrolls the viewport so it
 * stays visible. Selecting a run counts as looking at it: it leaves the unseen changes.
 */
export function select(state: State, index: number): State {
  const runs = shownRuns(state);
  const cursor = clamp(index, 0, runs.length - 1);
  const selectedId = runs[cursor]?.id ?? null;
  const top = scrolledTop(state.top, cursor, listHeight(state), runs.length);
  const seen = selectedId !== null && state.unseen.has(selectedId);
  if (cursor === state.cursor && selectedId === state.selectedId && top === state.top && !seen)
    return state;
  const unseen = seen ? new Set([...state.unseen].filter((id) => id !== selectedId)) : state.unseen;
  return {...state, cursor, selectedId, top, unseen};
}

/** Re-selects the selected run (or the same row) after the shown runs changed. */
export function reselect(state: State): State {
  const index = shownRuns(state).findIndex((run) => run.id === state.selectedId);
  return select(state, index === -1 ? state.cursor : index);
}

const NO_MARKS: ReadonlyMap<string, number> = new Map();

/**
 * A new query (filter, flow or page): forget the rows, fetch at once, drop what is in
 * flight. The full-width detail closes; the split view's stays.
 */
export function requery(
  state: State,
  changes: Pick<State, 'filter' | 'offset'> & Partial<Pick<State, 'flowId'>>,
): State {
  const flowId = changes.flowId === undefined ? state.flowId : changes.flowId;
  if (changes.filter === state.filter && changes.offset === state.offset && flowId === state.flowId)
    return state;
  // The runs that arrived above stay above through page turns; page 1 or another query shows them.
  const sameQuery = changes.filter === state.filter && flowId === state.flowId;
  return {
    ...state,
    ...changes,
    flowId,
    runs: [],
    pagination: null,
    selectedId: null,
    cursor: 0,
    top: 0,
    changed: NO_MARKS,
    generation: state.generation + 1,
    requestedAt: null,
    // The split view stays open: its preview moves to the new page's first run once it lands.
    detail: isWide(state) ? state.detail : null,
    jump: null,
    seek: null,
    pageInput: null,
    // A message about the page left behind (`this is the last page`) would mislead on this one.
    message: null,
    newer: sameQuery && changes.offset > 0 ? state.newer : 0,
    realigning: false,
    counts: flowId === state.flowId ? state.counts : null,
  };
}
