// The one retry policy, for every caller (the UI's polls, `watch`, `list --all`): which
// failures are worth retrying is the error's own business (errors.ts); how long to wait
// is decided here. Waits double from a base (1 s, or a poll's own interval), are capped
// at a minute, spread by ±25 % so many panes do not retry in lockstep, and are never
// shorter than the server's Retry-After (itself capped at 10 minutes where it is parsed).

/** The first wait, when the caller has no interval of its own. */
export const BACKOFF_BASE_MS = 1000;
/** The longest wait the doubling reaches. */
export const BACKOFF_MAX_MS = 60_000;
/** How often an error that waiting cannot fix (a rejected key) is tried again anyway. */
export const UNFIXABLE_RETRY_MS = BACKOFF_MAX_MS;

/** What the wait depends on besides the attempt number. */
export type RetryOptions = {
  /** The first wait; later ones double from it. */
  readonly baseMs?: number;
  /** The server's Retry-After, in ms; null when it sent none. */
  readonly retryAfterMs?: number | null;
  /** 0..1; `Math.random` unless a test fixes it. */
  readonly random?: () => number;
};

/** The wait before retry number `attempt` (1-based). */
export function retryDelay(attempt: number, options: RetryOptions = {}): number {
  const base = options.baseMs ?? BACKOFF_BASE_MS;
  const random = options.random ?? Math.random;
  const doubled = base * 2 ** Math.min(Math.max(0, attempt - 1), 30);
  const exponential = Math.min(BACKOFF_MAX_MS, doubled);
  const jittered = Math.min(BACKOFF_MAX_MS, Math.round(exponential * (0.75 + random() / 2)));
  return Math.max(jittered, options.retryAfterMs ?? 0);
}
