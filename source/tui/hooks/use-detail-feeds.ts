// The feeds of single runs: the open detail (polled until the run finishes; in the split
// view, fetched only once the cursor rests, so holding j sends no request per row) and
// the run the `:` prompt asks for (fetched once per Enter). Results become actions;
// a result for a run no longer asked for is dropped by the reducer.
import type {Dispatch} from 'react';
import {toApiError} from '../../api/errors.js';
import {isFinished, type TableFlowClient} from '../../domain/run.js';
import type {Action} from '../../explorer/actions.js';
import {fetchedDetail, settledDetail} from '../../explorer/preview.js';
import type {State} from '../../explorer/state.js';
import {usePolling} from './use-polling.js';

/** How long the cursor must rest on a run before the split view fetches its detail. */
export const PREVIEW_DEBOUNCE_MS = 150;

/** What the run feeds need from the app. */
export type DetailFeedsOptions = {
  readonly client: TableFlowClient;
  readonly state: State;
  readonly dispatch: Dispatch<Action>;
  readonly intervalMs: number;
  /** Auto-refresh is on (not paused, not manual). */
  readonly auto: boolean;
  readonly clock: () => number;
};

/** Keeps the open run's detail coming, and fetches the run the `:` prompt names. */
export function useDetailFeeds(options: DetailFeedsOptions): void {
  const {client, state, dispatch, intervalMs, auto, clock} = options;
  const {detail, generation} = state;
  const detailId = detail?.id ?? null;
  const finished = detail?.run != null && isFinished(detail.run.status);
  // A run `:` has just fetched is not asked for again at once, only at the next refresh.
  const jumped = detail?.via === 'jump' && fetchedDetail(state);
  const idle = detailId === null || settledDetail(state) || (jumped && !auto);
  usePolling({
    // r (a new generation) refetches the open detail too.
    key: detailId === null ? '' : `${detailId}#${generation}`,
    intervalMs,
    auto: auto && !finished,
    delayMs: jumped ? intervalMs : detail?.via === 'follow' ? PREVIEW_DEBOUNCE_MS : 0,
    run:
      idle || detailId === null
        ? null
        : async (signal) => {
            try {
              const run = await client.getRun(detailId, signal);
              if (!signal.aborted) dispatch({type: 'detail-loaded', detail: run, now: clock()});
            } catch (error) {
              const apiError = toApiError(error);
              if (!signal.aborted)
                dispatch({type: 'detail-failed', id: detailId, error: apiError, now: clock()});
              throw apiError;
            }
          },
  });

  const wanted = state.goto?.pending ?? null;
  const attempt = state.goto?.attempt ?? 0;
  usePolling({
    key: wanted === null ? '' : `goto#${wanted}#${attempt}`,
    // Once per Enter: no timer is armed after it, and a failure is the user's to retry.
    intervalMs,
    auto: false,
    run:
      wanted === null
        ? null
        : async (signal) => {
            try {
              const run = await client.getRun(wanted, signal);
              if (!signal.aborted)
                dispatch({type: 'goto-loaded', attempt, detail: run, now: clock()});
            } catch (error) {
              const apiError = toApiError(error);
              if (!signal.aborted)
                dispatch({type: 'goto-failed', id: wanted, attempt, error: apiError, now: clock()});
              throw apiError;
            }
          },
  });
}
