// Runs the explorer full screen and gives the terminal back exactly as it was, whichever
// way the session ends: q or Ctrl-C (0), SIGTERM/SIGHUP/SIGINT (128 + signal), or a crash
// (the error is rethrown once the screen is restored, so it can be read). Ctrl-Z and
// SIGTSTP hand the terminal to the shell and stop; `fg` (SIGCONT) takes it back. Mouse
// reporting goes on and off with the screen, so every one of these paths turns it off.
import {constants} from 'node:os';
import {render} from 'ink';
import {App, type AppProps} from './app.js';
import {serialClient} from '../api/serial.js';
import {toAscii} from '../text/ascii.js';
import {mouseInput} from '../terminal/mouse-input.js';
import {ownScreen} from '../terminal/renderer/screen.js';
import {ThemeContext, type Theme} from './theme.js';
import type {ProfileSwitcher} from './hooks/use-profile-switch.js';

/** What `runTui` needs: the app's props, less the clock and the hooks it owns, plus a theme. */
export type TuiOptions = Omit<AppProps, 'now' | 'onExit' | 'terminal' | 'mouse'> & {
  /** Colour and symbols (NO_COLOR, --ascii), decided by the CLI; the environment's when absent. */
  readonly theme?: Theme;
  /** Mouse reporting (wheel, clicks); on unless false (`--no-mouse`). */
  readonly mouse?: boolean;
};

/** The streams `runTui` uses; tests pass their own. */
export type TuiStreams = {
  readonly stdin: NodeJS.ReadStream;
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
};

// No frame throttle: with one, a key pressed just after a clock tick or a refresh waited
// out the rest of the window (50 ms at 20 fps: every twelfth Down on a long list). React
// already batches each event's updates into one commit, and the screen sends only the
// cells that changed, so an unthrottled frame costs little on the wire.
const MAX_FPS = 0;

const SIGNALS = ['SIGTERM', 'SIGHUP', 'SIGINT', 'SIGQUIT'] as const;

// Node reads the window size only on SIGWINCH, which a stopped process never sees: a pane
// resized while we were suspended would otherwise be drawn at its old size after `fg`.
const refreshSize = (stdout: NodeJS.WriteStream): void =>
  (stdout as {_refreshSize?: () => void})._refreshSize?.();

const serially = (switcher: ProfileSwitcher): ProfileSwitcher => ({
  ...switcher,
  connect: async (name) => {
    const result = await switcher.connect(name);
    return 'client' in result ? {...result, client: serialClient(result.client)} : result;
  },
});

