// A bracketed paste (the terminal marks where pasted text starts and ends) is text for the
// prompt that has the keys: the `:` prompt, the search bar, the flow search. Anywhere else
// it is dropped, never taken as keys: a paste of `jjq` into the list must not quit.
import {reduceGoto} from './goto.js';
import {say} from './effects.js';
import {reducePicker} from './picker.js';
import {reduceSearch} from './search.js';
import {modeOf, type State} from './state.js';

/** `state` with `text`, pasted, given to the prompt that is open; told when none is. */
export function pasted(state: State, text: string): State {
  if (text === '') return state;
  switch (modeOf(state)) {
    case 'goto':
      return reduceGoto(state, {type: 'goto-input', text});
    case 'search':
      return reduceSearch(state, {type: 'search-input', text});
    case 'flow-search':
      return reducePicker(state, {type: 'picker-type', text});
    default:
      return say(state, 'Pasted text is not keys: : pastes a run id, / a search', 'warning');
  }
}
