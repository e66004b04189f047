// All request handling lives here as one function from a parsed request to a response,
// with no sockets in sight. The server only does I/O around it, which leaves one place
// where a fault layer (forced 401/429/500, slow or broken bodies) can wrap it.

import {isAuthorized} from './auth.js';
import {toWireRun} from '../world/run.js';
import {pageRuns, parseRunsQuery} from './runs-query.js';
import type {World} from '../world/workspace.js';

/** What the handler needs to know about a request. */
export type SimRequest = {
  readonly method: string;
  /** The request target as sent: path and query. */
  readonly target: string;
  readonly authorization: string | undefined;
};

/** A complete response; `body` is already serialised. */
export type SimResponse = {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
};

/** A JSON response with the headers every simulator answer carries. */
export function json(
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): SimResponse {
  return {
    status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      ...headers,
    },
    body: JSON.stringify(value),
  };
}

/** Splits a request target into decoded path segments and a query, or null when malformed. */
export function parseTarget(target: string): {segments: string[]; query: URLSearchParams} | null {
  let path = target;
  let search = '';
  if (!target.startsWith('/')) {
    // Absolute-form targets (as proxies send them) are allowed; anything else is not.
    try {
      const url = new URL(target);
      [path, search] = [url.pathname, url.search];
    } catch {
      return null;
    }
  }
  const mark = path.indexOf('?');
  if (mark >= 0) [path, search] = [path.slice(0, mark), path.slice(mark)];
  try {
    const segments = path
      .split('/')
      .filter((segment) => segment !== '')
      .map(decodeURIComponent);
    return {segments, query: new URLSearchParams(search)};
  } catch {
    return null;
  }
}

type Route = (world: World, query: URLSearchParams) => SimResponse;

function route(segments: readonly string[]): Route | null {
  const [version, flows, third, fourth, ...rest] = segments;
  if (version !== 'v2' || flows !== 'flows' || rest.length > 0) return null;
  if (third === undefined) return activeFlows;
  if (third === 'runs' && fourth === undefined) {
    return (world, query) => {
      const parsed = parseRunsQuery(query);
      return typeof parsed === 'string'
        ? json(400, {error: 'Invalid parameters', message: parsed})
        : json(200, pageRuns(world.runs, parsed));
    };
  }
  if (third === 'runs') return (world) => runDetail(world, fourth as string);
  if (fourth === 'runs') return (world) => flowRuns(world, third);
  return null;
}

function activeFlows(world: World): SimResponse {
  return json(
    200,
    world.flows.filter((flow) => flow.wire.active).map((flow) => flow.wire),
  );
}

function runDetail(world: World, id: string): SimResponse {
  const run = world.byId.get(id);
  const flow = run && world.flows.find((candidate) => candidate.id === run.flowId);
  if (run === undefined || flow === undefined) return json(404, {error: 'Flow run not found'});
  const {created_at, updated_at, ...rest} = toWireRun(run);
  const {id: flowId, workspace_id, name, description, active} = flow.wire;
  const steps = flow.wire.steps.map(({id: stepId, title, type}) => ({id: stepId, title, type}));
  // Key order follows fixture 3.2: the flow sits between drive_files and created_at.
  return json(200, {
    ...rest,
    flow: {id: flowId, workspace_id, name, description, steps, active},
    created_at,
    updated_at,
  });
}

function flowRuns(world: World, flowId: string): SimResponse {
  if (!world.flows.some((flow) => flow.id === flowId)) return json(404, {error: 'Flow not found'});
  return json(200, world.runs.filter((run) => run.flowId === flowId).map(toWireRun));
}

/** Answers one request against the world, checking the key first. */
export function handleRequest(world: World, key: string, request: SimRequest): SimResponse {
  const target = parseTarget(request.target);
  if (target === null) {
    return json(400, {error: 'Invalid parameters', message: 'The request URL is malformed'});
  }
  if (!isAuthorized(request.authorization, key)) {
    return json(
      401,
      {error: 'Unauthorized', message: 'Invalid or missing API key'},
      {'www-authenticate': 'Bearer'},
    );
  }
  const handler = route(target.segments);
  if (handler === null) return json(404, {error: 'Not found'});
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return json(405, {error: 'Method not allowed'}, {allow: 'GET, HEAD'});
  }
  return handler(world, target.query);
}
