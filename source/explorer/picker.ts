// The flow picker's transitions: open, move (a row, a screen, to either end), search by
// typing, choose, close. Pure; the picker keeps a window (`top`) over its choices, so the
// view draws only the rows on screen, however many flows the workspace has.
import type {PickerAction} from './actions.js';
import {requery, scrolledTop, clamp} from './cursor.js';
import {flowChoices} from './flow-choices.js';
import {bodyHeight} from './layout.js';
import type {FlowChoice, PickerState, State} from './state.js';

/** Lines of the picker above its rows: the title and the hint or search line. */
export const PICKER_HEADER_ROWS = 2;

/** Rows of choices the picker shows in `state`'s terminal. */
export function pickerRows(
  state: Pick<State, 'rows' | 'error' | 'pagination' | 'columns'>,
): number {
  return Math.max(1, bodyHeight(state) - PICKER_HEADER_ROWS);
}

function highlight(state: State, picker: PickerState, index: number): State {
  const last = picker.shown.length - 1;
  const to = clamp(index, 0, Math.max(0, last));
  const top = scrolledTop(picker.top, to, pickerRows(state), picker.shown.length);
  if (to === picker.index && top === picker.top) return state;
  return {...state, picker: {...picker, index: to, top}};
}

// Printable characters only: a control character in a search could never be typed back.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

function searched(state: State, picker: PickerState, query: string): State {
  if (query === picker.query) return state;
  const needle = query.toLowerCase();
  // One pass of `includes` over lowered names: about 5 ms for 100,000 flows.
  const shown: readonly FlowChoice[] =
    needle === '' ? picker.choices : picker.choices.filter((entry) => entry.find.includes(needle));
  return {...state, picker: {...picker, query, shown, index: 0, top: 0}};
}

function open(state: State): State {
  // The choices are fixed while the picker is open, so a refresh cannot move them.
  const choices = flowChoices(state.flowNames, state.runs, state.flowId);
  const at = choices.findIndex((entry) => entry.value === (state.flowId ?? ''));
  const picker = {choices, shown: choices, index: 0, top: 0, query: '', editing: false};
  return highlight({...state, picker}, picker, Math.max(0, at));
}

function edit(state: State, picker: PickerState, how: 'start' | 'stop' | 'erase' | 'clear'): State {
  switch (how) {
    case 'start':
      return picker.editing ? state : {...state, picker: {...picker, editing: true}};
    case 'stop': {
      // Esc while typing: the search goes, the picker stays.
      const cleared = searched(state, picker, '');
      const after = cleared.picker ?? picker;
      return {...cleared, picker: {...after, editing: false}};
    }
    case 'erase':
      return searched(state, picker, [...picker.query].slice(0, -1).join(''));
    case 'clear':
      return searched(state, picker, '');
  }
}

function step(
  state: State,
  picker: PickerState,
  by: number,
  unit: 'row' | 'screen' | 'all',
): State {
  const size = unit === 'row' ? 1 : unit === 'screen' ? pickerRows(state) : Infinity;
  const to = by * size;
  return highlight(state, picker, Number.isFinite(to) ? picker.index + to : to);
}

/** The picker's transitions; same contract as `reduce`. */
export function reducePicker(
  state: State,
  action: Exclude<PickerAction, {type: 'flow-count-loaded'}>,
): State {
  if (action.type === 'open-flow-picker') return open(state);
  const picker = state.picker;
  if (picker === null) return state;
  switch (action.type) {
    case 'close-flow-picker':
      return {...state, picker: null};
    case 'picker-move':
      return step(state, picker, action.by, action.unit ?? 'row');
    case 'picker-choose': {
      const chosen = picker.shown[action.index ?? picker.index];
      if (chosen === undefined) return state;
      const flowId = chosen.value === '' ? null : chosen.value;
      return requery({...state, picker: null}, {filter: state.filter, offset: 0, flowId});
    }
    case 'picker-search':
      return edit(state, picker, action.edit);
    case 'picker-type': {
      // Text typed at the picker itself starts the search, as if after /.
      const text = action.text.replace(CONTROL, '');
      if (text === '') return state;
      const found = searched(state, picker, picker.query + text);
      const after = found.picker ?? picker;
      return after.editing ? found : {...found, picker: {...after, editing: true}};
    }
  }
}
