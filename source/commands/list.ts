// `tableflow-runs list`: one page of runs, as an aligned table for people or as the API's
// own JSON for scripts. Only the table goes to stdout when it is piped, so
// `list | awk` sees rows and nothing else; the position line then goes to stderr.

import type {Writable} from 'node:stream';
import {ApiError, toApiError} from '../api/errors.js';
import {toWirePage} from '../api/to-wire.js';
import type {Flow, RunPage, RunsQuery, TableFlowClient} from '../domain.js';
import type {ListCommand} from '../options.js';
import {flowNames, formatTable, positionLine, runCells} from './list-format.js';
import {errorLine, write} from './output.js';

/** Where `list` writes, and the clock it measures "3m ago" against. */
export type ListIo = {
  readonly stdout: Writable & {readonly isTTY?: boolean; readonly columns?: number};
  readonly stderr: Writable;
  readonly now: () => number;
  /** Scrubbed from every message, whatever the client put in it. */
  readonly secret?: string;
};

/** Prints one page and resolves to the exit code: 0, or 1 on any API failure. */
export async function runList(
  command: Pick<ListCommand, 'status' | 'flowId' | 'limit' | 'offset' | 'json'>,
  client: TableFlowClient,
  io: ListIo,
): Promise<number> {
  const query: RunsQuery = {
    status: command.status,
    flowId: command.flowId,
    limit: command.limit,
    offset: command.offset,
  };
  let fetched: {readonly page: RunPage; readonly flows: readonly Flow[]};
  try {
    fetched = await fetchPage(client, query, !command.json);
  } catch (error) {
    const failure = error instanceof ApiError ? error : toApiError(error);
    await write(io.stderr, errorLine(failure.message, io.secret));
    return 1;
  }
  const {page, flows} = fetched;
  // Runs the client could not read are left out; say so, or a script would trust a short page.
  for (const problem of page.problems ?? []) {
    await write(io.stderr, errorLine(`warning: left out a run: ${problem}`, io.secret));
  }
  if (command.json) {
    await write(io.stdout, `${JSON.stringify(toWirePage(page), null, 2)}\n`);
    return 0;
  }
  const now = io.now();
  const tty = io.stdout.isTTY === true;
  const width = tty && (io.stdout.columns ?? 0) > 0 ? io.stdout.columns : undefined;
  if (page.runs.length > 0) {
    const names = flowNames(flows);
    const rows = page.runs.map((run) => runCells(run, names, now));
    await write(io.stdout, `${formatTable(rows, width).join('\n')}\n`);
  }
  await write(tty ? io.stdout : io.stderr, `${positionLine(page.pagination, page.runs.length)}\n`);
  return 0;
}

// Flow names only decorate the table: their failure must not fail the listing, and a
// failed listing must not leave the flows request running.
async function fetchPage(client: TableFlowClient, query: RunsQuery, withFlows: boolean) {
  const flowsRequest = new AbortController();
  const flows: Promise<readonly Flow[]> = withFlows
    ? client.listFlows(flowsRequest.signal).catch(() => [])
    : Promise.resolve([]);
  try {
    const page = await client.listRuns(query);
    return {page, flows: await flows};
  } finally {
    flowsRequest.abort();
  }
}
