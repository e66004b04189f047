// The TableFlow client: four documented GET endpoints behind the `TableFlowClient`
// interface. Configuration problems (no key, a bad base URL) reject every call with an
// ApiError instead of throwing from `createClient`, so they reach the user the same way
// as any other failure.
import type {Flow, Run, RunDetail, RunPage, RunsQuery, TableFlowClient} from '../domain/run.js';
import {ApiError, toApiError} from './errors.js';
import {parseFlowArray, parseRunArray, parseRunPage} from './parse-lists.js';
import {memoizedRuns} from './run-memo.js';
import {INSECURE_HTTP_FLAG, sendsKeyInClear} from './plain-http.js';
import {pathSegment, runsQueryString} from './query.js';
import {redactDeep, redactor} from './redact.js';
import {createTransport, type RequestInfo, type Transport} from './request.js';
import {oneLine} from './sanitize.js';
import {parseRun, parseRunDetail} from './to-domain.js';

export type {RequestInfo} from './request.js';

/** The base URL the CLI uses when none is configured. */
export const DEFAULT_BASE_URL = 'https://api.tableflow.com';

/** Settings for `createClient`. */
export type ClientOptions = {
  /** `https://api.tableflow.com`, with or without a trailing `/v2` and slashes. */
  readonly baseUrl: string;
  readonly apiKey: string;
  /** Deadline for a whole request, in ms (default 15000; a non-positive value means the default). */
  readonly timeoutMs?: number;
  /** Called once per request sent, with its outcome; never given the key. */
  readonly onRequest?: (info: RequestInfo) => void;
  /** Called with one line per malformed item left out of a bare list or an embedded flow. */
  readonly onProblem?: (problem: string) => void;
  /** Allow plain http to a host that is not loopback (`--insecure-http`); default false. */
  readonly allowPlainHttp?: boolean;
};

/**
 * The API root without `/v2`: paths are always written in full (`/v2/flows/runs`), so
 * both `https://api.tableflow.com` and `https://api.tableflow.com/v2/` work, and a prefix
 * before it (a proxy at `https://gw.example/tableflow`) is kept. Throws a 'bad-request'
 * ApiError for anything but a plain http(s) URL, and for one with credentials in it,
 * which axios would send instead of the key.
 */
