// The run list: moving the selection, paging, the status and flow filters, the page's
// order, refreshing, and the terminal's size.
import type {ListAction} from './actions.js';
import type {Pagination} from '../domain/run.js';
import {requery, reselect, scrolledTop, select} from './cursor.js';
import {say} from './effects.js';
import {nextSortColumn, sortWords} from './sort.js';
import {listHeight} from './layout.js';
import {shownRuns} from './matches.js';
import {FILTERS, type SortState, type State} from './state.js';

/** Offset of the next page, or null on the last one (never beyond `total`). */
function nextOffset(pagination: Pagination): number | null {
  const next = pagination.nextOffset ?? pagination.offset + pagination.limit;
  return next > pagination.offset && next < pagination.total ? next : null;
}

function turnPage(state: State, by: 1 | -1): State {
  // Going back needs no pagination (keys can outrun a load); going on needs the total.
  const pagination = state.pagination;
  const limit = pagination?.limit ?? state.limit;
  const offset =
    by < 0
      ? state.offset > 0
        ? Math.max(0, state.offset - limit)
        : null
      : pagination === null
        ? null
        : nextOffset(pagination);
  return offset === null ? state : requery(state, {filter: state.filter, offset});
}

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
