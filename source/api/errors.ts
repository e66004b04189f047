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

/** True for failures that a later attempt may not hit (everything but auth, 4xx and aborts). */
export function isRetryable(error: ApiError): boolean {
  return (
    error.kind === 'server' ||
    error.kind === 'timeout' ||
    error.kind === 'network' ||
    error.kind === 'rate-limited' ||
    error.kind === 'invalid-response' ||
    error.kind === 'http'
  );
}

/** Wraps anything thrown into an ApiError without keeping the original (it may hold the key). */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const text = error instanceof Error ? error.message : String(error);
  return new ApiError('network', `Request failed: ${oneLine(text, 200)}`);
}
