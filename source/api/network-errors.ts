// A request that got no HTTP answer. Only the error's `code` is read: axios errors carry
// the request config (and so the key), and their messages can name internal URLs.
import {ApiError} from './errors.js';

/** Largest response body accepted; a larger one is an 'invalid-response' error. */
export const MAX_BODY_BYTES = 20 * 1024 * 1024;

const REASONS: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'DNS lookup failed, try again',
  ECONNRESET: 'connection reset',
  EPIPE: 'connection closed',
  ECONNABORTED: 'connection aborted',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ENETDOWN: 'network down',
  ERR_SOCKET_CONNECTION_TIMEOUT: 'connection timed out',
};

const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'ESOCKETTIMEDOUT']);

function codeOf(error: unknown): string {
  if (typeof error !== 'object' || error === null) return '';
  const own = (error as {code?: unknown}).code;
  const cause = (error as {cause?: unknown}).cause;
  const inner =
    typeof cause === 'object' && cause !== null ? (cause as {code?: unknown}).code : undefined;
  // Axios puts its own code (ERR_NETWORK…) on top and the system one on the cause.
  if (typeof inner === 'string' && !inner.startsWith('ERR_BAD')) return inner;
  return typeof own === 'string' ? own : '';
}

function isTls(code: string): boolean {
  return (
    code.startsWith('ERR_TLS') ||
    code.startsWith('ERR_SSL') ||
    code.includes('CERT') ||
    code.startsWith('UNABLE_TO_') ||
    code === 'EPROTO'
  );
}

/** The ApiError for a failed exchange with `host` that produced no usable HTTP answer. */
export function networkError(
  error: unknown,
  what: string,
  host: string,
  timeoutMs: number,
): ApiError {
  const code = codeOf(error);
  const message = error instanceof Error ? error.message : '';
  if (message.includes('maxContentLength')) {
    const mb = MAX_BODY_BYTES / 1024 / 1024;
    return new ApiError('invalid-response', `Invalid response from ${what}: larger than ${mb} MB`);
  }
  if (TIMEOUT_CODES.has(code)) return timeoutError(what, host, timeoutMs);
  if (code === 'ERR_CANCELED') return new ApiError('aborted', `${what} was cancelled`);
  // Codes are short identifiers from Node, but keep them printable whatever they are.
  const safeCode = code.replace(/[^A-Z0-9_]/gi, '').slice(0, 60);
  const reason = isTls(safeCode)
    ? `TLS problem (${safeCode})`
    : (REASONS[safeCode] ?? (safeCode === '' ? 'network error' : `network error (${safeCode})`));
  return new ApiError('network', `Cannot reach ${host}: ${reason} (${what})`);
}

/** The 'timeout' ApiError for a request to `host` that took longer than `timeoutMs`. */
export function timeoutError(what: string, host: string, timeoutMs: number): ApiError {
  const seconds = Math.round(timeoutMs / 100) / 10;
  return new ApiError('timeout', `${what} timed out after ${seconds} s (no answer from ${host})`);
}
