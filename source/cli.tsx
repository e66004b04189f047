// The entry point: read the config file, parse argv and the environment, pick a mode, run
// it, exit with its code. This is the only place that touches `process` (argv, env, exit,
// signals, the home directory), so every command below it stays testable with injected
// streams, clocks and files.

import {homedir} from 'node:os';
import pkg from '../package.json' with {type: 'json'};
import {loadConfig} from './config/load.js';
import {cacheDir, configFile} from './config/paths.js';
import {openSession} from './commands/open-session.js';
import {helpText} from './commands/help.js';
import {runList} from './commands/list.js';
import {errorLine, isBrokenPipe, scrub, write} from './commands/output.js';
import {runShow} from './commands/show.js';
import {runSimulate} from './commands/simulate.js';
import {runStatusLine} from './commands/status-line.js';
import {textStyling} from './commands/terminal.js';
import {runWatch} from './commands/watch.js';
import {parseCli, type CliResult} from './options.js';
import {runTui} from './tui.js';

const {stdout, stderr, env} = process;
const home = env.HOME !== undefined && env.HOME !== '' ? env.HOME : homedir();

// `tableflow-runs list | head` closes the pipe early; that is the reader's choice, not
// a failure worth a stack trace.
stdout.on('error', (error) => process.exit(isBrokenPipe(error) ? 0 : 1));
// With stderr gone there is nowhere left to report anything; carry on with the exit code.
stderr.on('error', () => {});

// Commands that never read the config: a broken file must not stop `--help` or `simulate`.
// Anything else (a usage error included, which may only be the missing profile's fault)
// reports the file's problem first.
const CONFIG_FREE: readonly CliResult['mode'][] = ['help', 'version', 'simulate'];

// The status line must come back fast inside tmux even when the API hangs.
const STATUS_LINE_TIMEOUT_MS = 5_000;

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const tty = stdout.isTTY === true;
  const loaded = loadConfig(configFile(env, home), home);
  const command = loaded.ok
    ? parseCli(argv, env, tty, loaded)
    : parseCli(argv, env, tty, {path: '', config: null});
  if (!loaded.ok && !CONFIG_FREE.includes(command.mode)) {
    await write(stderr, errorLine(loaded.message));
    return 2;
  }
  if (loaded.ok && command.mode !== 'help' && command.mode !== 'version') {
    for (const warning of loaded.warnings) await write(stderr, errorLine(`warning: ${warning}`));
  }
  switch (command.mode) {
    case 'help':
      await write(stdout, helpText());
      return 0;
    case 'version':
      await write(stdout, `tableflow-runs ${pkg.version}\n`);
      return 0;
    case 'usage-error':
      await write(stderr, errorLine(command.message));
      return 2;
    case 'simulate':
      return runSimulate(command, {stdout, stderr, signals: process});
    case 'tui':
      // Ink reads keys in raw mode; with stdin redirected there would be no way to quit.
      if (process.stdin.isTTY !== true) {
        await write(
          stderr,
          errorLine('the interactive UI needs a terminal on stdin; use `list` in scripts'),
        );
        return 2;
      }
      return openSession(command.connection, stderr, {}, (session) =>
        runTui({
          client: session.client,
          host: session.host,
          status: command.status,
          flowId: command.flowId,
          limit: command.limit,
          intervalMs: command.intervalMs,
        }),
      );
    case 'list':
      return openSession(command.connection, stderr, {}, (session) =>
        runList(command, session.client, {stdout, stderr, now: Date.now, secret: session.secret}),
      );
    case 'show':
      return openSession(command.connection, stderr, {}, (session) =>
        runShow(command, session.client, {
          stdout,
          stderr,
          now: Date.now,
          styling: textStyling(env, tty),
          secret: session.secret,
        }),
      );
    case 'watch':
      return watch(command);
    case 'status-line':
      return openSession(
        command.connection,
        stderr,
        {timeoutMs: STATUS_LINE_TIMEOUT_MS},
        (session) =>
          runStatusLine(command, () => session.client, {
            stdout,
            stderr,
            now: Date.now,
            // The demo's simulator is new on every call: nothing worth sharing.
            cacheDir: command.connection.kind === 'demo' ? null : cacheDir(env, home),
            baseUrl: session.baseUrl,
            host: session.host,
            secret: session.secret,
          }),
      );
  }
}

function watch(command: Extract<CliResult, {mode: 'watch'}>): Promise<number> {
  // Ctrl-C and SIGTERM end a watch between polls with the shell's conventional codes.
  const stop = new AbortController();
  const onInt = () => stop.abort(130);
  const onTerm = () => stop.abort(143);
  process.once('SIGINT', onInt);
  process.once('SIGTERM', onTerm);
  return openSession(command.connection, stderr, {}, (session) =>
    runWatch(command, session.client, {
      stdout,
      stderr,
      signal: stop.signal,
      styling: textStyling(env, stdout.isTTY === true),
      secret: session.secret,
    }),
  ).finally(() => {
    process.off('SIGINT', onInt);
    process.off('SIGTERM', onTerm);
  });
}

main().then(
  (code) => process.exit(code),
  async (error: unknown) => {
    // Reaching here is a bug, not a user or API error: keep the stack, it is what a
    // bug report needs. The key is scrubbed all the same.
    const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
    const detail = scrub(stack, process.env.TABLEFLOW_API_KEY?.trim());
    await write(stderr, `tableflow-runs: internal error\n${detail}\n`);
    process.exit(1);
  },
);
