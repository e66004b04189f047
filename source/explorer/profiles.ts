// Switching profile inside the explorer, like k9s's `:ctx`: `P` lists the config's
// profiles, Enter asks the app's edge to connect to one (the picker says so while it
// does), and a connection that works starts the explorer over on it: its filters and
// interval, page 1, nothing kept from the other workspace but the screen and the view
// preferences. A profile that cannot be used says why in the picker, which stays open.
import type {ProfileAction} from './actions.js';
import {clamp} from './cursor.js';
import {say} from './effects.js';
import {type ProfilesState, type State} from './state.js';
import {initialState} from './initial-state.js';

type Picker = NonNullable<ProfilesState['picker']>;

const withPicker = (state: State, picker: Picker | null): State => ({
  ...state,
  profiles: {...state.profiles, picker},
});

function open(state: State): State {
  const {entries, current, none} = state.profiles;
  if (entries.length === 0) return say(state, none, 'warning');
  const at = entries.findIndex((entry) => entry.name === current);
  return withPicker(state, {index: Math.max(0, at), connecting: null, error: null});
}

function choose(state: State, picker: Picker, index: number | null): State {
  const entry = state.profiles.entries[index ?? picker.index];
  if (entry === undefined) return state;
  if (entry.name === state.profiles.current)
    return say(withPicker(state, null), `already on profile ${entry.name}`);
  return withPicker(state, {index: index ?? picker.index, connecting: entry.name, error: null});
}

function connected(state: State, action: Extract<ProfileAction, {type: 'profile-connected'}>) {
  const fresh = initialState({
    status: action.status,
    flowId: action.flowId,
    limit: action.limit,
    columns: state.columns,
    rows: state.rows,
    now: action.now,
    intervalMs: action.intervalMs,
    stuckAfterMs: state.stuckAfterMs,
    alerts: state.alerts,
    utc: state.utc,
    profiles: {...state.profiles, current: action.name, picker: null},
  });
  return say(
    {
      ...fresh,
      timeFormat: state.timeFormat,
      // Newer than anything in flight for the old client, which is then dropped.
      generation: state.generation + 1,
      session: state.session + 1,
      // Effect ids go on from where they were: the edge runs each id once.
      effects: state.effects,
    },
    `connected to profile ${action.name}`,
  );
}

/** The profile transitions; same contract as `reduce`. */
export function reduceProfiles(state: State, action: ProfileAction): State {
  if (action.type === 'open-profiles') return open(state);
  const picker = state.profiles.picker;
  if (picker === null) return state;
  // A late answer for a profile the user has since left (Esc, another choice) is dropped.
  const current = 'name' in action && picker.connecting === action.name;
  switch (action.type) {
    case 'close-profiles':
      return withPicker(state, null);
    case 'profile-move': {
      const last = state.profiles.entries.length - 1;
      const index = clamp(picker.index + action.by, 0, last);
      return index === picker.index ? state : withPicker(state, {...picker, index});
    }
    case 'profile-choose':
      return choose(state, picker, action.index);
    case 'profile-connected':
      return current ? connected(state, action) : state;
    case 'profile-failed':
      return current
        ? withPicker(state, {...picker, connecting: null, error: action.message})
        : state;
  }
}
