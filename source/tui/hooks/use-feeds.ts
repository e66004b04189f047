// The things the explorer keeps fetching, each a non-overlapping poll loop whose results
// become actions: the runs page (restarted whenever the reducer starts a new generation),
// the needs-attention counts, the flow names (rarely), and single runs (use-detail-feeds).
import {useEffect, useState, type Dispatch} from 'react';
import {toApiError} from '../../api/errors.js';
import type {RunPage, TableFlowClient} from '../../domain/run.js';
import {runsQuery} from '../../explorer/selectors.js';
import type {Action} from '../../explorer/actions.js';
import type {State} from '../../explorer/state.js';
import {createUnchangedPages, SPINNER_DELAY_MS} from './unchanged-pages.js';
import {useDetailFeeds} from './use-detail-feeds.js';
import {usePolling} from './use-polling.js';
import type {FrameClock} from './use-clock.js';
import {useFlowCounts} from './use-flow-counts.js';
import {namedChoices} from '../../explorer/flow-choices.js';

// Flow names rarely change; one look every ten minutes keeps new flows named.
const FLOWS_INTERVAL_MS = 10 * 60_000;
/** The needs-attention counts (two `limit=1` requests) are refreshed at this slower pace. */
export const COUNTS_INTERVAL_MS = 30_000;

/** What the feeds need from the app. */
export type FeedsOptions = {
  readonly client: TableFlowClient;
  readonly state: State;
  readonly dispatch: Dispatch<Action>;
  /** Auto-refresh interval; 0 means manual refresh (r) only. */
  readonly intervalMs: number;
  readonly clock: () => number;
  /** The page the reducer started with, if any: the same answer again is no news. */
  readonly firstPage?: RunPage | undefined;
  /** The clock whose frames background refreshes share; absent: shown at once. */
  readonly frames?: FrameClock;
};

/** Keeps the runs page, the open detail and the flow names coming. */
export function useFeeds(options: FeedsOptions): void {
  const {client, state, dispatch, intervalMs, clock, firstPage, frames} = options;
  // The health view has its own feed; the list waits under it and catches up on return.
  const auto = !state.paused && intervalMs > 0 && !state.health.open;
  const {generation} = state;
  const query = runsQuery(state);
  const [unchanged] = useState(() => {
    const feed = createUnchangedPages();
    if (firstPage !== undefined) feed.told(0, firstPage);
    return feed;
  });
  const tellSpared = (): void => {
    const spared = unchanged.takeSpared();
    if (spared === null) return;
    unchanged.told(spared.generation, spared.page);
    dispatch({
      type: 'runs-loaded',
      generation: spared.generation,
      page: spared.page,
      now: spared.at,
    });
  };
  usePolling({
    key: generation,
    intervalMs,
    auto,
    onRetry: (ms) => dispatch({type: 'retry-scheduled', at: clock() + ms}),
    run: async (signal) => {
      // The spinner is for slow answers; a fast one would flash it and repaint twice.
      let shown = false;
      const slow = setTimeout(() => {
        shown = true;
        dispatch({type: 'runs-requested', generation, now: clock()});
      }, SPINNER_DELAY_MS);
      try {
        const page = await client.listRuns(query, signal);
        if (signal.aborted) return;
        // A repeat is news while an error shows: it is the recovery that clears the banner.
        if (!shown && state.error === null && unchanged.repeats(generation, page)) {
          unchanged.spare({generation, page, at: clock()});
          return;
        }
        // A background refresh is shown with the clock's next second (at most a second
        // late), in the frame the clock draws anyway; the first page of a new view at once.
        const refresh = !shown && state.error === null && unchanged.heard(generation);
        unchanged.told(generation, page);
        const loaded: Action = {type: 'runs-loaded', generation, page, now: clock()};
        if (!(refresh && intervalMs >= 1000 && frames?.atNextTick(loaded) === true))
          dispatch(loaded);
      } catch (error) {
        const apiError = toApiError(error);
        if (!signal.aborted) {
          tellSpared();
          dispatch({type: 'runs-failed', generation, error: apiError, now: clock()});
        }
        throw apiError;
      } finally {
        clearTimeout(slow);
      }
    },
  });
  // Paused, the header shows the data's age again: it must count from the last reply.
  useEffect(() => {
    if (!auto) tellSpared();
  });

  useDetailFeeds({client, state, dispatch, intervalMs, auto, clock});

  // Counts follow the flow filter, not the status tab or the page: they are about the
  // whole flow. With manual refresh, r (a new generation) asks for them again too.
  const countsFlow = state.flowId;
  usePolling({
    // Another profile (a new session) is another workspace: its counts at once.
    key: `counts#${state.session}#${countsFlow ?? ''}#${intervalMs > 0 ? '' : generation}`,
    intervalMs: COUNTS_INTERVAL_MS,
    auto,
    run: async (signal) => {
      const count = async (status: 'review' | 'failed') =>
        (
          await client.listRuns(
            {status, flowId: countsFlow ?? undefined, limit: 1, offset: 0},
            signal,
          )
        ).pagination.total;
      const [review, failed] = await Promise.all([count('review'), count('failed')]);
      if (!signal.aborted) dispatch({type: 'counts-loaded', flowId: countsFlow, review, failed});
    },
  });

  // Sorting 100,000 flow names by locale takes a few hundred ms: it is done when the names
  // change, after the frame that shows them, not when f is pressed.
  const {flowNames} = state;
  useEffect(() => {
    const timer = setTimeout(() => namedChoices(flowNames), 0);
    return () => clearTimeout(timer);
  }, [flowNames]);

  useFlowCounts(client, state, dispatch, clock);

  usePolling({
    key: `flows#${state.session}`,
    intervalMs: FLOWS_INTERVAL_MS,
    auto: true,
    run: async (signal) => {
      const flows = await client.listFlows(signal);
      if (!signal.aborted) dispatch({type: 'flows-loaded', flows});
    },
  });
}
