// The search slice: `/` opens the bar, keys type the query, Enter keeps it as a filter of
// the page, Esc clears it, n/N step through the matches.
import type {SearchAction} from './actions.js';
import {reselect, select} from './cursor.js';
import {say} from './effects.js';
import {shownRuns} from './matches.js';
import type {State} from './state.js';

// Printable characters only: a control character in a query could never be typed back.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

function searchQuery(state: State, query: string): State {
  const search = state.search ?? {query: '', editing: true};
  if (search.query === query) return state;
  return reselect({...state, search: {...search, query}});
}

/** The search transitions; same contract as `reduce`. */
export function reduceSearch(state: State, action: SearchAction): State {
  switch (action.type) {
    case 'search-start':
      // A new search starts empty, as in less and vim; n/N keep using a kept one.
      return reselect({...state, search: {query: '', editing: true}});
    case 'search-input':
      return searchQuery(state, (state.search?.query ?? '') + action.text.replace(CONTROL, ''));
    case 'search-erase':
      return searchQuery(state, [...(state.search?.query ?? '')].slice(0, -1).join(''));
    case 'search-clear-query':
      return searchQuery(state, '');
    case 'search-keep':
      if (state.search === null) return state;
      if (state.search.query === '') return reselect({...state, search: null});
      return {...state, search: {...state.search, editing: false}};
    case 'search-cancel':
      return state.search === null ? state : reselect({...state, search: null});
    case 'next-match': {
      if (state.search === null) return say(state, 'no search: press / to search', 'warning');
      const count = shownRuns(state).length;
      if (count === 0) return say(state, `no runs match "${state.search.query}"`, 'warning');
      return select(state, (state.cursor + action.by + count) % count);
    }
  }
}
