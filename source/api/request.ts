// The only file that touches axios. One instance per client; every request is a GET that
// resolves to its mapped JSON or rejects with a fresh ApiError. Axios errors are read for
// their code and dropped, never wrapped: their `config.headers` hold the API key.
import axios, {type AxiosResponse} from 'axios';
import {ApiError, toApiError, type ApiErrorKind} from './errors.js';
import {bodySummary, httpError, looksLikeHtml, parseRetryAfter} from './classify.js';
import {MAX_BODY_BYTES, networkError, timeoutError} from './network-errors.js';
import {oneLine} from './sanitize.js';

/** What `onRequest` hears about each request that was sent. */
export type RequestInfo = {
  readonly method: string;
  /** Path and query, e.g. `/v2/flows/runs?limit=100&offset=0`. Never the key. */
  readonly path: string;
  /** The HTTP status, or null when no answer came (network error, timeout, abort). */
  readonly status: number | null;
  readonly ms: number;
  /** What went wrong, or null for a usable answer. */
  readonly error: ApiErrorKind | null;
};

/** Settings for `createTransport`. */
export type TransportOptions = {
  readonly baseUrl: string; // normalised: origin plus any prefix, no `/v2`, no trailing slash
  readonly apiKey: string;
  readonly timeoutMs: number;
  readonly onRequest?: (info: RequestInfo) => void;
};

/** One GET: `path` without query (for messages), `query`, and what a 404 means. */
export type GetRequest = {
  readonly path: string;
  readonly query?: URLSearchParams;
  /** `run "abc"`, `flow "xyz"`, or '' for a collection (a 404 then hints at the base URL). */
  readonly resource: string;
  readonly signal?: AbortSignal | undefined;
};

/**
 * Sends GETs and returns their JSON as `map` turns it into a result. A body byte for byte
 * the same as the last one seen for its path and query gets that result back, neither
 * parsed nor mapped again: so `map` must be pure and the same for a given path.
 */
export type Transport = {
  readonly getJson: <T>(request: GetRequest, map: (json: unknown) => T) => Promise<T>;
};

// A pane polls the same few paths (the page, two counts, the flows, an open run) and
// mostly hears the same answers: parsing and validating them again was most of its idle
// CPU. A few paths are remembered, the least recently used forgotten first.
const REMEMBERED_PATHS = 6;

type Remembered = {readonly body: string; readonly result: unknown};

function header(response: AxiosResponse, name: string): string | undefined {
  const value: unknown = response.headers[name];
  if (Array.isArray(value)) return typeof value[0] === 'string' ? value[0] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** The host a redirect points at, sanitised, or null when there is none to name. */
function redirectHost(
  target: string | undefined,
  base: string,
  redact: (text: string) => string,
): string | null {
  if (target === undefined) return null;
  try {
    return oneLine(redact(new URL(target, base).host), 100) || null;
  } catch {
    return null;
  }
}

/** Builds the transport; `redact` scrubs the key from any server text used in messages. */
export function createTransport(
  options: TransportOptions,
  redact: (text: string) => string,
): Transport {
  const host = new URL(options.baseUrl).host;
  const http = axios.create({
    baseURL: options.baseUrl,
    allowAbsoluteUrls: false,
    adapter: 'http',
    timeout: options.timeoutMs,
    headers: {
      Authorization: `Bearer ${options.apiKey}`,
      Accept: 'application/json',
      'User-Agent': 'tableflow-runs',
    },
    responseType: 'text',
    responseEncoding: 'utf8',
    transformResponse: [(data: unknown) => data],
    validateStatus: () => true,
    maxRedirects: 0,
    maxContentLength: MAX_BODY_BYTES,
    transitional: {clarifyTimeoutError: true, forcedJSONParsing: false, silentJSONParsing: true},
  });

  const report = (info: RequestInfo): void => {
    try {
      options.onRequest?.(info);
    } catch {
      // A logging hook must not turn a good answer into a failure.
    }
  };

  // Keyed by path and query only (what `onRequest` may log too): never the key.
  const recent = new Map<string, Remembered>();
  const remember = (path: string, entry: Remembered): void => {
    recent.delete(path);
    recent.set(path, entry);
    if (recent.size > REMEMBERED_PATHS) recent.delete(recent.keys().next().value ?? path);
  };

  function toResult(
    response: AxiosResponse,
    what: string,
    resource: string,
    path: string,
  ): {readonly body: string; readonly json: unknown} | {readonly known: Remembered} {
    const body = typeof response.data === 'string' ? response.data : '';
    const {status} = response;
    if (status < 200 || status >= 300) {
      const retryAfterMs =
        status === 429 || status === 503
          ? parseRetryAfter(header(response, 'retry-after'), Date.now())
          : null;
      const location = redirectHost(header(response, 'location'), options.baseUrl, redact);
      throw httpError({
        status,
        what,
        resource,
        detail: bodySummary(body, redact),
        retryAfterMs,
        location,
      });
    }
    const invalid = (why: string): ApiError =>
      new ApiError('invalid-response', `Invalid response from ${what}: ${why} (HTTP ${status})`, {
        status,
      });
    const known = recent.get(path);
    if (known !== undefined && known.body === body) return {known};
    if (body.trim() === '') throw invalid('empty body');
    try {
      return {body, json: JSON.parse(body) as unknown};
    } catch {
      if (looksLikeHtml(body))
        throw invalid('got an HTML page instead of JSON — check the base URL');
      throw invalid('truncated or malformed JSON');
    }
  }

  async function getJson<T>(request: GetRequest, map: (json: unknown) => T): Promise<T> {
    const what = `GET ${request.path}`;
    const query = request.query?.toString() ?? '';
    const path = query === '' ? request.path : `${request.path}?${query}`;
    const {signal} = request;
    if (signal?.aborted) throw new ApiError('aborted', `${what} was cancelled`);
    // Our own deadline covers the whole exchange; axios's `timeout` alone is an idle
    // timer that a server trickling bytes could keep alive forever.
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, options.timeoutMs);
    const onAbort = (): void => controller.abort();
    signal?.addEventListener('abort', onAbort, {once: true});
    const started = performance.now();
    const elapsed = (): number => Math.round(performance.now() - started);
    let response: AxiosResponse;
    try {
      response = await http.get(path, {signal: controller.signal});
    } catch (error: unknown) {
      const failure = signal?.aborted
        ? new ApiError('aborted', `${what} was cancelled`)
        : timedOut
          ? timeoutError(what, host, options.timeoutMs)
          : networkError(error, what, host, options.timeoutMs);
      report({method: 'GET', path, status: null, ms: elapsed(), error: failure.kind});
      throw failure;
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
    const ms = elapsed();
    const {status} = response;
    let answer: ReturnType<typeof toResult>;
    try {
      answer = toResult(response, what, request.resource, path);
      report({method: 'GET', path, status, ms, error: null});
    } catch (error: unknown) {
      report({method: 'GET', path, status, ms, error: toApiError(error).kind});
      throw error;
    }
    if ('known' in answer) {
      remember(path, answer.known);
      return answer.known.result as T;
    }
    // A body `map` rejects is not remembered: the next one is checked again.
    const result = map(answer.json);
    remember(path, {body: answer.body, result});
    return result;
  }

  return {getJson};
}
