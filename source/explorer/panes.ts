// The panes over the list: the run detail (opened on a run, fetched on its own, scrolled)
// and the help overlay (scrolled, closed by any key).
import type {PaneAction} from './actions.js';
import {clamp} from './cursor.js';
import {bodyHeight} from './layout.js';
import {shownRuns} from './matches.js';
import {cacheDetail, detailOn} from './preview.js';
import {toLoadError, type State} from './state.js';

function openDetail(state: State): State {
  const row = shownRuns(state)[state.cursor];
  if (row === undefined || state.detail?.id === row.id) return state;
  const unseen = state.unseen.has(row.id)
    ? new Set([...state.unseen].filter((id) => id !== row.id))
    : state.unseen;
  return {...state, unseen, detail: detailOn(state, row, 'open')};
}

function scrollDetail(state: State, action: Extract<PaneAction, {type: 'scroll-detail'}>): State {
  const detail = state.detail;
  if (detail === null) return state;
  // A screen keeps one line of context and leaves room for the "n more" indicators.
  const screen = Math.max(1, bodyHeight(state) - 3);
  const steps = {line: 1, half: Math.ceil(screen / 2), screen, all: Infinity};
  const step = steps[action.unit];
  const scroll = clamp(detail.scroll + action.by * step, 0, detail.maxScroll);
  return scroll === detail.scroll ? state : {...state, detail: {...detail, scroll}};
}

/** The detail and help transitions; same contract as `reduce`. */
export function reducePanes(state: State, action: PaneAction): State {
  switch (action.type) {
    case 'open-detail':
      return openDetail(state);
    case 'close-detail':
      return state.detail === null ? state : {...state, detail: null};
    case 'scroll-detail':
      return scrollDetail(state, action);
    case 'detail-loaded': {
      const {detail} = action;
      const flow = detail.flow;
      const flowNames =
        flow === null || state.flowNames.get(flow.id) === flow.name
          ? state.flowNames
          : new Map([...state.flowNames, [flow.id, flow.name]]);
      // A run no longer shown (the cursor moved on): its answer is dropped.
      if (state.detail?.id !== detail.id) return {...state, flowNames};
      const previews = cacheDetail(state.previews, detail, state.generation);
      return {...state, flowNames, previews, detail: {...state.detail, run: detail, error: null}};
    }
    case 'detail-failed':
      if (state.detail?.id !== action.id || action.error.kind === 'aborted') return state;
      return {...state, detail: {...state.detail, error: toLoadError(action.error, action.now)}};
    case 'detail-measured': {
      const detail = state.detail;
      if (detail === null || detail.maxScroll === action.maxScroll) return state;
      const scroll = clamp(detail.scroll, 0, action.maxScroll);
      return {...state, detail: {...detail, maxScroll: action.maxScroll, scroll}};
    }
    case 'toggle-help':
      return {...state, help: !state.help, helpScroll: 0};
    case 'scroll-help': {
      const helpScroll = clamp(state.helpScroll + action.by, 0, state.helpMaxScroll);
      return helpScroll === state.helpScroll ? state : {...state, helpScroll};
    }
    case 'help-measured': {
      if (state.helpMaxScroll === action.maxScroll) return state;
      const helpScroll = clamp(state.helpScroll, 0, action.maxScroll);
      return {...state, helpMaxScroll: action.maxScroll, helpScroll};
    }
  }
}
