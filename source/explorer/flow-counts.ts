// How many runs each flow has, for the flow picker: `GET /v2/flows/runs?flow_id=…&limit=1`
// answers with the total. A workspace may have 100,000 flows, so only the rows on screen
// are asked for, one request at a time (the feed asks for `wantedFlowCount`, the answer
// lands, the next row is wanted), and each answer is kept for a while, picker closed or not.
import {formatCount} from '../text/format.js';
import type {PickerAction} from './actions.js';
import {pickerRows} from './picker.js';
import type {FlowCount, State} from './state.js';

/** A count older than this is asked for again when its row is on screen. */
export const FLOW_COUNT_TTL_MS = 5 * 60_000;

const fresh = (count: FlowCount | undefined, now: number): boolean =>
  count !== undefined && now - count.at < FLOW_COUNT_TTL_MS;

/**
 * The flow whose count the open picker needs next: the first row on screen with no fresh
 * count ('' is "All flows": every run of the workspace); null when none is needed.
 */
export function wantedFlowCount(state: State): string | null {
  const picker = state.picker;
  if (picker === null) return null;
  const rows = picker.shown.slice(picker.top, picker.top + pickerRows(state));
  for (const choice of rows)
    if (!fresh(state.flowCounts.get(choice.value), state.now)) return choice.value;
  return null;
}

/** A count's text in the picker: `1,234 runs`, `1 run`, `?` when refused; null until it comes. */
export function flowCountText(count: FlowCount | undefined): string | null {
  if (count === undefined) return null;
  if (count.total === null) return '?';
  return `${formatCount(count.total)} ${count.total === 1 ? 'run' : 'runs'}`;
}

/** Keeps a count (null: the API would not say); same contract as `reduce`. */
export function reduceFlowCount(
  state: State,
  action: Extract<PickerAction, {type: 'flow-count-loaded'}>,
): State {
  const known = state.flowCounts.get(action.flowId);
  if (known?.total === action.total && known.at === action.now) return state;
  const flowCounts = new Map(state.flowCounts);
  flowCounts.set(action.flowId, {total: action.total, at: action.now});
  return {...state, flowCounts};
}
