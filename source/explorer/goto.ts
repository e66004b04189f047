// The `:` prompt (as in k9s): a run id typed or pasted, checked before any request, then
// fetched (`GET /v2/flows/runs/{id}`, by the app's feed) and opened in the detail, wherever
// the run is. The list underneath is left as it was, so closing the detail returns to it.
import {runIdFrom, runIdProblem, MAX_RUN_ID_LENGTH} from '../domain/run-id.js';
import {cutAt} from '../text/format.js';
import type {GotoAction} from './actions.js';
import {cacheDetail} from './preview.js';
import type {GotoState, State} from './state.js';

// Controls (a pasted newline or tab included) become spaces: the check then says what is wrong.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
// The prompt keeps a little more than the longest id, so an overlong paste is still reported as such.
const MAX_TEXT = MAX_RUN_ID_LENGTH * 2;

const quoted = (id: string): string => `"${cutAt(id, 40)}${id.length > 40 ? '…' : ''}"`;

function edit(state: State, change: (text: string) => string): State {
  const goto = state.goto;
  if (goto === null) return state;
  const text = cutAt(change(goto.text), MAX_TEXT);
  if (text === goto.text && goto.pending === null && goto.problem === null) return state;
  // Editing the id drops the fetch of the one before (the feed is keyed on it).
  return {...state, goto: {...goto, text, pending: null, problem: null}};
}

function submit(state: State, goto: GotoState): State {
  const id = runIdFrom(goto.text);
  const problem = runIdProblem(id);
  if (problem !== null) {
    // The prompt shows the id; the reason comes first so a narrow footer still shows it.
    const what = id === '' ? 'Type or paste a run id' : `Not a run id: ${problem}`;
    return {...state, goto: {...goto, text: id, pending: null, problem: what}};
  }
  return {...state, goto: {text: id, pending: id, attempt: goto.attempt + 1, problem: null}};
}

function failed(state: State, action: Extract<GotoAction, {type: 'goto-failed'}>): State {
  const goto = state.goto;
  if (goto?.pending !== action.id || goto.attempt !== action.attempt) return state;
  if (action.error.kind === 'aborted') return state;
  const problem =
    action.error.kind === 'not-found'
      ? `No run ${quoted(action.id)} in this workspace (404)`
      : `Could not fetch run ${quoted(action.id)}: ${action.error.message} (Enter tries again)`;
  return {...state, goto: {...goto, pending: null, problem}};
}

/** The `:` prompt's transitions; same contract as `reduce`. */
export function reduceGoto(state: State, action: GotoAction): State {
  switch (action.type) {
    case 'goto-start':
      return {
        ...state,
        goto: {text: '', pending: null, attempt: state.goto?.attempt ?? 0, problem: null},
      };
    case 'goto-input':
      return edit(state, (text) => text + action.text.replace(CONTROL, ' '));
    case 'goto-erase':
      return edit(state, (text) => [...text].slice(0, -1).join(''));
    case 'goto-clear':
      return edit(state, () => '');
    case 'goto-submit':
      return state.goto === null || state.goto.pending !== null ? state : submit(state, state.goto);
    case 'goto-cancel':
      return state.goto === null ? state : {...state, goto: null};
    case 'goto-loaded': {
      const {detail} = action;
      const goto = state.goto;
      if (goto?.pending !== detail.id || goto.attempt !== action.attempt) return state;
      const previews = cacheDetail(state.previews, detail, state.generation);
      const flow = detail.flow;
      // The run's flow may be one the list never named (an inactive one).
      const flowNames =
        flow === null || state.flowNames.has(flow.id)
          ? state.flowNames
          : new Map([...state.flowNames, [flow.id, flow.name]]);
      const opened = {
        id: detail.id,
        via: 'jump' as const,
        row: detail,
        run: detail,
        error: null,
        scroll: 0,
        maxScroll: state.detail?.maxScroll ?? 0,
      };
      return {...state, goto: null, previews, flowNames, detail: opened, now: action.now};
    }
    case 'goto-failed':
      return failed(state, action);
  }
}
