// The triage half of the reducer: search, jump to trouble, flow filter, unseen changes,
// time format, refresh interval, copy, alerts and the short messages that confirm them.
// Pure like the rest: `reduce` in state.ts hands these actions here.
import type {Run} from '../domain/run.js';
import {reselect, requery, select, shownRuns} from './cursor.js';
import type {State} from './state.js';
import {MAX_CLIPBOARD_BASE64} from '../terminal/codes.js';
import {alertFor} from './alerts.js';
import {idRefusal, runJson} from './copy.js';
import {reducePicker, type PickerAction} from './picker.js';
import {stepInterval, intervalText} from './intervals.js';
import {nextWithStatus, troubleWords, type Trouble} from '../domain/trouble.js';

/** A short confirmation or warning in the footer, until `until` (epoch ms). */
export type Message = {
  readonly text: string;
  readonly tone: 'info' | 'warning';
  readonly until: number;
};

/** What to write to the terminal besides the frame. */
export type EffectBody =
  | {readonly kind: 'bell'}
  | {readonly kind: 'notify'; readonly text: string}
  | {readonly kind: 'copy'; readonly text: string}
  /** Hand the terminal back to the shell and stop (Ctrl-Z). */
  | {readonly kind: 'suspend'}
  /** Draw the whole screen again (Ctrl-L). */
  | {readonly kind: 'redraw'};

/** An effect with its id: the app's edge writes each once, in id order. */
export type Effect = {readonly id: number} & EffectBody;

/** Needs-attention totals for the current flow filter, from `limit=1` requests. */
export type Counts = {
  readonly flowId: string | null;
  readonly review: number;
  readonly failed: number;
};

/** Every action this module handles. */
export type TriageAction =
  | {readonly type: 'search-start'}
  | {readonly type: 'search-input'; readonly text: string}
  | {readonly type: 'search-erase'}
  | {readonly type: 'search-clear-query'}
  | {readonly type: 'search-keep'}
  | {readonly type: 'search-cancel'}
  | {readonly type: 'next-match'; readonly by: 1 | -1}
  | {readonly type: 'jump'; readonly status: Trouble}
  | PickerAction
  | {readonly type: 'set-flow'; readonly flowId: string | null}
  | {readonly type: 'mark-seen'}
  | {readonly type: 'toggle-time'}
  | {readonly type: 'step-interval'; readonly by: 1 | -1}
  | {readonly type: 'copy'; readonly what: 'id' | 'json'}
  | ({readonly type: 'counts-loaded'} & Counts);

/** How long a footer message stays. */
export const MESSAGE_MS = 4000;
/** How many pages `!`/`v` look through before giving up. */
export const MAX_JUMP_PAGES = 10;
// Effects already written are dropped; a few are kept in case renders batch actions.
const KEPT_EFFECTS = 8;

/** `state` with a footer message. */
export function say(state: State, text: string, tone: Message['tone'] = 'info'): State {
  return {...state, message: {text, tone, until: state.now + MESSAGE_MS}};
}

/** `state` with terminal effects queued. */
export function emit(state: State, ...effects: readonly EffectBody[]): State {
  let id = state.effects.at(-1)?.id ?? 0;
  const added = effects.map((effect): Effect => ({...effect, id: ++id}));
  return {...state, effects: [...state.effects, ...added].slice(-KEPT_EFFECTS)};
}

// Printable characters only: a control character in a query could never be typed back.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

function searchQuery(state: State, query: string): State {
  const search = state.search ?? {query: '', editing: true};
  if (search.query === query) return state;
  return reselect({...state, search: {...search, query}});
}

function jump(state: State, status: Trouble): State {
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

function copy(state: State, what: 'id' | 'json'): State {
  const detail = state.detail;
  const run = detail?.row ?? shownRuns(state)[state.cursor];
  if (run === undefined) return say(state, 'nothing to copy', 'warning');
  const refusal = what === 'id' ? idRefusal(run.id) : null;
  if (refusal !== null) return say(state, refusal, 'warning');
  const loaded = detail?.id === run.id ? detail.run : null;
  const text = what === 'id' ? run.id : runJson(run, loaded);
  if (Math.ceil(Buffer.byteLength(text, 'utf8') / 3) * 4 > MAX_CLIPBOARD_BASE64)
    return say(state, `run ${run.id} is too large to copy through the terminal`, 'warning');
  const label = what === 'id' ? `copied run id ${run.id}` : `copied run ${run.id} as JSON`;
  return say(emit(state, {kind: 'copy', text}), label);
}

/** The triage transitions; same contract as `reduce`. */
export function reduceTriage(state: State, action: TriageAction): State {
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
    case 'jump':
      return jump(state, action.status);
    case 'open-flow-picker':
    case 'close-flow-picker':
    case 'picker-move':
    case 'picker-choose':
    case 'picker-search':
    case 'picker-type':
      return reducePicker(state, action);
    case 'set-flow':
      return requery(
        {...state, picker: null},
        {filter: state.filter, offset: 0, flowId: action.flowId},
      );
    case 'mark-seen':
      return state.unseen.size === 0
        ? state
        : say({...state, unseen: new Set()}, 'every change marked as seen');
    case 'toggle-time': {
      const timeFormat = state.timeFormat === 'relative' ? 'absolute' : 'relative';
      return say(
        {...state, timeFormat},
        timeFormat === 'relative'
          ? 'relative times'
          : `absolute times (${state.utc ? 'UTC' : 'local'})`,
      );
    }
    case 'step-interval': {
      const intervalMs = stepInterval(state.intervalMs, action.by);
      if (intervalMs === state.intervalMs)
        return say(
          state,
          intervalMs === 0 ? 'already manual: r refreshes' : 'already every second, the fastest',
        );
      // Refreshing at once re-arms the poll with the new interval instead of the old one.
      const next = {...state, intervalMs, generation: state.generation + 1, requestedAt: null};
      return say(
        next,
        intervalMs === 0 ? 'manual refresh: press r' : `refresh ${intervalText(intervalMs)}`,
      );
    }
    case 'copy':
      return copy(state, action.what);
    case 'counts-loaded': {
      if (action.flowId !== state.flowId) return state;
      const c = state.counts;
      if (
        c !== null &&
        c.flowId === action.flowId &&
        c.review === action.review &&
        c.failed === action.failed
      )
        return state;
      return {
        ...state,
        counts: {flowId: action.flowId, review: action.review, failed: action.failed},
      };
    }
  }
}
