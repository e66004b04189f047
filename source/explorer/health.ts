// The health view's slice: opening and closing it, the window `w` cycles, the selection
// (by flow id, so a refresh that reorders the flows keeps it), and what the sync reports.
// The table is computed here, once per new data or window, from the domain's figures.
import {healthBoard, viewBuckets} from '../domain/health-board.js';
import {cycleWindow, windowMs} from '../domain/health-window.js';
import type {HealthAction} from './actions.js';
import {clamp, scrolledTop} from './cursor.js';
import {healthListHeight} from './health-layout.js';
import {reduceList} from './list.js';
import {toLoadError, type HealthState, type State} from './state.js';

const withHealth = (state: State, health: HealthState): State =>
  health === state.health ? state : {...state, health};

/** The flow ids of the lines in order, the total (null) first. */
export function healthLineIds(health: HealthState): readonly (string | null)[] {
  return [null, ...(health.board?.flows.map((flow) => flow.flowId) ?? [])];
}

/** `health` with the cursor on line `index` (clamped) and the flows scrolled to show it. */
function selectLine(state: State, health: HealthState, index: number): HealthState {
  const ids = healthLineIds(health);
  const cursor = clamp(index, 0, ids.length - 1);
  const selectedId = ids[cursor] ?? null;
  const height = healthListHeight({...state, health});
  const flows = ids.length - 1;
  // The total is always on screen; the flows scroll under it.
  const top =
    cursor === 0
      ? clamp(health.top, 0, Math.max(0, flows - height))
      : scrolledTop(health.top, cursor - 1, height, flows);
  if (cursor === health.cursor && selectedId === health.selectedId && top === health.top)
    return health;
  return {...health, cursor, selectedId, top};
}

/** `health` with its table computed again for its data and window, ending at `to`. */
function rebuilt(state: State, health: HealthState, to: number): HealthState {
  const data = health.data;
  const span = windowMs(health.window);
  const board =
    data === null
      ? null
      : healthBoard(data, {
          to,
          windowMs: span,
          buckets: viewBuckets(span),
          stuckAfterMs: state.stuckAfterMs,
        });
  const next = {...health, board};
  const index = healthLineIds(next).indexOf(health.selectedId);
  return selectLine(state, next, index === -1 ? health.cursor : index);
}

function openFlow(state: State): State {
  const {selectedId} = state.health;
  const closed = {...state, health: {...state.health, open: false}};
  // The flow's runs, whatever their status: the health line counted them all.
  const all =
    closed.filter === 'all' ? closed : reduceList(closed, {type: 'set-filter', filter: 'all'});
  return reduceList(all, {type: 'set-flow', flowId: selectedId});
}

function synced(
  state: State,
  action: Extract<HealthAction, {type: 'health-loaded' | 'health-progress'}>,
): State {
  const health = state.health;
  if (action.generation !== health.generation) return state;
  const done = action.type === 'health-loaded';
  const next: HealthState = {
    ...health,
    data: action.data,
    requestedAt: done ? null : health.requestedAt,
    loadedAt: done ? action.now : health.loadedAt,
    error: done ? null : health.error,
  };
  // During the first load the window ends now; after it, at the sync that filled it.
  return {
    ...state,
    now: action.now,
    health: rebuilt(state, next, done ? action.now : (health.loadedAt ?? action.now)),
  };
}

/** The health view's transitions; same contract as `reduce`. */
export function reduceHealth(state: State, action: HealthAction): State {
  const health = state.health;
  switch (action.type) {
    case 'toggle-health':
      return withHealth(state, {...health, open: !health.open});
    case 'cycle-window': {
      const window = cycleWindow(health.window, action.by);
      const next = {...health, window, generation: health.generation + 1, requestedAt: state.now};
      return withHealth(state, rebuilt(state, next, health.loadedAt ?? state.now));
    }
    case 'health-move': {
      const step =
        action.unit === 'line' ? 1 : action.unit === 'screen' ? healthListHeight(state) : Infinity;
      const target = health.cursor + action.by * step;
      return withHealth(
        state,
        selectLine(
          state,
          health,
          Number.isFinite(target) ? target : action.by < 0 ? 0 : Number.MAX_SAFE_INTEGER,
        ),
      );
    }
    case 'health-open-flow':
      return openFlow(state);
    case 'health-refresh':
      return withHealth(state, {
        ...health,
        generation: health.generation + 1,
        requestedAt: state.now,
      });
    case 'health-requested':
      if (action.generation !== health.generation) return state;
      return {...state, now: action.now, health: {...health, requestedAt: action.now}};
    case 'health-progress':
    case 'health-loaded':
      return synced(state, action);
    case 'health-failed':
      if (action.generation !== health.generation) return state;
      if (action.error.kind === 'aborted') return withHealth(state, {...health, requestedAt: null});
      return {
        ...state,
        now: action.now,
        health: {...health, requestedAt: null, error: toLoadError(action.error, action.now)},
      };
    case 'health-retry-scheduled': {
      const error = health.error;
      if (error === null || error.retryAt === action.at) return state;
      return withHealth(state, {...health, error: {...error, retryAt: action.at}});
    }
  }
}

/** The health view after a resize: the selection kept in view. */
export function resizedHealth(state: State): State {
  return withHealth(state, selectLine(state, state.health, state.health.cursor));
}
