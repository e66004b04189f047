// HTTP answers -> ApiError. The docs list no status codes at all (contract section 1.6),
// so this follows HTTP conventions and reads whatever error text the body carries.
import {ApiError} from './errors.js';
import {oneLine, sanitize} from './sanitize.js';

/** The longest wait we honour from Retry-After: longer ones are clamped to this. */
export const MAX_RETRY_AFTER_MS = 10 * 60_000;

/**
 * Retry-After as ms from `now`: delta-seconds or an HTTP date, clamped to
 * [0, MAX_RETRY_AFTER_MS]; null when absent or unreadable.
 */
export function parseRetryAfter(value: string | undefined, now: number): number | null {
  if (value === undefined) return null;
  const text = value.trim();
  if (text === '') return null;
  let ms: number;
  if (/^\d+(?:\.\d+)?$/.test(text)) ms = Number(text) * 1000;
  else {
    const date = Date.parse(text);
    if (!Number.isFinite(date)) return null;
    ms = date - now;
  }
  return Math.min(MAX_RETRY_AFTER_MS, Math.max(0, Math.round(ms)));
}

/** True when a body is an HTML page (a proxy, a login wall, the marketing site). */
export function looksLikeHtml(body: string): boolean {
  // Any markup counts: proxies and load balancers send XML or HTML error pages alike.
  return body.slice(0, 1000).trimStart().startsWith('<');
}

function stringAt(value: unknown, key: string): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const field = (value as Record<string, unknown>)[key];
  return typeof field === 'string' && field.trim() !== '' ? field : undefined;
}

/**
 * What the server said went wrong, as one sanitised line: `error` and `message` joined
 * (documented shape), or `error.message`/`detail` (common elsewhere); "an HTML page" for
 * HTML; the start of any other text; '' for an empty body.
 */
export function bodySummary(body: string, redact: (text: string) => string): string {
  const text = body.trim();
  if (text === '') return '';
  // Scrubbed after sanitising (an invisible character could split the key) and before
  // cutting (a cut could leave part of it).
  const clean = (part: string): string => redact(sanitize(part));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return looksLikeHtml(text) ? 'the server sent an HTML page' : oneLine(clean(text));
  }
  const nested =
    typeof json === 'object' && json !== null ? (json as {error?: unknown}).error : undefined;
  const parts = [
    stringAt(json, 'error') ?? stringAt(nested, 'message'),
    stringAt(json, 'message'),
    stringAt(json, 'detail'),
  ].filter((part): part is string => part !== undefined);
  const unique = [...new Set(parts.map((part) => oneLine(clean(part), 160)))];
  return oneLine(unique.join(' — '), 240);
}

const withDetail = (head: string, detail: string): string =>
  detail === '' ? head : `${head} (${detail})`;

/** Everything needed to explain a non-2xx answer. */
export type HttpFailure = {
  readonly status: number;
  readonly what: string; // `GET /v2/flows/runs`
  readonly resource: string; // `run "abc"`, or '' for a collection
  readonly detail: string; // bodySummary()
  readonly retryAfterMs: number | null;
  readonly location: string | null; // redirect target host, sanitised
};

/** The ApiError for an HTTP answer that is not 2xx. */
export function httpError(failure: HttpFailure): ApiError {
  const {status, what, resource, detail, retryAfterMs} = failure;
  const head = `HTTP ${status} from ${what}`;
  const options = {status, retryAfterMs};
  if (status === 401) {
    const message = withDetail(
      `${head}: TableFlow rejected the API key — check TABLEFLOW_API_KEY`,
      detail,
    );
    return new ApiError('auth', message, options);
  }
  if (status === 403) {
    const message = withDetail(
      `${head}: TableFlow refused this API key access — check TABLEFLOW_API_KEY and its workspace`,
      detail,
    );
    return new ApiError('auth', message, options);
  }
  if (status === 404) {
    const missing =
      resource === '' ? 'endpoint not found — check the base URL' : `${resource} not found`;
    return new ApiError('not-found', withDetail(`${head}: ${missing}`, detail), options);
  }
  if (status === 400 || status === 422) {
    return new ApiError(
      'bad-request',
      `${head}: ${detail || 'the server rejected the request'}`,
      options,
    );
  }
  if (status === 429) {
    return new ApiError('rate-limited', withDetail(`${head}: rate limited`, detail), options);
  }
  if (status >= 500) {
    return new ApiError('server', `${head}: ${detail || 'server error'}`, options);
  }
  if (status >= 300 && status < 400) {
    const target = failure.location === null ? '' : ` to ${failure.location}`;
    const message = `${head}: redirected${target}; not followed, so the API key is not sent elsewhere — check the base URL`;
    return new ApiError('http', message, options);
  }
  return new ApiError('http', `${head}: ${detail || 'unexpected status'}`, options);
}
