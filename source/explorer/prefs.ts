// The user's preferences while the explorer runs: relative or absolute times, pause, the
// refresh interval; and the requests for the terminal's edge (suspend, redraw).
import type {PrefsAction} from './actions.js';
import {emit, say} from './effects.js';
import {intervalText, stepInterval} from './intervals.js';
import type {State} from './state.js';

function toggleTime(state: State): State {
  const timeFormat = state.timeFormat === 'relative' ? 'absolute' : 'relative';
  return say(
    {...state, timeFormat},
    timeFormat === 'relative'
      ? 'relative times'
      : `absolute times (${state.utc ? 'UTC' : 'local'})`,
  );
}

function changeInterval(state: State, by: 1 | -1): State {
  const intervalMs = stepInterval(state.intervalMs, by);
  if (intervalMs === state.intervalMs)
    return say(
      state,
      intervalMs === 0 ? 'already manual: r refreshes' : 'already every second, the fastest',
    );
  // Refreshing at once re-arms the poll with the new interval instead of the old one.
  const next = {...state, intervalMs, generation: state.generation + 1, requestedAt: null};
  return say(
    next,
    intervalMs === 0 ? 'manual refresh: press r' : `refresh ${intervalText(intervalMs)}`,
  );
}

/** The preference transitions; same contract as `reduce`. */
export function reducePrefs(state: State, action: PrefsAction): State {
  switch (action.type) {
    case 'toggle-time':
      return toggleTime(state);
    case 'toggle-pause':
      return {...state, paused: !state.paused};
    case 'step-interval':
      return changeInterval(state, action.by);
    case 'suspend':
    case 'redraw':
      return emit(state, {kind: action.type});
  }
}
