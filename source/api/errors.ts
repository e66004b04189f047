// Every failure of a TableFlow request becomes one ApiError with a kind the UI can act on
// (auth: stop and explain; rate-limited: wait Retry-After; server/network/timeout: back
// off and retry) and a one-line message fit to show a person. It never carries the
// request, its headers or the API key: axios errors do, so they are never wrapped.

import {oneLine} from './sanitize.js';

/** What went wrong, coarsely enough to decide what to do next. */
export type ApiErrorKind =
  | 'auth'
  | 'not-found'
  | 'bad-request'
  | 'rate-limited'
  | 'server'
  | 'http'
  | 'timeout'
  | 'network'
  | 'invalid-response'
  | 'aborted';

/** A classified, key-free failure of a TableFlow request. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly kind: ApiErrorKind;
  /** The HTTP status, when the server answered. */
  readonly status: number | null;
  /** How long the server asked us to wait (429/503 `Retry-After`), in ms. */
  readonly retryAfterMs: number | null;

  constructor(
    kind: ApiErrorKind,
    message: string,
    options: {status?: number | null; retryAfterMs?: number | null} = {},
  ) {
    super(message);
    this.kind = kind;
    this.status = options.status ?? null;
    this.retryAfterMs = options.retryAfterMs ?? null;
  }
}

/**
 * The message, and for a command that gives up rather than retries, how long the server
 * asked to wait. The message itself never says: whoever retries says when, once (the
 * header's "retrying in 4s"), where a second wait in the message would disagree with it.
 */
export function finalMessage(error: ApiError): string {
  const wait = error.retryAfterMs;
  return wait === null
    ? error.message
    : `${error.message}; the server asks to wait ${Math.ceil(wait / 1000)} s`;
}

/**
 * True for failures that a later attempt may not hit: server errors, timeouts, network
 * trouble, rate limits and unreadable answers (often a proxy's hiccup). Not auth, not
 * not-found or bad-request, not aborts, and not redirects or other 4xx, except 408
 * (request timeout) and 425 (too early), which HTTP defines as worth repeating.
 */
export function isRetryable(error: ApiError): boolean {
  switch (error.kind) {
    case 'server':
    case 'timeout':
    case 'network':
    case 'rate-limited':
    case 'invalid-response':
      return true;
    case 'http':
      return (
        error.status === null || error.status === 408 || error.status === 425 || error.status >= 500
      );
    case 'auth':
    case 'not-found':
    case 'bad-request':
    case 'aborted':
      return false;
  }
}

/** Wraps anything thrown into an ApiError without keeping the original (it may hold the key). */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const text = error instanceof Error ? error.message : String(error);
  return new ApiError('network', `Request failed: ${oneLine(text, 200)}`);
}