export function normalizeBaseUrl(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl.trim());
  } catch {
    throw new ApiError('bad-request', `Invalid base URL "${oneLine(baseUrl, 80)}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ApiError(
      'bad-request',
      `Invalid base URL: ${oneLine(url.protocol, 20)} is not http or https`,
    );
  }
  if (url.username !== '' || url.password !== '') {
    throw new ApiError(
      'bad-request',
      'Invalid base URL: it must not contain a user name or password',
    );
  }
  if (url.search !== '' || url.hash !== '') {
    throw new ApiError('bad-request', 'Invalid base URL: it must not contain a query or fragment');
  }
  const path = url.pathname.replace(/\/+$/, '').replace(/\/v2$/, '').replace(/\/+$/, '');
  return `${url.origin}${path}`;
}

/** The default whole-request deadline, in ms. */
export const DEFAULT_TIMEOUT_MS = 15_000;

// setTimeout fires at once for NaN or a negative delay and overflows past 2^31-1 ms, so
// a nonsensical setting falls back to the default instead of failing every request.
function deadline(timeoutMs: number | undefined): number {
  if (timeoutMs === undefined || !Number.isFinite(timeoutMs) || timeoutMs <= 0)
    return DEFAULT_TIMEOUT_MS;
  return Math.min(Math.round(timeoutMs), 2 ** 31 - 1);
}

/** A real client for the TableFlow REST API v2. */
export function createClient(options: ClientOptions): TableFlowClient {
  // Keys pasted from files often end in a newline; anything else unprintable could never
  // be sent in a header (and Node's error would then be about the header).
  const apiKey = options.apiKey.trim();
  const redact = redactor(apiKey);
  // Run data is sanitised where it is parsed; the key is scrubbed from it here, where the
  // key is known, so no view or command can show a key a server echoed in a run.
  const scrubbed = <T>(value: T): T => redactDeep(value, redact);
  // Runs of earlier pages, scrubbed already: an unchanged run is not mapped again.
  const pageRun = memoizedRuns((raw, label) => {
    const parsed = parseRun(raw, label);
    return parsed.ok ? {ok: true, value: scrubbed(parsed.value)} : parsed;
  });
  let setup: ApiError | null = null;
  let transport: Transport | null = null;
  if (apiKey === '') setup = new ApiError('auth', 'No API key: set TABLEFLOW_API_KEY');
  else if (!/^[\x21-\x7e]+$/.test(apiKey)) {
    setup = new ApiError('auth', 'TABLEFLOW_API_KEY contains characters an API key cannot have');
  } else {
    try {
      const baseUrl = normalizeBaseUrl(options.baseUrl);
      // The CLI refuses this before connecting; the client holds the line for any caller.
      if (options.allowPlainHttp !== true && sendsKeyInClear(baseUrl)) {
        throw new ApiError(
          'bad-request',
          `Refusing to send the API key over plain http to ${new URL(baseUrl).host}; use https:// (or ${INSECURE_HTTP_FLAG})`,
        );
      }
      transport = createTransport(
        {...options, baseUrl, apiKey, timeoutMs: deadline(options.timeoutMs)},
        redact,
      );
    } catch (error: unknown) {
      setup = toApiError(error);
    }
  }

  const problem = (line: string): void => {
    try {
      options.onProblem?.(redact(line));
    } catch {
      // A logging hook must not fail the request.
    }
  };

  // Every failure leaves through here: one ApiError, the key scrubbed from its message
  // (a server could echo it back), and no cause.
  async function call<T>(work: (transport: Transport) => Promise<T> | T): Promise<T> {
    try {
      if (setup !== null || transport === null)
        throw setup ?? new ApiError('http', 'Client not configured');
      return await work(transport);
    } catch (error: unknown) {
      const apiError = toApiError(error);
      const message = redact(apiError.message);
      if (message === apiError.message) throw apiError;
      throw new ApiError(apiError.kind, message, {
        status: apiError.status,
        retryAfterMs: apiError.retryAfterMs,
      });
    }
  }

  return {
    listRuns: (query: RunsQuery, signal?: AbortSignal): Promise<RunPage> =>
      call(async (http) => {
        const params = runsQueryString(query);
        return http.getJson(
          {path: '/v2/flows/runs', query: params, resource: '', signal},
          (raw) => {
            // Each run is scrubbed as it is mapped (pageRun); the rest of the page here.
            const {runs, ...rest} = parseRunPage(raw, query, 'GET /v2/flows/runs', pageRun);
            return {runs, ...scrubbed(rest)};
          },
        );
      }),
    getRun: (id: string, signal?: AbortSignal): Promise<RunDetail> =>
      call(async (http) => {
        const path = `/v2/flows/runs/${pathSegment(id, 'run')}`;
        const resource = `run "${oneLine(id, 60)}"`;
        const parsed = await http.getJson({path, resource, signal}, parseRunDetail);
        if (!parsed.ok) {
          throw new ApiError(
            'invalid-response',
            `Invalid response from GET ${path}: ${parsed.problem}`,
          );
        }
        if (parsed.flowProblem !== undefined)
          problem(`Invalid response from GET ${path}: ${parsed.flowProblem}`);
        return scrubbed(parsed.value);
      }),
    listFlows: (signal?: AbortSignal): Promise<readonly Flow[]> =>
      call(async (http) => {
        const {items, problems} = await http.getJson(
          {path: '/v2/flows', resource: '', signal},
          (raw) => parseFlowArray(raw, 'GET /v2/flows'),
        );
        problems.forEach(problem);
        return scrubbed(items);
      }),
    listFlowRuns: (flowId: string, signal?: AbortSignal): Promise<readonly Run[]> =>
      call(async (http) => {
        const path = `/v2/flows/${pathSegment(flowId, 'flow')}/runs`;
        const resource = `flow "${oneLine(flowId, 60)}"`;
        const {items, problems} = await http.getJson({path, resource, signal}, (raw) =>
          parseRunArray(raw, `GET ${path}`),
        );
        problems.forEach(problem);
        return scrubbed(items);
      }),
  };
}
