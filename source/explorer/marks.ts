// Marked runs, as in k9s: Space marks or unmarks the selected run, `y` copies every marked
// id (copy.ts), Esc clears them once no search is left to clear. Marks are run ids, so
// they hold across refreshes, pages, sorts and filters; only the user adds or drops one.
import {say} from './effects.js';
import {shownRuns} from './matches.js';
import {reselect} from './cursor.js';
import type {State} from './state.js';

/** Space: the selected run marked, or unmarked when it was. */
export function toggleMark(state: State): State {
  const run = shownRuns(state)[state.cursor];
  if (run === undefined) return say(state, 'no run to mark', 'warning');
  const marked = new Set(state.marked);
  if (marked.has(run.id)) marked.delete(run.id);
  else marked.add(run.id);
  return {...state, marked};
}

/** Esc in the list: the search goes first, then the marks (a second Esc). */
export function clearSearchOrMarks(state: State): State {
  if (state.search !== null) return reselect({...state, search: null});
  if (state.marked.size === 0) return state;
  const count = state.marked.size;
  return say({...state, marked: new Set()}, `cleared ${count} ${count === 1 ? 'mark' : 'marks'}`);
}
