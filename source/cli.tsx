// The entry point: parse argv and the environment, pick a mode, run it, exit with its
// code. This is the only place that touches `process` (argv, env, exit, signals), so
// every command below it stays testable with injected streams.

import pkg from '../package.json' with {type: 'json'};
import {connect, type Session} from './commands/connect.js';
import {helpText} from './commands/help.js';
import {runList} from './commands/list.js';
import {errorLine, isBrokenPipe, scrub, write} from './commands/output.js';
import {runSimulate} from './commands/simulate.js';
import {parseCli, type Connection, type ListCommand, type TuiCommand} from './options.js';
import {runTui} from './tui.js';

const {stdout, stderr} = process;

// `tableflow-runs list | head` closes the pipe early; that is the reader's choice, not
// a failure worth a stack trace.
stdout.on('error', (error) => process.exit(isBrokenPipe(error) ? 0 : 1));
// With stderr gone there is nowhere left to report anything; carry on with the exit code.
stderr.on('error', () => {});

async function main(): Promise<number> {
  const command = parseCli(process.argv.slice(2), process.env, stdout.isTTY === true);
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
    case 'list':
      return list(command);
    case 'tui':
      return tui(command);
  }
}

async function list(command: ListCommand): Promise<number> {
  const session = await open(command.connection);
  if (session === null) return 1;
  try {
    return await runList(command, session.client, {
      stdout,
      stderr,
      now: Date.now,
      secret: session.secret,
    });
  } finally {
    await session.close();
  }
}

async function tui(command: TuiCommand): Promise<number> {
  // Ink reads keys in raw mode; with stdin redirected there would be no way to quit.
  if (process.stdin.isTTY !== true) {
    await write(
      stderr,
      errorLine('the interactive UI needs a terminal on stdin; use `list` in scripts'),
    );
    return 2;
  }
  const session = await open(command.connection);
  if (session === null) return 1;
  try {
    return await runTui({
      client: session.client,
      host: session.host,
      status: command.status,
      flowId: command.flowId,
      limit: command.limit,
      intervalMs: command.intervalMs,
    });
  } finally {
    await session.close();
  }
}

// Only --demo can fail here (the simulator could not listen); say so in one line.
async function open(connection: Connection): Promise<Session | null> {
  try {
    return await connect(connection);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    await write(stderr, errorLine(`cannot start the demo simulator: ${reason}`));
    return null;
  }
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
