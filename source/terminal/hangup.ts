// When the terminal disappears (SSH dropped without tmux, a tmux pane killed), the pty's
// master closes: reads give EOF, writes fail with EIO and SIGHUP arrives. Node 20 then
// aborts in its own exit path: on exit it restores the tty's settings with tcsetattr,
// and a dead tty makes that fail a CHECK, so the process dies by SIGABRT and may dump
// core (nodejs/node#51519, fixed by nodejs/node#58200 in later lines only). The way out
// is not to exit through Node at all once the terminal is gone: SIGHUP's default action
// ends the process at once, with the status a shell reports as 129, and there is no
// terminal left to restore anyway.
import {writeSync} from 'node:fs';

/** The parts of `process` `exitProcess` uses; tests pass their own. */
export type ExitingProcess = {
  readonly pid: number;
  readonly exit: (code: number) => void;
  readonly kill: (pid: number, signal: NodeJS.Signals) => void;
  readonly removeAllListeners: (event: 'SIGHUP') => unknown;
};

/** The standard descriptors Node restores on exit because they were terminals. */
const STDIO = [0, 1, 2] as const;

/**
 * True when one of the standard descriptors is a terminal that has hung up. An empty
 * write reaches the tty driver, which answers EIO once the other end is gone; it prints
 * nothing on a live one, a pipe or a file. Other errors (EBADF on a read-only stdin) are
 * not a hang-up. (`isatty` cannot tell: on a hung-up tty it answers false.)
 */
export function terminalHungUp(fds: readonly number[] = STDIO): boolean {
  return fds.some((fd) => {
    try {
      writeSync(fd, '');
      return false;
    } catch (error) {
      return (error as {code?: unknown}).code === 'EIO';
    }
  });
}

/**
 * Ends the process with `code`; when the terminal has hung up, by SIGHUP's default
 * action instead, so Node never tries to reset a dead tty (see above).
 */
export function exitProcess(
  code: number,
  proc: ExitingProcess = process,
  hungUp: () => boolean = terminalHungUp,
): void {
  if (hungUp()) {
    // Without listeners Node puts SIGHUP back to its default action: terminate.
    proc.removeAllListeners('SIGHUP');
    proc.kill(proc.pid, 'SIGHUP');
    // Should the signal somehow not end us, SIGKILL cannot fail; the timer also keeps the
    // event loop from emptying, which would exit through Node's path after all.
    setTimeout(() => proc.kill(proc.pid, 'SIGKILL'), 1000);
    return;
  }
  proc.exit(code);
}
