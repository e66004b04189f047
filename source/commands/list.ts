// `tableflow-runs list`: runs as an aligned table for people, or as JSON, NDJSON or CSV for
// scripts; one page, or every page with --all. Only the data goes to stdout when it is
// piped, so `list | awk` sees rows and nothing else; the position line, warnings and the
// progress of --all go to stderr.

import type {Writable} from 'node:stream';
import {ApiError, toApiError} from '../api/errors.js';
import {toWirePage, toWireRun} from '../api/to-wire.js';
import type {Flow, Pagination, Run, TableFlowClient} from '../domain.js';
import {formatCount} from '../format.js';
import type {ListCommand} from '../options.js';
import {DEFAULT_COLUMNS, csvCell} from './columns.js';
import {csvRecord} from './csv.js';
import {fetchAllRuns, type AllRuns} from './list-all.js';
import {flowNames, formatTable, positionLine, runCells} from './list-format.js';
import {errorLine, write} from './output.js';
import {asciiGlyphs} from './terminal.js';

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

type Fetched = {
  readonly runs: readonly Run[];
  readonly problems: readonly string[];
  /** One page's pagination, or the --all outcome. */
  readonly page: Pagination | null;
  readonly all: AllRuns | null;
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
    await write(io.stderr, errorLine(failure.message, io.secret));
    return 1;
  }
  // Runs the client could not read are left out; say so, or a script would trust a short page.
  for (const problem of fetched.problems) {
    await write(io.stderr, errorLine(`warning: left out a run: ${problem}`, io.secret));
  }
  if (fetched.all !== null) await warnIfCut(fetched.all, command.max, io);
  const names = flowNames(await flows);
  const now = io.now();
  const columns = command.columns ?? DEFAULT_COLUMNS;
  switch (command.output) {
    case 'json': {
      const document =
        fetched.page !== null
          ? toWirePage({runs: fetched.runs, pagination: fetched.page})
          : {
              flow_runs: fetched.runs.map(toWireRun),
              total: fetched.all?.total ?? fetched.runs.length,
              complete: fetched.all?.stop === 'end' || fetched.all?.stop === 'empty',
            };
      await write(io.stdout, `${JSON.stringify(document, null, 2)}\n`);
      return 0;
    }
    case 'ndjson':
      await write(
        io.stdout,
        fetched.runs.map((run) => `${JSON.stringify(toWireRun(run))}\n`).join(''),
      );
      return 0;
    case 'csv': {
      const rows = fetched.runs.map((run) =>
        columns.map((column) => csvCell(column, run, names, now)),
      );
      await write(io.stdout, [columns, ...rows].map(csvRecord).join(''));
      return 0;
    }
    case 'table':
      break;
  }
  const tty = io.stdout.isTTY === true;
  const width = tty && (io.stdout.columns ?? 0) > 0 ? io.stdout.columns : undefined;
  if (fetched.runs.length > 0) {
    const rows = fetched.runs.map((run) => runCells(run, names, now, columns));
    const table = formatTable(rows, width, columns).join('\n');
    await write(io.stdout, `${command.ascii ? asciiGlyphs(table) : table}\n`);
  }
  const position =
    fetched.page !== null
      ? positionLine(fetched.page, fetched.runs.length)
      : `${formatCount(fetched.runs.length)} runs`;
  await write(tty ? io.stdout : io.stderr, `${position}\n`);
  return 0;
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

async function warnIfCut(all: AllRuns, max: number, io: ListIo): Promise<void> {
  let message: string | null = null;
  if (all.stop === 'max') {
    message = `warning: stopped at --max ${formatCount(max)} runs; the server reports ${formatCount(all.total)}`;
  } else if (all.stop === 'stuck') {
    message = `warning: the server's next_offset did not move past ${formatCount(all.offset)}; stopped with ${formatCount(all.runs.length)} runs`;
  }
  if (message !== null) await write(io.stderr, errorLine(message));
}
