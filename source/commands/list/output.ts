// Writes the runs `list` fetched in the format asked for. With --all the runs may be the
// ones fetched before paging stopped early: each format is still whole and valid (a JSON
// document marked `"complete": false`, whole NDJSON lines, CSV with its header), so a
// script can keep what it got; the caller says on stderr where and why it stopped.

import type {Writable} from 'node:stream';
import {toWirePage, toWireRun} from '../../api/to-wire.js';
import type {Pagination, Run} from '../../domain/run.js';
import {formatCount} from '../../text/format.js';
import type {ListCommand} from '../../cli/commands.js';
import {DEFAULT_COLUMNS, csvCell} from './fields.js';
import {csvRecord} from './csv.js';
import type {AllRuns} from './list-all.js';
import {formatTable, positionLine, runCells} from './table.js';
import {write} from '../shared/output.js';
import {asciiGlyphs} from '../../text/glyphs.js';

/** What was fetched: one page with its pagination, or the outcome of --all. */
export type Fetched = {
  readonly runs: readonly Run[];
  readonly problems: readonly string[];
  readonly page: Pagination | null;
  readonly all: AllRuns | null;
};

/** Streams `list` writes to; stdout's width fits the table on a terminal. */
export type OutputStreams = {
  readonly stdout: Writable & {readonly isTTY?: boolean; readonly columns?: number};
  readonly stderr: Writable;
};

/** Writes `fetched` as `command.output` asks; flow names decorate the table and CSV. */
export async function writeRuns(
  command: Pick<ListCommand, 'output' | 'columns' | 'ascii'>,
  fetched: Fetched,
  names: ReadonlyMap<string, string>,
  now: number,
  io: OutputStreams,
): Promise<void> {
  const columns = command.columns ?? DEFAULT_COLUMNS;
  switch (command.output) {
    case 'json': {
      const all = fetched.all;
      const document =
        fetched.page !== null
          ? toWirePage({runs: fetched.runs, pagination: fetched.page})
          : {
              flow_runs: fetched.runs.map(toWireRun),
              total: all?.total ?? fetched.runs.length,
              complete: all?.stop === 'end' || all?.stop === 'empty',
            };
      return write(io.stdout, `${JSON.stringify(document, null, 2)}\n`);
    }
    case 'ndjson':
      return write(
        io.stdout,
        fetched.runs.map((run) => `${JSON.stringify(toWireRun(run))}\n`).join(''),
      );
    case 'csv': {
      const rows = fetched.runs.map((run) =>
        columns.map((column) => csvCell(column, run, names, now)),
      );
      return write(io.stdout, [columns, ...rows].map(csvRecord).join(''));
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
}
