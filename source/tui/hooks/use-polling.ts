// Polling that never overlaps: the next request is armed only once the previous one has
// settled. A new `key` aborts the request in flight and runs at once (or after `delayMs`,
// so keys held down settle first); errors back off as
// the one retry policy says (api/retry.ts). Errors that retrying cannot fix
// (401/403, 404, 400) are tried again only once a minute: a dashboard left open for days
// must come back by itself once someone fixes the key, and one request a minute costs
// nothing.
import {useEffect, useRef} from 'react';
import {isRetryable, toApiError} from '../../api/errors.js';
import {retryDelay, UNFIXABLE_RETRY_MS} from '../../api/retry.js';

/** The timer functions the poller uses; injectable so tests control time. */
export type Timers = {
  readonly setTimeout: (callback: () => void, ms: number) => unknown;
  readonly clearTimeout: (handle: unknown) => void;
};

const systemTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** What a poller needs; the getters are read at each turn so they can change while it runs. */
export type PollerOptions = {
  readonly run: (signal: AbortSignal) => Promise<void>;
  readonly intervalMs: () => number;
  readonly auto: () => boolean;
  readonly random?: () => number;
  readonly timers?: Timers;
  /** Told the delay whenever a retry is armed after a failure (for "retrying in 4s"). */
  readonly onRetry?: (delayMs: number) => void;
  /** How long `start` waits before the first request (a debounce); 0 runs at once. */
  readonly delayMs?: number;
};

/** A running poll loop. */
export type Poller = {
  /** Runs now (aborting anything in flight) and keeps polling while `auto()`. */
  readonly start: () => void;
  /** Called when `auto()` may have changed: clears the timer, or resumes at once if idle. */
  readonly autoChanged: () => void;
  /** Aborts what is in flight and clears the timer, for good. */
  readonly stop: () => void;
};

/** The React-free poll loop behind `usePolling`. */
export function createPoller(options: PollerOptions): Poller {
  const timers = options.timers ?? systemTimers;
  const random = options.random ?? Math.random;
  let controller: AbortController | null = null;
  let timer: unknown = null;
  let attempt = 0;
  let halted = false;
  // The first request, waiting out `delayMs`: it runs even while paused, as `start` does.
  let starting = false;

  const clearTimer = (): void => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
  };
  const arm = (ms: number): boolean => {
    if (!options.auto()) return false;
    timer = timers.setTimeout(turn, ms);
    return true;
  };
  function turn(): void {
    starting = false;
    clearTimer();
    controller?.abort();
    const current = new AbortController();
    controller = current;
    halted = false;
    options.run(current.signal).then(
      () => {
        if (current.signal.aborted) return;
        controller = null;
        attempt = 0;
        arm(options.intervalMs());
      },
      (error: unknown) => {
        if (current.signal.aborted) return;
        controller = null;
        const apiError = toApiError(error);
        attempt += 1;
        const delay = isRetryable(apiError)
          ? retryDelay(attempt, {random, retryAfterMs: apiError.retryAfterMs})
          : UNFIXABLE_RETRY_MS;
        if (arm(delay)) options.onRetry?.(delay);
      },
    );
  }
  return {
    start: () => {
      const delay = options.delayMs ?? 0;
      if (delay <= 0) return turn();
      clearTimer();
      starting = true;
      timer = timers.setTimeout(turn, delay);
    },
    autoChanged: () => {
      if (starting) return;
      if (!options.auto()) clearTimer();
      else if (controller === null && timer === null && !halted) turn();
    },
    stop: () => {
      starting = false;
      clearTimer();
      controller?.abort();
      controller = null;
      halted = true;
    },
  };
}

/** Options of `usePolling`. */
export type PollingOptions = {
  /** Any change aborts the request in flight and runs again at once. */
  readonly key: string | number;
  /** The request; null keeps the loop off (e.g. no detail open). Must reject on failure. */
  readonly run: ((signal: AbortSignal) => Promise<void>) | null;
  readonly intervalMs: number;
  /** False while paused or when there is nothing left to watch: no timer is armed. */
  readonly auto: boolean;
  readonly random?: () => number;
  readonly timers?: Timers;
  readonly onRetry?: (delayMs: number) => void;
  /** Wait this long after a new `key` before the first request (a debounce). */
  readonly delayMs?: number;
};

/** Polls `run` every `intervalMs` after it settles; see `createPoller`. */
export function usePolling(options: PollingOptions): void {
  const latest = useRef(options);
  const poller = useRef<Poller | null>(null);
  const enabled = options.run !== null;
  useEffect(() => {
    latest.current = options;
  });
  useEffect(() => {
    if (!enabled) return;
    const current = createPoller({
      run: (signal) => latest.current.run?.(signal) ?? Promise.resolve(),
      intervalMs: () => latest.current.intervalMs,
      auto: () => latest.current.auto,
      random: latest.current.random,
      timers: latest.current.timers,
      onRetry: (delayMs) => latest.current.onRetry?.(delayMs),
      delayMs: latest.current.delayMs,
    });
    poller.current = current;
    current.start();
    return () => {
      current.stop();
      poller.current = null;
    };
  }, [options.key, enabled]);
  useEffect(() => {
    poller.current?.autoChanged();
  }, [options.auto]);
}
