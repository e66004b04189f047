// The run list: moving the selection, paging, the status and flow filters, the page's
// order, refreshing, and the terminal's size.
import type {ListAction} from './actions.js';
import {requery, reselect, scrolledTop, select} from './cursor.js';
import {say} from './effects.js';
import {nextSortColumn, sortWords} from './sort.js';
import {pageEnd, pagePrompt, pageType, turnPage} from './pages.js';
import {listHeight} from './layout.js';
import {shownRuns} from './matches.js';
import {FILTERS, type SortState, type State} from './state.js';

// A new order keeps the selection on its run; the footer says what the order is, and that
// only the loaded page is in it.
const sorted = (state: State, sort: SortState): State =>
  say(reselect({...state, sort}), `sorted: ${sortWords(sort)} (this page only)`);

/** The list's transitions; same contract as `reduce`. */
export function reduceList(state: State, action: ListAction): State {
  switch (action.type) {
    case 'move':
      return select(state, state.cursor + action.by);
    case 'move-to':
      return select(state, action.to === 'first' ? 0 : shownRuns(state).length - 1);
    case 'page-screen':
      return select(state, state.cursor + action.by * listHeight(state));
    case 'cycle-filter': {
      const index = FILTERS.indexOf(state.filter) + action.by + FILTERS.length;
      return requery(state, {filter: FILTERS[index % FILTERS.length] ?? 'all', offset: 0});
    }
    case 'set-filter':
      return requery(state, {filter: action.filter, offset: 0});
    case 'set-flow':
      return requery(
        {...state, picker: null},
        {filter: state.filter, offset: 0, flowId: action.flowId},
      );
    case 'turn-page':
      return turnPage(state, action.by);
    case 'page-end':
      return pageEnd(state, action.to);
    case 'page-prompt':
      return pagePrompt(state, action.edit);
    case 'page-type':
      return pageType(state, action.text);
    case 'refresh':
      return {...state, generation: state.generation + 1, requestedAt: null};
    case 'resized': {
      if (action.columns === state.columns && action.rows === state.rows) return state;
      const resized = {...state, columns: action.columns, rows: action.rows};
      const top = scrolledTop(
        resized.top,
        resized.cursor,
        listHeight(resized),
        shownRuns(resized).length,
      );
      // The detail's scroll is clamped when the app measures it again at the new size.
      return {...resized, top};
    }
    case 'sort-by':
      return sorted(state, {by: nextSortColumn(state.sort.by, action.by), inverted: false});
    case 'sort-invert':
      return sorted(state, {...state.sort, inverted: !state.sort.inverted});
  }
}
