// The simulator's control endpoints, for tests and demos (same Bearer key as the API):
//   GET    /__sim/fault                         -> {fault, modes}
//   POST   /__sim/fault   {"mode": "rate-limited", "count": 3}   (count optional: until cleared)
//   POST   /__sim/fault   {"mode": "none"}  or  DELETE /__sim/fault   -> clears it
//   POST   /__sim/advance {"ms": 60000}     -> moves simulated time on; {now}
//   GET    /__sim/stats                         -> {requests, inFlight, maxInFlight, recent}
//   DELETE /__sim/stats                         -> starts counting again
// Faults never apply here, so a test can always switch them off again.

import {isAuthorized} from './auth.js';
import {FAULT_MODES, isFaultMode} from '../faults/faults.js';
import type {FaultSwitch} from '../faults/faults.js';
import {json} from './routes.js';
import type {SimResponse} from './routes.js';

/** What the server has seen of API requests (control requests are not counted). */
export type RequestStats = {
  readonly requests: number;
  /** Requests received and not yet answered (or abandoned by the client). */
  readonly inFlight: number;
  /** The most that were ever in flight at once since the start or the last reset. */
  readonly maxInFlight: number;
  /** The latest requests' targets (`/v2/flows/runs?limit=1000&offset=0`), oldest first. */
  readonly recent: readonly string[];
};

/** Path prefix of the control endpoints. */
export const CONTROL_PREFIX = '/__sim/';

/** What the control endpoints can reach. */
export type ControlContext = {
  readonly key: string;
  readonly faults: FaultSwitch;
  readonly advance: (ms: number) => void;
  readonly now: () => number;
  readonly stats: () => RequestStats;
  readonly resetStats: () => void;
};

/** A control request, with its body already read. */
export type ControlRequest = {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | undefined;
  readonly body: string;
};

const invalid = (message: string) => json(400, {error: 'Invalid parameters', message});

function parseBody(body: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(body === '' ? '{}' : body);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

function setFault(context: ControlContext, body: Record<string, unknown>): SimResponse {
  const {mode, count} = body;
  if (mode === 'none') {
    context.faults.set(null);
    return json(200, {fault: null});
  }
  if (!isFaultMode(mode)) {
    return invalid(`The field 'mode' must be one of none, ${FAULT_MODES.join(', ')}`);
  }
  if (count !== undefined && !(Number.isInteger(count) && (count as number) >= 1)) {
    return invalid("The field 'count' must be a positive integer");
  }
  context.faults.set({mode, remaining: (count as number | undefined) ?? null});
  return json(200, {fault: context.faults.current()});
}

function fault(context: ControlContext, request: ControlRequest): SimResponse {
  if (request.method === 'GET')
    return json(200, {fault: context.faults.current(), modes: FAULT_MODES});
  if (request.method === 'DELETE') {
    context.faults.set(null);
    return json(200, {fault: null});
  }
  if (request.method !== 'POST')
    return json(405, {error: 'Method not allowed'}, {allow: 'GET, POST, DELETE'});
  const body = parseBody(request.body);
  return body === null ? invalid('The body must be a JSON object') : setFault(context, body);
}

function advance(context: ControlContext, request: ControlRequest): SimResponse {
  if (request.method !== 'POST') return json(405, {error: 'Method not allowed'}, {allow: 'POST'});
  const ms = parseBody(request.body)?.ms;
  if (!(Number.isInteger(ms) && (ms as number) >= 0)) {
    return invalid("The field 'ms' must be a non-negative integer");
  }
  context.advance(ms as number);
  return json(200, {now: context.now()});
}

function requestStats(context: ControlContext, request: ControlRequest): SimResponse {
  if (request.method === 'DELETE') context.resetStats();
  else if (request.method !== 'GET')
    return json(405, {error: 'Method not allowed'}, {allow: 'GET, DELETE'});
  return json(200, context.stats());
}

/** Answers a request under CONTROL_PREFIX. */
export function handleControl(context: ControlContext, request: ControlRequest): SimResponse {
  if (!isAuthorized(request.authorization, context.key)) {
    return json(401, {error: 'Unauthorized', message: 'Invalid or missing API key'});
  }
  const path = request.path.split('?')[0]?.replace(/\/+$/, '');
  if (path === '/__sim/fault') return fault(context, request);
  if (path === '/__sim/advance') return advance(context, request);
  if (path === '/__sim/stats') return requestStats(context, request);
  return json(404, {error: 'Not found'});
}
