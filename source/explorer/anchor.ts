// Anchored pages: past page 1, runs arriving at the top (or entering and leaving the
// filter above the page) would push the page's runs down, or pull them up, under the
// user. So each refresh of a later page measures how far its runs moved, and the offset
// follows them; the runs on screen and the selection stay put, and the header counts the
// newer runs above, with the key that goes to the top.
import type {RunPage} from '../domain/run.js';
import type {State} from './state.js';

/**
 * The offset that puts the shown runs back on their rows, given a fresh page. Measured on
 * the first shown run still in it (so that run keeps its row), in absolute positions (the
 * shown runs may come from an offset that has since moved). When
 * none is there (more runs arrived than a page holds, or all left the filter), the growth
 * of the total is the best guess.
 */
export function anchoredOffset(state: State, page: RunPage): number {
  const at = new Map(page.runs.map((run, index) => [run.id, index]));
  for (const [row, run] of state.runs.entries()) {
    const found = at.get(run.id);
    if (found !== undefined) return Math.max(0, page.pagination.offset + found - row);
  }
  const grown = state.pagination === null ? 0 : page.pagination.total - state.pagination.total;
  return state.offset + Math.max(0, grown);
}

/**
 * The state after a refresh of a later page, when its runs moved: the offset follows
 * them, and the runs shown stay (with the pagination they came with) until the page at
 * the new offset lands. It is asked for at once; a second move in a row waits for the
 * next poll, so a busy workspace cannot cause a storm of requests. Null when nothing
 * moved, or on page 1, where new runs simply appear on top.
 */
export function realigned(state: State, page: RunPage, now: number): State | null {
  if (state.offset === 0 || state.runs.length === 0) return null;
  const offset = anchoredOffset(state, page);
  if (offset === state.offset) return null;
  const moved: State = {
    ...state,
    offset,
    newer: offset === 0 ? 0 : Math.max(0, state.newer + offset - state.offset),
    requestedAt: null,
    error: null,
    now,
  };
  return state.realigning
    ? {...moved, realigning: false}
    : {...moved, realigning: true, generation: state.generation + 1};
}
