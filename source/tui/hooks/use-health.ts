// The health view's feed: while the view is open, the runs behind it are synced through
// the one polling hook (one request at a time, the one retry policy), every 30 s by
// default. The first load reports each page, for the progress line; later syncs cost a
// few requests (api/health-sync.ts). The data stays in the state when the view closes,
// so opening it again is a refresh, not a reload.
import {setTimeout as delay} from 'node:timers/promises';
import type {Dispatch} from 'react';
import {isFirstLoad, syncHealth} from '../../api/health-sync.js';
import {toApiError} from '../../api/errors.js';
import {DEFAULT_HEALTH_CAP, type HealthData} from '../../domain/health-data.js';
import {windowMs} from '../../domain/health-window.js';
import type {TableFlowClient} from '../../domain/run.js';
import type {Action} from '../../explorer/actions.js';
import {HEALTH_INTERVAL_MS} from '../../explorer/health-selectors.js';
import type {State} from '../../explorer/state.js';
import {SPINNER_DELAY_MS} from './unchanged-pages.js';
import {usePolling} from './use-polling.js';

/** What the health feed needs from the app. */
export type HealthFeedOptions = {
  readonly client: TableFlowClient;
  readonly state: State;
  readonly dispatch: Dispatch<Action>;
  readonly clock: () => number;
  readonly intervalMs?: number;
  readonly cap?: number;
};

// After a first load, the refresh that brings the runs in flight by status.
const FIRST_REFRESH_MS = 3000;

/** Keeps the health view's runs fresh while it is open. */
export function useHealthFeed(options: HealthFeedOptions): void {
  const {client, state, dispatch, clock} = options;
  const {health} = state;
  const {generation} = health;
  usePolling({
    key: `health#${generation}`,
    intervalMs: options.intervalMs ?? HEALTH_INTERVAL_MS,
    // A manual list (interval 0) is a manual health view too: r refreshes.
    auto: !state.paused && state.intervalMs > 0,
    onRetry: (ms) => dispatch({type: 'health-retry-scheduled', at: clock() + ms}),
    run: !health.open
      ? null
      : async (signal) => {
          const now = clock();
          // The spinner is for slow answers; a fast one would flash it.
          const slow = setTimeout(
            () => dispatch({type: 'health-requested', generation, now: clock()}),
            SPINNER_DELAY_MS,
          );
          // Twice the window: the window before it gives the failure rate's change.
          const since = now - 2 * windowMs(health.window);
          try {
            const sync = (from: HealthData | null) =>
              syncHealth(client, from, {
                since,
                cap: options.cap ?? DEFAULT_HEALTH_CAP,
                signal,
                onProgress: (partial) =>
                  signal.aborted ||
                  dispatch({type: 'health-progress', generation, data: partial, now: clock()}),
              });
            let data = await sync(health.data);
            if (signal.aborted) return;
            dispatch({type: 'health-loaded', generation, data, now: clock()});
            // A first load is its pages alone: the status lists (runs waiting in review
            // for days, stuck ones) come with a refresh soon after, not in 30 s.
            if (isFirstLoad(health.data) && !state.paused) {
              await delay(FIRST_REFRESH_MS, undefined, {signal});
              data = await sync(data);
              if (!signal.aborted)
                dispatch({type: 'health-loaded', generation, data, now: clock()});
            }
          } catch (error) {
            const apiError = toApiError(error);
            if (!signal.aborted)
              dispatch({type: 'health-failed', generation, error: apiError, now: clock()});
            throw apiError;
          } finally {
            clearTimeout(slow);
          }
        },
  });
}
