// `tableflow-runs list`: runs as an aligned table for people, or as JSON, NDJSON or CSV for
// scripts; one page, or every page with --all. Only the data goes to stdout when it is
// piped, so `list | awk` sees rows and nothing else; the position line, warnings and the
// progress of --all go to stderr. When --all stops early (a page failed, a next_offset
// that cannot be followed) the runs fetched so far are still written, then the reason,
// and the exit code is 1.

import type {Writable} from 'node:stream';
import {ApiError, finalMessage, toApiError} from '../../api/errors.js';
import type {Flow, TableFlowClient} from '../../domain/run.js';
import {formatCount} from '../../text/format.js';
import type {ListCommand} from '../../cli/commands.js';
import {fetchAllRuns, type AllRuns} from './list-all.js';
import {flowNames} from './table.js';
import {writeRuns, type Fetched} from './output.js';
import {errorLine, write} from '../shared/output.js';

/** Where `list` writes, and the clock it measures "3m ago" against. */
export type ListIo = {
  readonly stdout: Writable & {readonly isTTY?: boolean; readonly columns?: number};
  readonly stderr: Writable & {readonly isTTY?: boolean};
  readonly now: () => number;
  /** Waits between retries of --all; defaults to a real timer. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Scrubbed from every message, whatever the client put in it. */
  readonly secret?: string;
};

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Prints the runs and resolves to the exit code: 0, or 1 on any API failure. */
export async function runList(
  command: Omit<ListCommand, 'mode' | 'connection'>,
  client: TableFlowClient,
  io: ListIo,
): Promise<number> {
  const named = command.output === 'table' || command.output === 'csv';
  const flowsRequest = new AbortController();
  // Flow names only decorate the table: their failure must not fail the listing, and a
  // failed listing must not leave the flows request running.
  const flows: Promise<readonly Flow[]> = named
    ? client.listFlows(flowsRequest.signal).catch(() => [])
    : Promise.resolve([]);
  let fetched: Fetched;
  try {
    fetched = await fetchRuns(command, client, io);
  } catch (error) {
    flowsRequest.abort();
    const failure = error instanceof ApiError ? error : toApiError(error);
    await write(io.stderr, errorLine(finalMessage(failure), io.secret));
    return 1;
  }
  const early = fetched.all?.reason;
  // Nothing fetched before the failure: the error is the whole story, as for one page.
  if (early !== undefined && fetched.runs.length === 0 && fetched.all?.stop === 'failed') {
    flowsRequest.abort();
    await write(io.stderr, errorLine(early, io.secret));
    return 1;
  }
  // Runs the client could not read are left out; say so, or a script would trust a short page.
  for (const problem of fetched.problems) {
    await write(io.stderr, errorLine(`warning: left out a run: ${problem}`, io.secret));
  }
  if (fetched.all?.stop === 'max') {
    const message = `warning: stopped at --max ${formatCount(command.max)} runs; the server reports ${formatCount(fetched.all.total)}`;
    await write(io.stderr, errorLine(message));
  }
  await writeRuns(command, fetched, flowNames(await flows), io.now(), io);
  if (fetched.all === null || early === undefined) return 0;
  await write(io.stderr, errorLine(stoppedMessage(fetched.all, early), io.secret));
  return 1;
}

/** `incomplete: stopped at offset 2,000 after 2,000 runs: HTTP 500 from …`. */
export function stoppedMessage(all: AllRuns, reason: string): string {
  return `incomplete: stopped at offset ${formatCount(all.offset)} after ${formatCount(all.runs.length)} runs: ${reason}`;
}

async function fetchRuns(
  command: Omit<ListCommand, 'mode' | 'connection'>,
  client: TableFlowClient,
  io: ListIo,
): Promise<Fetched> {
  const {status, flowId, limit} = command;
  if (!command.all) {
    const page = await client.listRuns({status, flowId, limit, offset: command.offset});
    return {runs: page.runs, problems: page.problems ?? [], page: page.pagination, all: null};
  }
  // A progress line only where a person sees it; a log file gets no carriage returns.
  const progress = io.stderr.isTTY === true;
  const all = await fetchAllRuns(client, {
    status,
    flowId,
    limit,
    max: command.max,
    sleep: io.sleep ?? delay,
    onProgress: progress
      ? (fetched, total) =>
          void write(
            io.stderr,
            `\rfetching runs: ${formatCount(fetched)} of ${formatCount(total)}${command.ascii ? '...' : '…'}`,
          )
      : undefined,
  });
  if (progress) await write(io.stderr, '\r\u001b[K');
  return {runs: all.runs, problems: all.problems, page: null, all};
}
