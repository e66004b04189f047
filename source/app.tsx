// The only stateful component: keys, timers and network results become actions for the
// reducer, and the views paint what the selectors hand them. Behaviour lives in state.ts.
import {useEffect, useMemo, useReducer} from 'react';
import {Box, useApp, useInput, useStdout} from 'ink';
import {toApiError} from './api/errors.js';
import {isFinished} from './domain.js';
import type {KnownStatus, TableFlowClient} from './domain.js';
import {footerHints} from './keymap.js';
import {bodyHeight, flowName, headerError, isWide, paneWidths} from './selectors.js';
import {positionText, runsQuery, tickInterval} from './selectors.js';
import {initialState, modeOf, reduce} from './state.js';
import {Body} from './app-body.js';
import {useTheme} from './theme.js';
import {detailLines} from './ui/detail-lines.js';
import {Footer} from './ui/footer.js';
import {Header} from './ui/header.js';
import {maxDetailScroll} from './ui/run-detail.js';
import {usePolling} from './use-polling.js';

/** Props of the explorer. */
export type AppProps = {
  readonly client: TableFlowClient;
  /** The API host, shown in the header (never the key). */
  readonly host: string;
  readonly status?: KnownStatus;
  readonly flowId?: string;
  readonly limit: number;
  readonly intervalMs: number;
  /** The clock; tests pass a fixed one. */
  readonly now?: () => number;
  /** Called with the exit code when the user quits. */
  readonly onExit?: (code: number) => void;
};

// Flow names rarely change; one look every ten minutes keeps new flows named.
const FLOWS_INTERVAL_MS = 10 * 60_000;

/** The flow-run explorer. */
export function App({client, host, status, flowId, limit, intervalMs, now, onExit}: AppProps) {
  const clock = now ?? Date.now;
  const {stdout} = useStdout();
  const {exit} = useApp();
  const theme = useTheme();
  const [state, dispatch] = useReducer(reduce, undefined, () =>
    initialState({status, flowId, limit, columns: stdout.columns, rows: stdout.rows, now: clock()}),
  );

  useEffect(() => {
    const resized = () => dispatch({type: 'resized', columns: stdout.columns, rows: stdout.rows});
    stdout.on('resize', resized);
    return () => {
      stdout.off('resize', resized);
    };
  }, [stdout]);

  const tickMs = tickInterval(state);
  useEffect(() => {
    const timer = setInterval(() => dispatch({type: 'tick', now: clock()}), tickMs);
    return () => clearInterval(timer);
  }, [tickMs, clock]);

  // An interval of 0 means manual refresh: r only.
  const auto = !state.paused && intervalMs > 0;
  const {generation} = state;
  const query = runsQuery(state);
  usePolling({
    key: generation,
    intervalMs,
    auto,
    onRetry: (ms) => dispatch({type: 'retry-scheduled', at: clock() + ms}),
    run: async (signal) => {
      dispatch({type: 'runs-requested', generation, now: clock()});
      try {
        const page = await client.listRuns(query, signal);
        if (!signal.aborted) dispatch({type: 'runs-loaded', generation, page, now: clock()});
      } catch (error) {
        const apiError = toApiError(error);
        if (!signal.aborted)
          dispatch({type: 'runs-failed', generation, error: apiError, now: clock()});
        throw apiError;
      }
    },
  });

  const detail = state.detail;
  const detailId = detail?.id ?? null;
  usePolling({
    key: detailId ?? '',
    intervalMs,
    auto: auto && !(detail?.run != null && isFinished(detail.run.status)),
    run:
      detailId === null
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

  usePolling({
    key: 'flows',
    intervalMs: FLOWS_INTERVAL_MS,
    auto: true,
    run: async (signal) => {
      const flows = await client.listFlows(signal);
      if (!signal.aborted) dispatch({type: 'flows-loaded', flows});
    },
  });

  useInput((input, key) => dispatch({type: 'press', input, key}));
  useEffect(() => {
    if (!state.quit) return;
    onExit?.(0);
    exit();
  }, [state.quit, onExit, exit]);

  const detailWidth = paneWidths(state).detail - (isWide(state) ? 2 : 0);
  const height = bodyHeight(state);
  const lines = useMemo(
    () =>
      detail === null
        ? []
        : detailLines({
            run: detail.row,
            detail: detail.run,
            flowName: state.flowNames.get(detail.row.flowId) ?? null,
            now: state.now,
            width: detailWidth,
            loading: detail.run === null && detail.error === null,
            error: detail.error?.message ?? null,
            symbols: theme.symbols,
          }),
    [detail, state.flowNames, state.now, detailWidth, theme.symbols],
  );
  const maxScroll = maxDetailScroll(lines.length, height);
  useEffect(() => dispatch({type: 'detail-measured', maxScroll}), [maxScroll]);

  const error = headerError(state);
  return (
    <Box flexDirection="column" width={state.columns} height={state.rows - 1}>
      <Header
        host={host}
        status={state.filter === 'all' ? null : state.filter}
        flowName={state.flowId === null ? null : flowName(state, state.flowId)}
        loading={state.requestedAt !== null}
        paused={state.paused}
        updatedAt={state.loadedAt}
        error={error === null ? null : {message: error.message, retryAt: error.retryAt}}
        now={state.now}
        width={state.columns}
      />
      <Body state={state} host={host} lines={lines} height={height} />
      <Footer
        position={positionText(state)}
        hints={footerHints(modeOf(state))}
        width={state.columns}
      />
    </Box>
  );
}
