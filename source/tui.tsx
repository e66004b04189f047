// Runs the explorer full screen and gives the terminal back exactly as it was, whichever
// way the session ends: q or Ctrl-C (0), SIGTERM/SIGHUP/SIGINT (128 + signal), or a crash
// (the error is rethrown once the screen is restored, so it can be read).
import {constants} from 'node:os';
import {render} from 'ink';
import {App, type AppProps} from './app.js';
import {serialClient} from './api/serial.js';
import {asciiStdout} from './ascii-stdout.js';
import {diffingStdout} from './diffing-stdout.js';
import {ThemeContext, type Theme} from './theme.js';

/** What `runTui` needs: the app's props, less the clock and exit hook it owns, plus a theme. */
export type TuiOptions = Omit<AppProps, 'now' | 'onExit'> & {
  /** Colour and symbols (NO_COLOR, --ascii), decided by the CLI; the environment's when absent. */
  readonly theme?: Theme;
};

/** The streams `runTui` uses; tests pass their own. */
export type TuiStreams = {
  readonly stdin: NodeJS.ReadStream;
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
};

// Ink 6.8 has no alternate-screen option. 1049 also saves and restores the cursor
// position, so the shell prompt comes back where it was.
const ENTER_ALTERNATE_SCREEN = '\x1b[?1049h\x1b[H';
const LEAVE_ALTERNATE_SCREEN = '\x1b[?1049l';
const SHOW_CURSOR = '\x1b[?25h';
// No frame throttle: with one, a key pressed just after a clock tick or a refresh waited
// out the rest of the window (50 ms at 20 fps: every twelfth Down on a long list). React
// already batches each event's updates into one commit, and diffingStdout sends only the
// cells that changed, so an unthrottled frame costs little on the wire.
const MAX_FPS = 0;

const SIGNALS = ['SIGTERM', 'SIGHUP', 'SIGINT', 'SIGQUIT'] as const;

/** Runs the TUI until the user quits or a signal arrives; resolves the exit code. */
export function runTui(options: TuiOptions, streams?: TuiStreams): Promise<number> {
  const {stdin, stdout, stderr} = streams ?? {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
  };
  const fullScreen = stdout.isTTY === true;
  // Raw mode before the first frame: Ink turns it on only in an effect after mounting,
  // and with the first page prefetched the list is on screen before that. A key typed in
  // that window (typing ahead over SSH) would be echoed by the terminal in cooked mode: a
  // newline scrolls the whole screen and every later frame lands a row off.
  if (stdin.isTTY === true) stdin.setRawMode(true);
  if (fullScreen) stdout.write(ENTER_ALTERNATE_SCREEN);

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
      process.off('uncaughtException', onCrash);
      process.off('unhandledRejection', onCrash);
      stdin.off('end', onHangUp);
      // Unmounting shows the cursor and turns raw mode off; both are repeated here
      // because a crash may have left Ink unable to do it. Neither may stop the rest.
      try {
        instance.unmount();
      } catch {
        // A crashed tree can fail to unmount; the writes below still restore the screen.
      }
      try {
        if (stdin.isTTY === true) stdin.setRawMode(false);
      } catch {
        // A terminal that is gone has no mode left to restore.
      }
      if (fullScreen) stdout.write(SHOW_CURSOR + LEAVE_ALTERNATE_SCREEN);
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
    process.on('uncaughtException', onCrash);
    process.on('unhandledRejection', onCrash);

    let code = 0;
    const {theme, ...appOptions} = options;
    const app = (
      <App
        {...appOptions}
        client={serialClient(options.client)}
        onExit={(exitCode) => {
          code = exitCode;
        }}
      />
    );
    const terminal = theme?.ascii === true ? asciiStdout(stdout) : stdout;
    const instance = render(
      theme === undefined ? (
        app
      ) : (
        <ThemeContext.Provider value={theme}>{app}</ThemeContext.Provider>
      ),
      {
        stdin,
        // Only the changed cells of each frame reach the terminal (see diffing-stdout.ts).
        stdout: fullScreen ? diffingStdout(terminal) : terminal,
        stderr,
        exitOnCtrlC: false,
        patchConsole: false,
        // Ink 6.8.0's incremental renderer moves up one line too few when the frame is
        // shorter than the terminal (which ours always is), so every update lands a row
        // low; it also skips the repaint after some resizes (ink#1023). The standard
        // renderer's full rewrites are correct, and diffingStdout cuts them down to the
        // cells that changed.
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
