// Finding the runs that need a person: `!` and `v` jump to the next failed run or run in
// review (through later pages when this one has none), and status changes made while the
// user looked elsewhere stay marked until seen, with the bell or a notification if asked.
import type {Run} from '../domain/run.js';
import {nextWithStatus, troubleWords, type Trouble} from '../domain/trouble.js';
import {alertFor} from './alerts.js';
import {requery, select} from './cursor.js';
import {emit, say} from './effects.js';
import {shownRuns} from './matches.js';
import type {State} from './state.js';

/** How many pages `!`/`v` look through before giving up. */
export const MAX_JUMP_PAGES = 10;

/** `!` or `v`: the next run of `status` on the page, else the next page that has one. */
export function jump(state: State, status: Trouble): State {
  const runs = shownRuns(state);
  const index = nextWithStatus(runs, state.cursor, status);
  if (index !== null) return select(state, index);
  const words = troubleWords(status);
  if (state.filter !== 'all' && state.filter !== status)
    return say(state, `no ${words} under this status filter; press 1 for all runs`, 'warning');
  if (state.counts !== null && state.counts.flowId === state.flowId && state.counts[status] === 0)
    return say(state, `no ${words} anywhere`, 'warning');
  return nextPage(state, status, 1);
}

function nextPage(state: State, status: Trouble, pages: number): State {
  const pagination = state.pagination;
  const next = pagination === null ? null : (pagination.nextOffset ?? null);
  const words = troubleWords(status);
  if (pagination === null || next === null || next <= pagination.offset || next >= pagination.total)
    return say({...state, jump: null}, `no ${words} on later pages`, 'warning');
  if (pages > MAX_JUMP_PAGES)
    return say(
      {...state, jump: null},
      `no ${words} in the next ${MAX_JUMP_PAGES} pages`,
      'warning',
    );
  const turned = requery(state, {filter: state.filter, offset: next});
  return say({...turned, jump: {status, pages}}, `looking for ${words} on later pages…`);
}

/** After a page landed: an unfinished jump goes on, to the first match or the next page. */
export function continueJump(state: State): State {
  const pending = state.jump;
  if (pending === null) return state;
  const index = shownRuns(state).findIndex((run) => run.status === pending.status);
  if (index !== -1) return {...select(state, index), jump: null, message: null};
  return nextPage(state, pending.status, pending.pages + 1);
}

/** After a refresh: remember status changes as unseen and queue the alert, if any. */
export function noteChanges(
  previous: State,
  loaded: State,
  fresh: readonly Run[],
  changedIds: readonly string[],
): State {
  // Only runs on the page count: a run that left it cannot be visited, and a pane left open
  // for days must not collect ids forever.
  const onPage = new Set(fresh.map((run) => run.id));
  const kept = [...loaded.unseen].filter((id) => onPage.has(id));
  const unseen =
    changedIds.length === 0 && kept.length === loaded.unseen.size
      ? loaded.unseen
      : new Set([...kept, ...changedIds]);
  const next = unseen === loaded.unseen ? loaded : {...loaded, unseen};
  const alert = alertFor(
    previous.runs,
    fresh,
    previous.offset,
    previous.alerts,
    previous.flowNames,
  );
  if (alert === null) return next;
  return emit(
    next,
    ...(alert.bell ? [{kind: 'bell'} as const] : []),
    ...(alert.notify === null ? [] : [{kind: 'notify', text: alert.notify} as const]),
  );
}

/** `c`: every change marked as seen. */
export function markSeen(state: State): State {
  return state.unseen.size === 0
    ? state
    : say({...state, unseen: new Set()}, 'every change marked as seen');
}
