// Two signals whose default handling hurts a process that holds the API key.
//
// SIGUSR1: Node's native handler opens the inspector on 127.0.0.1:9229, where any local
// user can attach and run code inside this process, and it prints "Debugger listening…"
// over the UI. Node 20 has no --disable-sigusr1 (22.14 and 23.7 do), and a flag could
// not travel in the `#!/usr/bin/env node` line anyway; but a JS listener makes libuv
// install its own handler in place of the inspector's, so listening and doing nothing is
// enough (checked against the built CLI by test/e2e/signals.test.ts). The listener stays
// for the life of the process: without any, libuv restores the default action, which
// terminates.
//
// SIGQUIT: its default action dumps core (a core holds the key) and skips restoring the
// terminal. Commands that own the terminal or a loop (the UI, watch) listen for it and end
// as they do on SIGTERM, with 131 (128 + 3); for the others this listener ends the
// process with 131 at once, without a core.
//
// Imported first by main.tsx, so both hold before the rest of the program runs (Node's own
// start-up, some tens of ms, comes before any of our code can).
import {exitProcess} from '../terminal/hangup.js';

/** The exit code after SIGQUIT, as a shell reports a process it ended: 128 + 3. */
export const SIGQUIT_EXIT = 131;

// Should the command that listens too not end the process, this still does.
const BACKSTOP_MS = 3_000;

/** Installs both listeners on `proc`. */
export function guardSignals(proc: NodeJS.Process = process): void {
  proc.on('SIGUSR1', () => {});
  proc.on('SIGQUIT', () => {
    if (proc.listenerCount('SIGQUIT') === 1) return exitProcess(SIGQUIT_EXIT);
    setTimeout(() => exitProcess(SIGQUIT_EXIT), BACKSTOP_MS).unref();
  });
}

guardSignals();
