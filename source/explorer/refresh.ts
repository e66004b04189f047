// What the network and the clock report: a page of runs (reconciled with the one shown, so
// unchanged runs keep their objects and nothing renders), a failure, the flows' names, the
// needs-attention counts, the retry time, and the clock's tick.
import type {Run} from '../domain/run.js';
import type {RefreshAction} from './actions.js';
import {select} from './cursor.js';
import {shownRuns} from './matches.js';
import {samePagination, sameRun} from './page-equality.js';
import {CHANGE_MARK_MS, toLoadError, type State} from './state.js';
import {continueJump, noteChanges} from './triage.js';
import {realigned} from './anchor.js';
import {continueSeek} from './pages.js';

function expireMarks(changed: State['changed'], now: number): State['changed'] {
  const kept = [...changed].filter(([, until]) => until > now);
  return kept.length === changed.size ? changed : new Map(kept);
}

/**
 * The fresh page, reusing the previous array (and each unchanged run object) when nothing
 * differs, plus the ids of runs whose status changed since the previous refresh.
 */
function reconcileRuns(
  previous: readonly Run[],
  fresh: readonly Run[],
): {readonly runs: readonly Run[]; readonly changedIds: readonly string[]} {
  const byId = new Map(previous.map((run) => [run.id, run]));
  const changedIds: string[] = [];
  let identical = previous.length === fresh.length;
  const runs = fresh.map((run, index) => {
    const old = byId.get(run.id);
    if (old !== undefined && old.status !== run.status) changedIds.push(run.id);
    if (!sameRun(previous[index], run)) identical = false;
    return old !== undefined && sameRun(old, run) ? old : run;
  });
  return {runs: identical ? previous : runs, changedIds};
}

function loaded(state: State, action: Extract<RefreshAction, {type: 'runs-loaded'}>): State {
  const moved = realigned(state, action.page, action.now);
  if (moved !== null) return moved;
  const {runs, changedIds} = reconcileRuns(state.runs, action.page.runs);
  const pagination = samePagination(state.pagination, action.page.pagination)
    ? state.pagination
    : action.page.pagination;
  const kept = expireMarks(state.changed, action.now);
  const changed =
    changedIds.length === 0
      ? kept
      : new Map([...kept, ...changedIds.map((id) => [id, action.now + CHANGE_MARK_MS] as const)]);
  const next: State = {
    ...state,
    runs,
    pagination,
    changed,
    requestedAt: null,
    loadedAt: action.now,
    unreadable: action.page.skipped ?? action.page.problems?.length ?? 0,
    error: null,
    now: action.now,
    realigning: false,
  };
  const noted = noteChanges(state, next, action.page.runs, changedIds);
  const index = shownRuns(noted).findIndex((run) => run.id === state.selectedId);
  return continueSeek(continueJump(select(noted, index === -1 ? state.cursor : index)));
}

/** The network's and the clock's transitions; same contract as `reduce`. */
export function reduceRefresh(state: State, action: RefreshAction): State {
  switch (action.type) {
    case 'tick': {
      if (action.now === state.now) return state;
      const message =
        state.message !== null && state.message.until <= action.now ? null : state.message;
      return {...state, now: action.now, changed: expireMarks(state.changed, action.now), message};
    }
    case 'runs-requested':
      if (action.generation !== state.generation) return state;
      return {...state, requestedAt: action.now, now: action.now};
    case 'runs-loaded':
      return action.generation === state.generation ? loaded(state, action) : state;
    case 'runs-failed':
      if (action.generation !== state.generation) return state;
      if (action.error.kind === 'aborted') return {...state, requestedAt: null};
      return {
        ...state,
        requestedAt: null,
        error: toLoadError(action.error, action.now),
        now: action.now,
      };
    case 'retry-scheduled':
      if (state.error === null || state.error.retryAt === action.at) return state;
      return {...state, error: {...state.error, retryAt: action.at}};
    case 'flows-loaded': {
      const fresh = action.flows.filter((flow) => state.flowNames.get(flow.id) !== flow.name);
      const listed = state.flowsListed ? state : {...state, flowsListed: true};
      if (fresh.length === 0) return listed;
      const names = fresh.map((flow) => [flow.id, flow.name] as const);
      return {...listed, flowNames: new Map([...state.flowNames, ...names])};
    }
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
