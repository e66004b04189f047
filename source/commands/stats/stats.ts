// `tableflow-runs stats`: the health view's figures for scripts. The API has no aggregate
// endpoint, so the runs of the window are paged newest first, 1,000 a request, one request
// at a time, until they are older than the window or the cap is reached (then the output
// says `truncated`). The figures are those of domain/health.ts, as the view's are.
import type {Writable} from 'node:stream';
import {deepen} from '../../api/health-sync.js';
import {toApiError} from '../../api/errors.js';
import {
  DEFAULT_HEALTH_CAP,
  emptyHealthData,
  expectedRuns,
  isTruncated,
} from '../../domain/health-data.js';
import {healthFigures} from '../../domain/health.js';
import {HOUR_MS} from '../../domain/health-window.js';
import type {TableFlowClient} from '../../domain/run.js';
import type {StatsCommand} from '../../cli/commands.js';
import {formatCount} from '../../text/format.js';
import {errorLine, write} from '../shared/output.js';
import {statsJson, statsTable, type Stats} from './format.js';

/** Where `stats` writes, and its clock. */
export type StatsIo = {
  readonly stdout: Writable;
  readonly stderr: Writable & {readonly isTTY?: boolean};
  readonly now: () => number;
  readonly secret?: string;
  /** The most runs loaded; tests lower it. */
  readonly cap?: number;
};

/** Loads the window's runs and computes the figures (the window ends at `now`, whole seconds). */
export async function computeStats(
  command: Pick<StatsCommand, 'windowMs' | 'flowId'>,
  client: TableFlowClient,
  now: number,
  options: {
    readonly cap?: number;
    readonly onProgress?: (loaded: number, of: number | null) => void;
  } = {},
): Promise<Stats> {
  const to = Math.floor(now / 1000) * 1000;
  const from = to - command.windowMs;
  const cap = options.cap ?? DEFAULT_HEALTH_CAP;
  const data = await deepen(client, emptyHealthData(from), {
    since: from,
    cap,
    flowId: command.flowId,
    onProgress: (partial) =>
      options.onProgress?.(partial.runs.length, expectedRuns(partial, to, cap)),
  });
  const buckets = Math.max(1, Math.round(command.windowMs / HOUR_MS));
  const flows = command.flowId === undefined ? [] : [command.flowId];
  const figures = healthFigures(data.runs, {from, to, buckets}, flows);
  // Names only decorate: without them the figures are still right.
  const names = new Map(
    (await client.listFlows().catch(() => [])).map((flow) => [flow.id, flow.name] as const),
  );
  return {figures, truncated: isTruncated(data, cap), names};
}

/** Prints the figures and resolves to the exit code: 0, or 1 on an API failure. */
export async function runStats(
  command: Omit<StatsCommand, 'mode' | 'connection'>,
  client: TableFlowClient,
  io: StatsIo,
): Promise<number> {
  // A progress line only where a person sees it; a log file gets no carriage returns.
  const progress = io.stderr.isTTY === true;
  let stats: Stats;
  try {
    stats = await computeStats(command, client, io.now(), {
      cap: io.cap,
      onProgress: progress
        ? (loaded, of) =>
            void write(
              io.stderr,
              `\rloading runs: ${formatCount(loaded)}${of === null ? '' : ` of ~${formatCount(of)}`}${command.ascii ? '...' : '…'}`,
            )
        : undefined,
    });
  } catch (error) {
    if (progress) await write(io.stderr, '\r\u001b[K');
    await write(io.stderr, errorLine(toApiError(error).message, io.secret));
    return 1;
  }
  if (progress) await write(io.stderr, '\r\u001b[K');
  if (stats.truncated)
    await write(
      io.stderr,
      errorLine(
        `warning: stopped at ${formatCount(io.cap ?? DEFAULT_HEALTH_CAP)} runs; the figures leave out the oldest runs of the window`,
      ),
    );
  const text = command.json
    ? `${JSON.stringify(statsJson(stats))}\n`
    : statsTable(stats, command.ascii);
  await write(io.stdout, text);
  return 0;
}
