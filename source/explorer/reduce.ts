// The explorer's whole behaviour as one pure reducer, handed to a slice by the action's
// type. Keys become actions here, through the keymap, against the mode of the latest
// state. Unchanged data keeps its references, and a transition that changes nothing
// returns the very same state, so a pane left open for days stays cheap.
import {pasteEdge, pastedText, splitPresses} from '../terminal/key-presses.js';
import type {Action} from './actions.js';
import {reduceGoto} from './goto.js';
import {actionFor} from './keymap/keymap.js';
import {reduceHealth, resizedHealth} from './health.js';
import {reduceList} from './list.js';
import {reducePanes} from './panes.js';
import {pasted} from './paste.js';
import {reducePicker} from './picker.js';
import {reducePrefs} from './prefs.js';
import {follow} from './preview.js';
import {reduceRefresh} from './refresh.js';
import {reduceSearch} from './search.js';
import {modeOf, type State} from './state.js';
import {reduceMouse} from './mouse.js';
import {reduceFlowCount} from './flow-counts.js';
import {reduceProfiles} from './profiles.js';
import {copy} from './copy.js';
import {jump, markSeen} from './triage.js';
import {clearSearchOrMarks, toggleMark} from './marks.js';

/**
 * The one reducer: every transition of the explorer. When a transition changes nothing
 * (identical data, a key at the end of the list) it returns the very same state object,
 * so React skips the render.
 */
export function reduce(state: State, action: Action): State {
  // The split view's preview follows the selection, whichever transition moved it.
  const next = follow(state, transition(state, action), action);
  if (next === state) return state;
  const keys = Object.keys(next) as (keyof State)[];
  return keys.every((key) => Object.is(next[key], state[key])) ? state : next;
}

function transition(state: State, action: Action): State {
  switch (action.type) {
    case 'press': {
      const edge = pasteEdge(action.input, action.key);
      if (edge !== null) return {...state, pasting: edge === 'start'};
      const text = state.pasting ? pastedText(action.input, action.key) : null;
      if (text !== null) return pasted(state, text);
      // Several keys can arrive in one read, before the app has re-rendered with the mode
      // the first set: each is mapped against the state the one before it left. A key no
      // paste holds ends a paste whose end marker was lost.
      let next = state.pasting ? {...state, pasting: false} : state;
      for (const press of splitPresses(action.input, action.key)) {
        const intent = actionFor(press.input, press.key, modeOf(next));
        if (intent === 'quit') return {...next, quit: true};
        // The preview follows each key, so a Ctrl-D after a j in the same read scrolls the new run.
        if (intent !== null) next = follow(next, transition(next, intent), intent);
      }
      return next;
    }
    case 'mouse':
      return reduceMouse(state, action.event, action.now);
    case 'move':
    case 'move-to':
    case 'page-screen':
    case 'cycle-filter':
    case 'set-filter':
    case 'set-flow':
    case 'turn-page':
    case 'page-end':
    case 'page-prompt':
    case 'page-type':
    case 'refresh':
    case 'sort-by':
    case 'sort-invert':
      return reduceList(state, action);
    case 'resized':
      return resizedHealth(reduceList(state, action));
    case 'tick':
    case 'runs-requested':
    case 'runs-loaded':
    case 'runs-failed':
    case 'retry-scheduled':
    case 'flows-loaded':
    case 'counts-loaded':
      return reduceRefresh(state, action);
    case 'open-detail':
    case 'close-detail':
    case 'scroll-detail':
    case 'detail-loaded':
    case 'detail-failed':
    case 'detail-measured':
    case 'toggle-help':
    case 'scroll-help':
    case 'help-measured':
      return reducePanes(state, action);
    case 'search-start':
    case 'search-input':
    case 'search-erase':
    case 'search-clear-query':
    case 'search-keep':
    case 'search-cancel':
    case 'next-match':
      return reduceSearch(state, action);
    case 'open-flow-picker':
    case 'close-flow-picker':
    case 'picker-move':
    case 'picker-choose':
    case 'picker-search':
    case 'picker-type':
      return reducePicker(state, action);
    case 'goto-start':
    case 'goto-input':
    case 'goto-erase':
    case 'goto-clear':
    case 'goto-submit':
    case 'goto-cancel':
    case 'goto-loaded':
    case 'goto-failed':
      return reduceGoto(state, action);
    case 'flow-count-loaded':
      return reduceFlowCount(state, action);
    case 'open-profiles':
    case 'close-profiles':
    case 'profile-move':
    case 'profile-choose':
    case 'profile-connected':
    case 'profile-failed':
      return reduceProfiles(state, action);
    case 'jump':
      return jump(state, action.status);
    case 'mark-seen':
      return markSeen(state);
    case 'toggle-mark':
      return toggleMark(state);
    case 'clear-search-or-marks':
      return clearSearchOrMarks(state);
    case 'copy':
      return copy(state, action.what);
    case 'toggle-time':
    case 'toggle-pause':
    case 'step-interval':
    case 'suspend':
    case 'redraw':
      return reducePrefs(state, action);
    case 'toggle-health':
    case 'cycle-window':
    case 'health-move':
    case 'health-open-flow':
    case 'health-refresh':
    case 'health-requested':
    case 'health-progress':
    case 'health-loaded':
    case 'health-failed':
    case 'health-retry-scheduled':
      return reduceHealth(state, action);
  }
}
