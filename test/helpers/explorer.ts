// The pure explorer driven by actions, for the reducer's tests: a fresh state, a page
// loaded into it, keys typed at it.
import {type State} from '../../source/explorer/state.js';
import {initialState} from '../../source/explorer/initial-state.js';
import {reduce} from '../../source/explorer/reduce.js';
import type {Action} from '../../source/explorer/actions.js';
import type {Run} from '../../source/domain/run.js';
import {key} from './keys.js';
import {NOW, makePage} from './runs.js';

/** A state before anything loaded: 100x20, pages of 50 unless told. */
export function fresh(overrides: Partial<Parameters<typeof initialState>[0]> = {}): State {
  return initialState({limit: 50, columns: 100, rows: 20, now: NOW, ...overrides});
}

/** `state` after each action in turn. */
export function run(state: State, ...actions: readonly Action[]): State {
  return actions.reduce(reduce, state);
}

/** `state` with `runs` loaded as its current page (of `total` runs, at the state's offset). */
export function load(
  state: State,
  runs: readonly Run[],
  options: {readonly total?: number; readonly now?: number; readonly offset?: number} = {},
): State {
  const page = makePage(runs, {
    total: options.total,
    limit: state.limit,
    offset: options.offset ?? state.offset,
  });
  return reduce(state, {
    type: 'runs-loaded',
    generation: state.generation,
    page,
    now: options.now ?? NOW,
  });
}

/** Each character typed as a key press (`'jj'` is two presses). */
export const type = (text: string): Action => ({type: 'press', input: text, key: key()});

/** A named key (`{return: true}`) pressed, with its input text if any. */
export const press = (flags: Parameters<typeof key>[0], input = ''): Action => ({
  type: 'press',
  input,
  key: key(flags),
});
