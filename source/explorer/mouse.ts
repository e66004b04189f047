// The mouse: the wheel scrolls what is under the pointer (the list's selection, the detail,
// the help, the flow picker); a click selects a run or a flow, a second click on it within
// DOUBLE_CLICK_MS opens it; a click on a status tab shows that filter. The time of each
// report comes in its action, so a double click replays in a test like any key.
import type {MouseEvent} from '../terminal/mouse.js';
import {select} from './cursor.js';
import {hitAt, type Hit} from './hit.js';
import {isWide} from './layout.js';
import {reduceList} from './list.js';
import {reducePanes} from './panes.js';
import {reducePicker} from './picker.js';
import {reduceSearch} from './search.js';
import {modeOf, type State} from './state.js';
import {shownRuns} from './matches.js';

/** Two clicks on the same row within this many ms are a double click. */
export const DOUBLE_CLICK_MS = 400;
/** Lines the detail and the help scroll by per wheel notch. */
export const WHEEL_LINES = 3;

/** Clicks on `key` (a run id, a flow) at `now`: whether it is the second of a double click. */
function clicked(state: State, key: string, now: number): {state: State; double: boolean} {
  const last = state.lastClick;
  const double = last !== null && last.key === key && now - last.at <= DOUBLE_CLICK_MS;
  // The click after a double click starts a new pair.
  return {state: {...state, lastClick: double ? null : {key, at: now}}, double};
}

function wheel(state: State, hit: Hit, by: 1 | -1): State {
  switch (hit.area) {
    case 'row':
    case 'list':
      return reduceList(state, {type: 'move', by});
    case 'detail':
      return reducePanes(state, {type: 'scroll-detail', by: by * WHEEL_LINES, unit: 'line'});
    case 'help':
      return reducePanes(state, {type: 'scroll-help', by: by * WHEEL_LINES});
    case 'picker':
      return reducePicker(state, {type: 'picker-move', by});
    case 'tab':
    case 'none':
      return state;
  }
}

function clickRow(state: State, index: number, now: number): State {
  const run = shownRuns(state)[index];
  if (run === undefined) return state;
  const click = clicked(select(state, index), `run:${run.id}`, now);
  const mode = modeOf(state);
  // Beside the list, the detail previews the run clicked; full width it is not reachable.
  if (state.detail !== null && isWide(state))
    return reducePanes(click.state, {type: 'open-detail'});
  if (!click.double) return click.state;
  const kept = mode === 'search' ? reduceSearch(click.state, {type: 'search-keep'}) : click.state;
  return reducePanes(kept, {type: 'open-detail'});
}

function clickPicker(state: State, index: number, now: number): State {
  const picker = state.picker;
  const choice = picker?.shown[index];
  if (picker === null || choice === undefined) return state;
  const moved = reducePicker(state, {type: 'picker-move', by: index - picker.index});
  const click = clicked(moved, `flow:${choice.value}`, now);
  return click.double ? reducePicker(click.state, {type: 'picker-choose', index}) : click.state;
}

function click(state: State, hit: Hit, now: number): State {
  switch (hit.area) {
    case 'tab':
      // The tabs are the list's filter: not while a picker or the help covers it.
      return state.picker !== null || state.help
        ? state
        : reduceList(state, {type: 'set-filter', filter: hit.filter});
    case 'row':
      return clickRow(state, hit.index, now);
    case 'picker':
      return hit.index === null ? state : clickPicker(state, hit.index, now);
    case 'help':
      // Like any key, a click closes the help.
      return reducePanes(state, {type: 'toggle-help'});
    case 'list':
    case 'detail':
    case 'none':
      return state;
  }
}

/** What a mouse report does; same contract as `reduce`. */
export function reduceMouse(state: State, event: MouseEvent, now: number): State {
  if (event.kind !== 'press') return state;
  const hit = hitAt(state, event.x, event.y);
  switch (event.button) {
    case 'wheel-up':
      return wheel(state, hit, -1);
    case 'wheel-down':
      return wheel(state, hit, 1);
    case 'left':
      return click(state, hit, now);
    case 'middle':
    case 'right':
    case 'other':
      return state;
  }
}
