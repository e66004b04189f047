// The waiting part of `watch`: interruptible pauses and a backoff that never hammers a
// struggling server. Transient failures (network, timeouts, 5xx, 429) are retried; the
// rest (a bad key, an unknown run) cannot heal by waiting and end the watch.

import type {Writable} from 'node:stream';
import {setTimeout as sleep} from 'node:timers/promises';
import {ApiError, isRetryable, toApiError} from '../../api/errors.js';
import {retryDelay} from '../../api/retry.js';
import type {TableFlowClient} from '../../domain/run.js';
import {formatDuration} from '../../text/format.js';
import {errorLine, write} from '../shared/output.js';

/** Where a watch writes, how it waits, and what stops it. */
export type WatchIo = {
  readonly stdout: Writable & {readonly isTTY?: boolean};
  readonly stderr: Writable;
  /** Aborted on Ctrl-C (reason 130) or SIGTERM (143). */
  readonly signal: AbortSignal;
  readonly styling: {readonly escapes: boolean; readonly color: boolean};
  readonly secret?: string;
  /** Waits `ms` or until `signal` aborts; tests may speed it up. */
  readonly pause?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** The retry policy's jitter; tests fix it. */
  readonly random?: () => number;
};

/** The exit code of an interrupted watch: the abort reason when it is one, else 130. */
export function interruptedCode(signal: AbortSignal): number {
  return typeof signal.reason === 'number' ? signal.reason : 130;
}

/** Waits `ms`; resolves early (without throwing) when the watch is interrupted. */
export async function pauseFor(io: WatchIo, ms: number): Promise<void> {
  try {
    await (io.pause ?? ((delay, signal) => sleep(delay, undefined, {signal})))(ms, io.signal);
  } catch {
    // Aborted: the caller sees io.signal.aborted.
  }
}

/**
 * Runs `poll` every `intervalMs` until it returns an exit code or the watch is
 * interrupted; failures are retried with backoff, or end the watch with exit 2.
 */
export async function pollUntil(
  io: WatchIo,
  intervalMs: number,
  poll: (signal: AbortSignal) => Promise<number | null>,
): Promise<number> {
  let failures = 0;
  while (!io.signal.aborted) {
    let wait = intervalMs;
    try {
      const code = await poll(io.signal);
      if (code !== null) return code;
      if (failures > 0) await write(io.stderr, errorLine('recovered; watching again', io.secret));
      failures = 0;
    } catch (error) {
      if (io.signal.aborted) break;
      const failure = error instanceof ApiError ? error : toApiError(error);
      if (!isRetryable(failure)) {
        await write(io.stderr, errorLine(failure.message, io.secret));
        return 2;
      }
      failures += 1;
      // The one retry policy, doubling from the watch's own interval.
      wait = retryDelay(failures, {
        baseMs: intervalMs,
        retryAfterMs: failure.retryAfterMs,
        ...(io.random === undefined ? {} : {random: io.random}),
      });
      const line = `warning: ${failure.message}; retrying in ${formatDuration(wait)}`;
      await write(io.stderr, errorLine(line, io.secret));
    }
    await pauseFor(io, wait);
  }
  return interruptedCode(io.signal);
}

/** Flow names for the lines; a failure only costs the names (ids are shown instead). */
export async function flowNamesOf(
  client: TableFlowClient,
  signal: AbortSignal,
): Promise<Map<string, string>> {
  try {
    return new Map((await client.listFlows(signal)).map((flow) => [flow.id, flow.name]));
  } catch {
    return new Map();
  }
}
