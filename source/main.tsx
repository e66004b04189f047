// The entry point: read the config file, parse argv and the environment, pick a mode, run
// it, exit with its code. This is the only place that touches `process` (argv, env, exit,
// signals, the home directory), so every command below it stays testable with injected
// streams, clocks and files. Each command's module loads only when it runs: tmux starts
// the status line every few seconds, and a cached answer should not pay for axios, zod
// or React.

// First, before any other module runs: SIGUSR1 and SIGQUIT handled (see signal-guard.ts).
import './cli/signal-guard.js';
import {homedir} from 'node:os';
import pkg from '../package.json' with {type: 'json'};
import {loadConfig} from './config/load.js';
import {cacheDir, configFile} from './config/paths.js';
import {helpText} from './cli/help.js';
import {exitProcess} from './terminal/hangup.js';
import {openSession, resolveConnection} from './cli/open-session.js';
import {errorLine, isBrokenPipe, scrub, write} from './commands/shared/output.js';
import {textStyling} from './cli/terminal-env.js';
import {parseCli} from './cli/parse-cli.js';
import type {CliResult, StatusLineCommand, WatchCommand} from './cli/commands.js';

const {stdout, stderr, env} = process;
const home = env.HOME !== undefined && env.HOME !== '' ? env.HOME : homedir();

// `tableflow-runs list | head` closes the pipe early; that is the reader's choice, not
// a failure worth a stack trace.
stdout.on('error', (error) => exitProcess(isBrokenPipe(error) ? 0 : 1));
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
  const loaded = await loadConfig(configFile(env, home), home);
  const command = parseCli(argv, env, tty, loaded.ok ? loaded : {path: '', config: null});
  if (!loaded.ok && !CONFIG_FREE.includes(command.mode)) {
    await write(stderr, errorLine(loaded.message));
    return 2;
  }
  if (loaded.ok && command.mode !== 'help' && command.mode !== 'version') {
    for (const warning of loaded.warnings) await write(stderr, errorLine(`warning: ${warning}`));
  }
  if ('warning' in command && command.warning !== undefined) {
    await write(stderr, errorLine(command.warning));
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
    case 'simulate': {
      const {runSimulate} = await import('./commands/simulate/simulate.js');
      return runSimulate(command, {stdout, stderr, signals: process});
    }
    case 'tui':
      // Ink reads keys in raw mode; with stdin redirected there would be no way to quit.
      if (process.stdin.isTTY !== true) {
        await write(
          stderr,
          errorLine('the interactive UI needs a terminal on stdin; use `list` in scripts'),
        );
        return 2;
      }
      return openSession(
        command.connection,
        stderr,
        {debugFile: command.debugFile},
        async (session) => {
          // Ink draws only the final frame when it believes it runs in CI (is-in-ci reads
          // CI when Ink is imported, below). Stdin and stdout are a terminal here, so a
          // person is watching, whatever CI says: a CI=true shell must still get a live UI.
          delete process.env['CI'];
          delete process.env['CONTINUOUS_INTEGRATION'];
          const {launchTui} = await import('./cli/launch-tui.js');
          return launchTui(command, session, {
            argv,
            env,
            config: loaded.ok ? loaded : {path: '', config: null},
          });
        },
      );
    case 'list':
      return openSession(
        command.connection,
        stderr,
        {debugFile: command.debugFile},
        async (session) => {
          const {runList} = await import('./commands/list/list.js');
          return runList(command, session.client, {
            stdout,
            stderr,
            now: Date.now,
            secret: session.secret,
          });
        },
      );
    case 'show':
      return openSession(
        command.connection,
        stderr,
        {debugFile: command.debugFile},
        async (session) => {
          const {runShow} = await import('./commands/show/show.js');
          return runShow(command, session.client, {
            stdout,
            stderr,
            now: Date.now,
            styling: textStyling(env, tty),
            secret: session.secret,
          });
        },
      );
    case 'stats':
      return openSession(
        command.connection,
        stderr,
        {debugFile: command.debugFile},
        async (session) => {
          const {runStats} = await import('./commands/stats/stats.js');
          return runStats(command, session.client, {
            stdout,
            stderr,
            now: Date.now,
            secret: session.secret,
          });
        },
      );
    case 'watch':
      return watch(command);
    case 'status-line':
      return statusLine(command);
  }
}

function watch(command: WatchCommand): Promise<number> {
  // Ctrl-C, SIGTERM and SIGQUIT end a watch between polls with the shell's conventional codes.
  const stop = new AbortController();
  const onInt = () => stop.abort(130);
  const onTerm = () => stop.abort(143);
  const onQuit = () => stop.abort(131);
  process.once('SIGINT', onInt);
  process.once('SIGTERM', onTerm);
  process.once('SIGQUIT', onQuit);
  return openSession(
    command.connection,
    stderr,
    {debugFile: command.debugFile},
    async (session) => {
      const {runWatch} = await import('./commands/watch/watch.js');
      return runWatch(command, session.client, {
        stdout,
        stderr,
        signal: stop.signal,
        styling: textStyling(env, stdout.isTTY === true),
        secret: session.secret,
      });
    },
  ).finally(() => {
    process.off('SIGINT', onInt);
    process.off('SIGTERM', onTerm);
    process.off('SIGQUIT', onQuit);
  });
}

async function statusLine(command: StatusLineCommand): Promise<number> {
  const connection = resolveConnection(command.connection);
  if ('message' in connection) {
    await write(stderr, errorLine(connection.message));
    return 2;
  }
  const {runStatusLine} = await import('./commands/status-line/status-line.js');
  const timeout = {timeoutMs: STATUS_LINE_TIMEOUT_MS, debugFile: command.debugFile};
  if (connection.kind === 'demo') {
    // The demo's simulator is new on every call: nothing worth caching.
    return openSession(connection, stderr, timeout, async (session) =>
      runStatusLine(command, async () => session.client, {
        stdout,
        stderr,
        now: Date.now,
        cacheDir: null,
        baseUrl: session.baseUrl,
        host: 'demo',
      }),
    );
  }
  // The client is built only when the cache cannot answer.
  const client = async () => (await import('./cli/connect.js')).connect(connection, timeout);
  return runStatusLine(command, async () => (await client()).client, {
    stdout,
    stderr,
    now: Date.now,
    cacheDir: cacheDir(env, home),
    baseUrl: connection.baseUrl,
    host: new URL(connection.baseUrl).host,
    secret: connection.apiKey,
  });
}

main().then(
  (code) => exitProcess(code),
  async (error: unknown) => {
    // Reaching here is a bug, not a user or API error: keep the stack, it is what a
    // bug report needs. The key is scrubbed all the same.
    const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
    const detail = scrub(stack, process.env.TABLEFLOW_API_KEY?.trim());
    await write(stderr, `tableflow-runs: internal error\n${detail}\n`);
    exitProcess(1);
  },
);
