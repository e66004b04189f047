// `tableflow-runs show RUN_ID`: one run's detail and status-history timeline as text (the
// detail pane's own line builder, so the two never disagree), or the API's JSON object.

import type {Writable} from 'node:stream';
import {ApiError, finalMessage, toApiError} from '../../api/errors.js';
import {toWireDetail} from '../../api/to-wire.js';
import type {RunDetail, TableFlowClient} from '../../domain/run.js';
import type {ShowCommand} from '../../cli/commands.js';
import {ASCII_SYMBOLS, UNICODE_SYMBOLS, createTheme} from '../../tui/theme.js';
import {detailLines} from '../../tui/views/detail-lines.js';
import {renderLine} from '../shared/ansi.js';
import {errorLine, write} from '../shared/output.js';
import {asciiGlyphs} from '../../text/glyphs.js';

/** Where `show` writes, its clock, and how it may style text. */
export type ShowIo = {
  readonly stdout: Writable & {readonly isTTY?: boolean; readonly columns?: number};
  readonly stderr: Writable;
  readonly now: () => number;
  readonly styling: {readonly escapes: boolean; readonly color: boolean};
  readonly secret?: string;
};

// Piped text is read by grep and people alike: wide enough not to wrap most values, narrow
// enough to read in a log viewer.
const PIPED_WIDTH = 100;

/** Prints the run; resolves to 0, or 1 when it cannot be fetched (not found included). */
export async function runShow(
  command: Pick<ShowCommand, 'runId' | 'json' | 'ascii'>,
  client: TableFlowClient,
  io: ShowIo,
): Promise<number> {
  let detail: RunDetail;
  try {
    detail = await client.getRun(command.runId);
  } catch (error) {
    const failure = error instanceof ApiError ? error : toApiError(error);
    const message =
      failure.kind === 'not-found'
        ? `run ${command.runId} not found (${failure.message})`
        : finalMessage(failure);
    await write(io.stderr, errorLine(message, io.secret));
    return 1;
  }
  if (command.json) {
    await write(io.stdout, `${JSON.stringify(toWireDetail(detail), null, 2)}\n`);
    return 0;
  }
  const tty = io.stdout.isTTY === true;
  const width =
    tty && (io.stdout.columns ?? 0) > 0 ? (io.stdout.columns ?? PIPED_WIDTH) : PIPED_WIDTH;
  const lines = detailLines({
    run: detail,
    detail,
    flowName: null,
    now: io.now(),
    width,
    loading: false,
    error: null,
    symbols: command.ascii ? ASCII_SYMBOLS : UNICODE_SYMBOLS,
  });
  const theme = createTheme({color: io.styling.color, ascii: command.ascii});
  const text = lines.map((line) => renderLine(line, theme, io.styling.escapes)).join('\n');
  await write(io.stdout, `${command.ascii ? asciiGlyphs(text) : text}\n`);
  return 0;
}
