// The only stateful component: keys, timers and network results become actions for the
// reducer (explorer/reduce.ts), and the views paint what the selectors hand them.
import {useEffect, useMemo, useReducer} from 'react';
import {Box, useApp, useInput, useStdout} from 'ink';
import type {KnownStatus, RunPage, TableFlowClient} from '../domain/run.js';
import type {AlertSettings} from '../explorer/alerts.js';
import {footerHints} from '../explorer/keymap/keymap.js';
import {healthBodyHeight} from '../explorer/health-layout.js';
import {healthPosition} from '../explorer/health-selectors.js';
import {bodyHeight} from '../explorer/layout.js';
import {reduce} from '../explorer/reduce.js';
import {shownRuns} from '../explorer/matches.js';
import {attention, footerSearch, positionText} from '../explorer/selectors.js';
import {modeOf} from '../explorer/state.js';
import {pagePromptText} from '../explorer/pages.js';
import type {Multiplexer} from '../terminal/codes.js';
import {Body} from './app-body.js';
import {startState} from './start-state.js';
import {useClock} from './hooks/use-clock.js';
import {useFeeds} from './hooks/use-feeds.js';
import {useHealthFeed} from './hooks/use-health.js';
import {headerProps} from './header-props.js';
import {useMouse, type MouseSource} from './hooks/use-mouse.js';
import {useProfileSwitch, type ProfileSwitcher} from './hooks/use-profile-switch.js';
import {usePaneLines} from './hooks/use-pane-lines.js';
import {useTerminalEffects, type TerminalControl} from './hooks/use-terminal-effects.js';
import {useTheme} from './theme.js';
import {Footer} from './views/footer.js';
import {GotoBar} from './views/goto-bar.js';
import {Header} from './views/header.js';

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
  /** The view to open on (`--view`). */
  readonly view?: 'list' | 'health';
  /** Mouse reports (wheel, clicks); absent with `--no-mouse` or without a terminal. */
  readonly mouse?: MouseSource;
  /** The config's profiles for `P`, and how to connect to one; absent: none. */
  readonly profiles?: ProfileSwitcher;
};

// A stream that is not a terminal has no size; lay out for the classic one.
function sizeOf(stdout: NodeJS.WriteStream): {columns: number; rows: number} {
  return {columns: stdout.columns || 80, rows: stdout.rows || 24};
}

/** The flow-run explorer. */
export function App(props: AppProps) {
  const {now, onExit, profiles, multiplexer = null, firstPage} = props;
  const clock = now ?? Date.now;
  const {stdout} = useStdout();
  const {exit} = useApp();
  const theme = useTheme();
  const [state, dispatch] = useReducer(reduce, undefined, () =>
    startState(props, sizeOf(stdout), clock()),
  );
  useTerminalEffects(state.effects, props.terminal ?? null, multiplexer);
  useEffect(() => {
    const resized = () => dispatch({type: 'resized', ...sizeOf(stdout)});
    stdout.on('resize', resized);
    return () => void stdout.off('resize', resized);
  }, [stdout]);

  const {client, host} = useProfileSwitch(state, dispatch, clock, props, profiles);
  const frames = useClock(state, dispatch, clock, props.terminal?.draw);
  useFeeds({
    client,
    state,
    dispatch,
    intervalMs: state.intervalMs,
    clock,
    firstPage,
    frames,
  });
  useHealthFeed({client, state, dispatch, clock});

  useInput((input, key) => dispatch({type: 'press', input, key}));
  useMouse(props.mouse, dispatch, clock);
  useEffect(() => {
    if (!state.quit) return;
    onExit?.(0);
    exit();
  }, [state.quit, onExit, exit]);

  const lines = usePaneLines(state, dispatch, theme.symbols, props.links === true);
  const height = state.health.open ? healthBodyHeight(state) : bodyHeight(state);
  // Each view gets the same props until what it shows changes, so a clock tick renders
  // the rows that count seconds and nothing else (the views are memoised).
  const {counts, unseen, flowId: shownFlow, search, runs} = state;
  const needs = useMemo(
    () => attention({counts, unseen, flowId: shownFlow}),
    [counts, unseen, shownFlow],
  );
  const matches = search === null ? 0 : shownRuns(state).length;
  const bar = useMemo(() => footerSearch({search, runs, matches}), [search, runs, matches]);
  return (
    // Clipped vertically only: every line is already cut to the width, and horizontal
    // clipping makes Ink slice and measure each line of each frame again.
    <Box flexDirection="column" width={state.columns} height={state.rows - 1} overflowY="hidden">
      <Header
        {...headerProps(
          state,
          state.profiles.current === null ? host : `${state.profiles.current} (${host})`,
          needs,
        )}
      />
      <Body state={state} host={host} lines={lines} height={height} clock={frames} />
      {state.goto === null ? (
        <Footer
          position={state.health.open ? healthPosition(state) : positionText(state)}
          hints={footerHints(modeOf(state))}
          width={state.columns}
          message={state.message}
          search={bar}
          prompt={state.pageInput === null ? null : pagePromptText(state)}
        />
      ) : (
        <GotoBar goto={state.goto} hints={footerHints('goto')} width={state.columns} />
      )}
    </Box>
  );
}
