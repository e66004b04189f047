// The split view's preview: from 140 columns the detail sits beside the list and shows
// the selected run, following the cursor. Details already fetched are kept by run id (a
// bounded cache) so returning to a run shows it at once; the feed refreshes it after a
// short pause (see tui/hooks/use-detail-feeds.ts), so holding j costs no request per row.
import {isFinished, type Run, type RunDetail} from '../domain/run.js';
import type {Action} from './actions.js';
import {select} from './cursor.js';
import {isWide} from './layout.js';
import {shownRuns} from './matches.js';
import type {CachedDetail, DetailOrigin, DetailState, State} from './state.js';

/** How many fetched details are kept: a page's worth and more. */
export const PREVIEW_CACHE_SIZE = 64;

/** `previews` with `detail` as its newest entry, the oldest dropped beyond the bound. */
export function cacheDetail(
  previews: ReadonlyMap<string, CachedDetail>,
  detail: RunDetail,
  generation: number,
): ReadonlyMap<string, CachedDetail> {
  const known = previews.get(detail.id);
  if (known?.detail === detail && known.generation === generation) return previews;
  const next = new Map(previews);
  // Deleted first, so setting it again makes it the newest (Maps keep insertion order).
  next.delete(detail.id);
  next.set(detail.id, {detail, generation});
  for (const id of next.keys()) {
    if (next.size <= PREVIEW_CACHE_SIZE) break;
    next.delete(id);
  }
  return next;
}

/**
 * The cached detail of `row`, unless the list already shows a newer state of the run
 * (the cache would then show an older status until the refresh lands).
 */
export function cachedDetail(state: Pick<State, 'previews'>, row: Run): RunDetail | null {
  const cached = state.previews.get(row.id)?.detail ?? null;
  return cached !== null && cached.updatedAt >= row.updatedAt ? cached : null;
}

/** The detail pane on `row`, showing its cached detail at once when there is one. */
export function detailOn(state: State, row: Run, via: DetailOrigin): DetailState {
  return {
    id: row.id,
    via,
    row,
    run: cachedDetail(state, row),
    error: null,
    scroll: 0,
    // Kept: the pane measures the new run and reports its limit only when it differs.
    maxScroll: state.detail?.maxScroll ?? 0,
  };
}

/**
 * Keeps the split view's preview on the selected run, after any transition. A run opened
 * with `:` stays until the user moves (a refresh moving the selection does not replace
 * it). Widening the terminal over an open detail selects its run when the page has it, so
 * the split starts on the same run the full-width detail showed.
 */
export function follow(previous: State, next: State, action: Action): State {
  const detail = next.detail;
  if (detail === null || !isWide(next)) return next;
  if (action.type === 'resized' && !isWide(previous)) {
    const index = shownRuns(next).findIndex((run) => run.id === detail.id);
    return index === -1 ? next : select(next, index);
  }
  const id = next.selectedId;
  if (id === null || id === detail.id || id === previous.selectedId) return next;
  if (detail.via === 'jump' && action.type === 'runs-loaded') return next;
  const row = shownRuns(next).find((run) => run.id === id);
  return row === undefined ? next : {...next, detail: detailOn(next, row, 'follow')};
}

/** True when the open detail shows what was fetched for it since the last `r` or new query. */
export function fetchedDetail(state: Pick<State, 'detail' | 'previews' | 'generation'>): boolean {
  const detail = state.detail;
  if (detail?.run == null) return false;
  const cached = state.previews.get(detail.id);
  return cached?.detail === detail.run && cached.generation === state.generation;
}

/** True when the open detail needs no request: a finished run (it never changes), fetched. */
export function settledDetail(state: Pick<State, 'detail' | 'previews' | 'generation'>): boolean {
  const run = state.detail?.run;
  return run != null && isFinished(run.status) && fetchedDetail(state);
}