/** Runs the TUI until the user quits or a signal arrives; resolves the exit code. */
export function runTui(options: TuiOptions, streams?: TuiStreams): Promise<number> {
  const {stdin, stdout, stderr} = streams ?? {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
  };
  const fullScreen = stdout.isTTY === true;
  const ascii = options.theme?.ascii === true;
  // The mouse needs a screen of our own and a terminal to report from; its reports are
  // taken out of stdin before Ink reads it (terminal/mouse-input.ts).
  const {theme, mouse: mouseWanted, ...appOptions} = options;
  const mouse = mouseWanted !== false && fullScreen && stdin.isTTY === true;
  const screen = ownScreen(stdout, {...(ascii ? {transform: toAscii} : {}), mouse});
  const input = mouse ? mouseInput(stdin) : null;
  const setRaw = (on: boolean): void => {
    try {
      if (stdin.isTTY === true) stdin.setRawMode(on);
    } catch {
      // A terminal that is gone has no mode left to set.
    }
  };
  // Raw mode before the first frame: Ink turns it on only in an effect after mounting,
  // and with the first page prefetched the list is on screen before that. A key typed in
  // that window (typing ahead over SSH) would be echoed by the terminal in cooked mode.
  setRaw(true);
  if (fullScreen) screen.enter();

  // Back from a stop: raw mode first (in the background that stops us again, as it should),
  // then the screen, in full, at whatever size the pane has now.
  const resume = (): void => {
    setRaw(true);
    refreshSize(stdout);
    screen.enter();
  };
  const onContinue = (): void => {
    if (fullScreen) resume();
  };
  const onStop = (): void => {
    if (!fullScreen || !screen.owned()) return;
    screen.leave();
    setRaw(false);
    // Without a listener SIGTSTP takes its default action, stopping the process; when that
    // is refused (an orphaned process group, no shell to come back to), carry on at once.
    process.off('SIGTSTP', onStop);
    process.kill(process.pid, 'SIGTSTP');
    process.on('SIGTSTP', onStop);
    setImmediate(() => {
      if (!screen.owned()) resume();
    });
  };

  return new Promise<number>((resolve, reject) => {
    let restored = false;
    const restore = (): void => {
      if (restored) return;
      restored = true;
      // Still inside the signal's dispatch, signal-exit (used by Ink) would see no other
      // listener and re-raise the signal, killing us before the caller cleans up.
      setImmediate(() => {
        for (const signal of SIGNALS) process.off(signal, onSignal);
      });
      process.off('SIGTSTP', onStop);
      process.off('SIGCONT', onContinue);
      process.off('uncaughtException', onCrash);
      process.off('unhandledRejection', onCrash);
      stdin.off('end', onHangUp);
      // The screen is given back first, so the frame Ink draws as it unmounts never
      // reaches the shell's screen. Raw mode is turned off here too, because a crash may
      // have left Ink unable to do it. Nothing may stop the rest.
      screen.close();
      try {
        instance.unmount();
      } catch {
        // A crashed tree can fail to unmount; the terminal is already restored.
      }
      input?.close();
      setRaw(false);
    };
    const finish = (code: number): void => {
      restore();
      resolve(code);
    };
    const onSignal = (signal: NodeJS.Signals): void => {
      finish(128 + (constants.signals[signal] ?? 0));
    };
    const onCrash = (error: unknown): void => {
      restore();
      reject(error);
    };
    // A raw-mode terminal never sends end-of-file (Ctrl-D is a key), so the end of stdin
    // means the terminal has gone (SSH dropped): the same as the SIGHUP that may follow.
    const onHangUp = (): void => finish(128 + constants.signals.SIGHUP);
    stdin.on('end', onHangUp);
    for (const signal of SIGNALS) process.on(signal, onSignal);
    process.on('SIGTSTP', onStop);
    process.on('SIGCONT', onContinue);
    process.on('uncaughtException', onCrash);
    process.on('unhandledRejection', onCrash);

    let code = 0;
    const app = (
      <App
        {...appOptions}
        client={serialClient(options.client)}
        // A profile's client is queued like the first one.
        {...(appOptions.profiles === undefined ? {} : {profiles: serially(appOptions.profiles)})}
        onExit={(exitCode) => {
          code = exitCode;
        }}
        terminal={{
          write: screen.write,
          suspend: onStop,
          redraw: screen.repaint,
          draw: screen.draw,
        }}
        {...(input === null ? {} : {mouse: input.subscribe})}
      />
    );
    const instance = render(
      theme === undefined ? (
        app
      ) : (
        <ThemeContext.Provider value={theme}>{app}</ThemeContext.Provider>
      ),
      {
        stdin: input?.stdin ?? stdin,
        // Ink renders into the screen, which draws what changed (see terminal/renderer/screen.ts).
        stdout: fullScreen ? screen.stdout : stdout,
        stderr,
        exitOnCtrlC: false,
        patchConsole: false,
        // The screen positions every row itself; Ink's incremental mode would only add
        // relative moves for it to drop.
        incrementalRendering: false,
        maxFps: MAX_FPS,
      },
    );
    instance.waitUntilExit().then(
      () => finish(code),
      (error: unknown) => onCrash(error),
    );
  });
}
