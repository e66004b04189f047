// The only stateful component: keys, timers and network results become actions for the
// reducer, and the views paint what the selectors hand them. Behaviour lives in state.ts.
import {useEffect, useMemo, useReducer, useRef} from 'react';
import {Box, useApp, useInput, useStdout} from 'ink';
import type {KnownStatus, RunPage, TableFlowClient} from '../domain/run.js';
import {footerHints, helpSections} from '../explorer/keymap/keymap.js';
import {bodyHeight, detailWidth, headerError} from '../explorer/layout.js';
import {attention, flowName, footerSearch, isLive} from '../explorer/selectors.js';
import {positionText, tickInterval} from '../explorer/selectors.js';
import {intervalText} from '../explorer/intervals.js';
import {initialState, modeOf} from '../explorer/state.js';
import {reduce} from '../explorer/reduce.js';
import {Body} from './app-body.js';
import {clockFace} from '../explorer/clock-texts.js';
import {useTheme} from './theme.js';
import {detailLines} from './views/detail-lines.js';
import {Footer} from './views/footer.js';
import {Header} from './views/header.js';
import {helpMaxScroll} from './views/help-overlay.js';
import {maxDetailScroll} from './views/run-detail.js';
import {useFeeds} from './hooks/use-feeds.js';
import type {Multiplexer} from '../terminal/codes.js';
import type {AlertSettings} from '../explorer/alerts.js';
import {useTerminalEffects, type TerminalControl} from './hooks/use-terminal-effects.js';

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
  /** Processing longer than this (ms) is flagged as stuck. */
  readonly stuckAfterMs?: number;
  /** `--bell` and `--notify`. */
  readonly alerts?: AlertSettings;
  /** Absolute times in UTC rather than the local zone. */
  readonly utc?: boolean;
  /** Drive links as OSC 8 hyperlinks. */
  readonly links?: boolean;
  /** tmux or screen around us, for wrapping clipboard and notification sequences. */
  readonly multiplexer?: Multiplexer;
  /** The runs page, when it arrived before the app started: the first frame shows it. */
  readonly firstPage?: RunPage;
  /** Where effects go (the screen); Ink's stream, with no suspend or redraw, when absent. */
  readonly terminal?: TerminalControl;
};

// A stream that is not a terminal has no size; lay out for the classic one.
function sizeOf(stdout: NodeJS.WriteStream): {columns: number; rows: number} {
  return {columns: stdout.columns || 80, rows: stdout.rows || 24};
}

/** The flow-run explorer. */
export function App(props: AppProps) {
  const {client, host, status, flowId, limit, intervalMs, now, onExit} = props;
  const {stuckAfterMs, alerts, utc, multiplexer = null, firstPage} = props;
  const clock = now ?? Date.now;
  const {stdout} = useStdout();
  const {exit} = useApp();
  const theme = useTheme();
  const [state, dispatch] = useReducer(reduce, undefined, () => {
    const now = clock();
    const initial = initialState({
      status,
      flowId,
      limit,
      ...sizeOf(stdout),
      now,
      intervalMs,
      stuckAfterMs,
      alerts,
      utc,
    });
    // Already here: one frame with data instead of an empty one and a second soon after.
    return firstPage === undefined
      ? initial
      : reduce(initial, {
          type: 'runs-loaded',
          generation: initial.generation,
          page: firstPage,
          now,
        });
  });
  const streamTerminal = useMemo(
    (): TerminalControl => ({
      write: (bytes) => void stdout.write(bytes),
      suspend() {},
      redraw() {},
    }),
    [stdout],
  );
  useTerminalEffects(state.effects, props.terminal ?? streamTerminal, multiplexer);

  useEffect(() => {
    const resized = () => dispatch({type: 'resized', ...sizeOf(stdout)});
    stdout.on('resize', resized);
    return () => {
      stdout.off('resize', resized);
    };
  }, [stdout]);

  const tickMs = tickInterval(state);
  const shown = useRef(state);
  useEffect(() => {
    shown.current = state;
  });
  useEffect(() => {
    const timer = setInterval(() => {
      const now = clock();
      // A tick that changes nothing visible would still cost a whole frame in Ink.
      const face = clockFace(shown.current, shown.current.now);
      if (clockFace(shown.current, now) !== face) dispatch({type: 'tick', now});
    }, tickMs);
    return () => clearInterval(timer);
  }, [tickMs, clock]);

  useFeeds({client, state, dispatch, intervalMs: state.intervalMs, clock, firstPage});

  useInput((input, key) => dispatch({type: 'press', input, key}));
  useEffect(() => {
    if (!state.quit) return;
    onExit?.(0);
    exit();
  }, [state.quit, onExit, exit]);

  const detail = state.detail;
  const width = detailWidth(state);
  const height = bodyHeight(state);
  // Not keyed on the scroll: a key that scrolls must not lay the whole run out again.
  const row = detail?.row ?? null;
  const fetched = detail?.run ?? null;
  const failure = detail?.error ?? null;
  const lines = useMemo(
    () =>
      row === null
        ? []
        : detailLines({
            run: row,
            detail: fetched,
            flowName: state.flowNames.get(row.flowId) ?? null,
            now: state.now,
            width,
            loading: fetched === null && failure === null,
            error: failure?.message ?? null,
            symbols: theme.symbols,
            utc: state.utc,
            stuckAfterMs: state.stuckAfterMs,
            links: props.links === true,
          }),
    [
      row,
      fetched,
      failure,
      state.flowNames,
      state.now,
      width,
      theme.symbols,
      state.utc,
      state.stuckAfterMs,
      props.links,
    ],
  );
  const maxScroll = maxDetailScroll(lines.length, height);
  useEffect(() => dispatch({type: 'detail-measured', maxScroll}), [maxScroll]);
  const helpScroll = state.help ? helpMaxScroll(helpSections(), state.columns, height) : 0;
  useEffect(() => dispatch({type: 'help-measured', maxScroll: helpScroll}), [helpScroll]);

  const error = headerError(state);
  return (
    // Clipped vertically only: every line is already cut to the width, and horizontal
    // clipping makes Ink slice and measure each line of each frame again.
    <Box flexDirection="column" width={state.columns} height={state.rows - 1} overflowY="hidden">
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
        interval={intervalText(state.intervalMs)}
        live={isLive(state)}
        attention={attention(state)}
        search={state.search === null || state.search.editing ? null : state.search.query}
      />
      <Body state={state} host={host} lines={lines} height={height} />
      <Footer
        position={positionText(state)}
        hints={footerHints(modeOf(state))}
        width={state.columns}
        message={state.message}
        search={footerSearch(state)}
      />
    </Box>
  );
}
