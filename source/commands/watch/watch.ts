// `tableflow-runs watch`: one line per status transition, for logs and notifiers.
// Without a RUN_ID it polls the newest runs and diffs them by id (the first poll is the
// baseline). With one it follows that run and exits when it settles: 0 completed,
// 1 failed, 3 review (a person must act), so `watch $ID && deploy` does what it says.

import type {RunStatus, TableFlowClient} from '../../domain/run.js';
import type {WatchCommand} from '../../cli/commands.js';
import {createTheme, statusRole} from '../../tui/theme.js';
import {renderLine} from '../shared/ansi.js';
import {write} from '../shared/output.js';
import {flowNamesOf, pollUntil, type WatchIo} from './poll.js';
import {
  createDiffer,
  transitionJson,
  transitionLine,
  transitionsOf,
  type Seen,
  type Transition,
} from './transitions.js';

export type {WatchIo} from './poll.js';

// Enough memory for runs that scroll out of the window and back (the newest 1000 at most).
const REMEMBERED = 10_000;

/** The exit code for a run that has settled, or null while it may still change. */
export function settledCode(status: RunStatus): number | null {
  switch (status) {
    case 'completed':
      return 0;
    case 'failed':
      return 1;
    case 'review':
      return 3;
    default:
      return null;
  }
}

type Options = Pick<WatchCommand, 'json' | 'ascii'>;

function printer(command: Options, io: WatchIo) {
  const theme = createTheme({color: io.styling.color, ascii: command.ascii});
  const paint = (status: string): string =>
    renderLine([{text: status, role: statusRole(status)}], theme, io.styling.escapes);
  return (events: readonly Transition[]): Promise<void> =>
    write(
      io.stdout,
      events
        .map(
          (event) =>
            `${command.json ? transitionJson(event) : transitionLine(event, {ascii: command.ascii, paint})}\n`,
        )
        .join(''),
    );
}

/** Runs `watch`; resolves to the exit code (130 on Ctrl-C). */
export function runWatch(
  command: Omit<WatchCommand, 'mode' | 'connection'>,
  client: TableFlowClient,
  io: WatchIo,
): Promise<number> {
  return command.runId === undefined
    ? watchRuns(command, client, io)
    : watchRun(command.runId, command, client, io);
}

async function watchRuns(
  command: Omit<WatchCommand, 'mode' | 'connection'>,
  client: TableFlowClient,
  io: WatchIo,
): Promise<number> {
  const print = printer(command, io);
  const names = await flowNamesOf(client, io.signal);
  const differ = createDiffer(REMEMBERED);
  let first = true;
  const query = {status: command.status, flowId: command.flowId, limit: command.limit, offset: 0};
  return pollUntil(io, command.intervalMs, async (signal) => {
    const page = await client.listRuns(query, signal);
    const events = differ.observe(page.runs, (id) => names.get(id) || id);
    if (first) {
      first = false;
      const what = command.status === undefined ? 'runs' : `${command.status} runs`;
      await write(
        io.stderr,
        `watching the newest ${page.runs.length} ${what}; the first poll is the baseline, changes print from now on\n`,
      );
    }
    await print(events);
    return null;
  });
}

async function watchRun(
  runId: string,
  command: Options & {readonly intervalMs: number},
  client: TableFlowClient,
  io: WatchIo,
): Promise<number> {
  const print = printer(command, io);
  let seen: Seen | undefined;
  return pollUntil(io, command.intervalMs, async (signal) => {
    const run = await client.getRun(runId, signal);
    const flow = run.flow?.name || run.flowId;
    // The first line says how the run came to where it is (`new → processing` for one in
    // its first state); later ones, each step it takes.
    await print(transitionsOf(run, seen, flow));
    seen = {status: run.status, historyLength: run.history.length};
    return settledCode(run.status);
  });
}
