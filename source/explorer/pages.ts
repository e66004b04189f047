// Moving between pages: ←/→ one at a time (saying so at either end instead of doing
// nothing), `[` and `]` to the first and the last, and `#` to type a page number. Without a
// total from the server the last page is not known: `]` then walks on, a few pages a key.
import type {Pagination} from '../domain/run.js';
import {formatCount} from '../text/format.js';
import {requery} from './cursor.js';
import {say} from './effects.js';
import type {State} from './state.js';

/** How many pages `]` walks through, without a total, before it stops and says so. */
export const MAX_SEEK_PAGES = 10;

/** Digits typed into the go-to-page prompt, at most: beyond any page count a server returns. */
const MAX_PAGE_DIGITS = 9;

const limitOf = (state: State): number => Math.max(1, state.pagination?.limit ?? state.limit);

/** Offset of the next page, or null on the last one (never beyond `total`). */
export function nextOffset(pagination: Pagination): number | null {
  const next = pagination.nextOffset ?? pagination.offset + pagination.limit;
  return next > pagination.offset && next < pagination.total ? next : null;
}

/**
 * The number of pages, or null when the server sent no total and this is not the last page.
 * An anchored page need not start on a multiple of the limit: it is page ⌊offset/limit⌋+1,
 * and the runs after it make the remaining pages, so → and ] agree on which page is last.
 */
export function pageCount(pagination: Pagination): number | null {
  if (pagination.totalUnknown === true && nextOffset(pagination) !== null) return null;
  const limit = Math.max(1, pagination.limit);
  const page = Math.floor(pagination.offset / limit) + 1;
  const after = Math.max(0, pagination.total - pagination.offset - limit);
  return page + Math.ceil(after / limit);
}

const pageOf = (offset: number, limit: number): number => Math.floor(offset / limit) + 1;

function lastPageWords(pagination: Pagination): string {
  const pages = pageCount(pagination) ?? pageOf(pagination.offset, Math.max(1, pagination.limit));
  return `this is the last page (${formatCount(pages)}/${formatCount(pages)})`;
}

/** ← and →: the previous or next page; at either end the footer says so. */
export function turnPage(state: State, by: 1 | -1): State {
  // Going back needs no pagination (keys can outrun a load); going on needs the total.
  const pagination = state.pagination;
  if (by < 0) {
    if (state.offset <= 0) return say(state, 'this is the first page');
    return requery(state, {
      filter: state.filter,
      offset: Math.max(0, state.offset - limitOf(state)),
    });
  }
  if (pagination === null) return state;
  const next = nextOffset(pagination);
  if (next === null) return say(state, lastPageWords(pagination));
  return requery(state, {filter: state.filter, offset: next});
}

/** `[` (the first page) or `]` (the last, or as far as a few pages go without a total). */
export function pageEnd(state: State, to: 'first' | 'last'): State {
  if (to === 'first')
    return state.offset === 0 ? say(state, 'this is the first page') : toOffset(state, 0);
  const pagination = state.pagination;
  if (pagination === null) return state;
  if (nextOffset(pagination) === null) return say(state, lastPageWords(pagination));
  const pages = pageCount(pagination);
  if (pages === null) return seekOn(state, 1);
  const last = (pages - 1) * Math.max(1, pagination.limit);
  return last === state.offset ? say(state, lastPageWords(pagination)) : toOffset(state, last);
}

const toOffset = (state: State, offset: number): State =>
  requery(state, {filter: state.filter, offset});

// One more page on the way to a last page the server did not count.
function seekOn(state: State, pages: number): State {
  const pagination = state.pagination;
  const next = pagination === null ? null : nextOffset(pagination);
  if (next === null) return say({...state, seek: null}, 'this is the last page');
  if (pages > MAX_SEEK_PAGES)
    return say(
      {...state, seek: null},
      `the server gives no total: ${MAX_SEEK_PAGES} pages on and still more; ] goes on`,
      'warning',
    );
  const turned = toOffset(state, next);
  return say({...turned, seek: {pages}}, 'the server gives no total: looking for the last page…');
}

/** After a page landed: an unfinished `]` goes on, or stops on the last page. */
export function continueSeek(state: State): State {
  if (state.seek === null) return state;
  const pagination = state.pagination;
  if (pagination !== null && nextOffset(pagination) === null)
    return say({...state, seek: null}, lastPageWords(pagination));
  return seekOn(state, state.seek.pages + 1);
}

/** The go-to-page prompt: `#` opens it, digits fill it, Enter goes, Esc closes it. */
export function pagePrompt(
  state: State,
  edit: 'start' | 'erase' | 'clear' | 'go' | 'cancel',
): State {
  const input = state.pageInput ?? '';
  switch (edit) {
    case 'start':
      return {...state, pageInput: ''};
    case 'erase':
      return {...state, pageInput: input.slice(0, -1)};
    case 'clear':
      return {...state, pageInput: ''};
    case 'cancel':
      return {...state, pageInput: null};
    case 'go':
      return goToPage({...state, pageInput: null}, input);
  }
}

/** Typing into the prompt: digits only (anything else is dropped), a few at most. */
export function pageType(state: State, text: string): State {
  const digits = text.replace(/[^0-9]/g, '');
  if (digits === '' || state.pageInput === null) return state;
  return {...state, pageInput: `${state.pageInput}${digits}`.slice(0, MAX_PAGE_DIGITS)};
}

function goToPage(state: State, input: string): State {
  if (input === '') return state;
  const limit = limitOf(state);
  const wanted = Math.max(1, Number(input));
  const pages = state.pagination === null ? null : pageCount(state.pagination);
  const page = pages === null ? wanted : Math.min(wanted, pages);
  const offset = (page - 1) * limit;
  if (offset === state.offset) return say(state, `this is page ${formatCount(page)}`);
  const moved = toOffset(state, offset);
  if (page === wanted) return moved;
  return say(moved, `there are ${formatCount(page)} pages: showing the last`, 'warning');
}

/** The prompt as the footer shows it: what comes before the cursor and after it. */
export function pagePromptText(state: State): {readonly before: string; readonly after: string} {
  const pages = state.pagination === null ? null : pageCount(state.pagination);
  const of = pages === null ? '' : ` of ${formatCount(pages)}`;
  return {before: `go to page: ${state.pageInput ?? ''}`, after: of};
}
