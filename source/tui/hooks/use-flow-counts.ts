// The flow picker's run counts: one `limit=1` request at a time, for the first row on screen
// without a fresh count (explorer/flow-counts.ts); its answer makes the next row the wanted
// one. Scrolling on aborts the request for a row that has left the screen.
import type {Dispatch} from 'react';
import {isRetryable, toApiError} from '../../api/errors.js';
import type {TableFlowClient} from '../../domain/run.js';
import type {Action} from '../../explorer/actions.js';
import {FLOW_COUNT_TTL_MS, wantedFlowCount} from '../../explorer/flow-counts.js';
import type {State} from '../../explorer/state.js';
import {usePolling} from './use-polling.js';

/** Fetches the run count the open picker wants next, if any. */
export function useFlowCounts(
  client: TableFlowClient,
  state: State,
  dispatch: Dispatch<Action>,
  clock: () => number,
): void {
  const wanted = wantedFlowCount(state);
  usePolling({
    key: `flow-count#${state.session}#${wanted ?? ''}`,
    // Each answer changes what is wanted, so the next request is for the next row; the
    // timer only retries a failure (with the usual backoff) or refreshes a stale count.
    intervalMs: FLOW_COUNT_TTL_MS,
    auto: true,
    run:
      wanted === null
        ? null
        : async (signal) => {
            const flowId = wanted === '' ? undefined : wanted;
            try {
              const page = await client.listRuns({flowId, limit: 1, offset: 0}, signal);
              if (!signal.aborted)
                dispatch({
                  type: 'flow-count-loaded',
                  flowId: wanted,
                  total: page.pagination.total,
                  now: clock(),
                });
            } catch (error) {
              const apiError = toApiError(error);
              // Busy or down: back off and ask again (the poller's policy). Refused for
              // this flow (404, 400): say so on its row and go on with the next one.
              if (signal.aborted || isRetryable(apiError)) throw apiError;
              dispatch({type: 'flow-count-loaded', flowId: wanted, total: null, now: clock()});
            }
          },
  });
}
