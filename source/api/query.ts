// Requests are checked before they are sent, so a bad limit or a malformed id costs no
// round trip and cannot reach the server as something else (`..` would change the path).
import {isKnownStatus, KNOWN_STATUSES, type RunsQuery} from '../domain/run.js';
import {ApiError} from './errors.js';
import {oneLine} from './sanitize.js';

/** The documented maximum page size of GET /v2/flows/runs. */
export const MAX_LIMIT = 1000;

// String#isWellFormed is ES2024; encodeURIComponent throws on the same lone surrogates.
function wellFormed(text: string): boolean {
  try {
    encodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

function bad(message: string): ApiError {
  return new ApiError('bad-request', message);
}

/** The query string for GET /v2/flows/runs; throws a 'bad-request' ApiError if invalid. */
export function runsQueryString(query: RunsQuery): URLSearchParams {
  const {limit, offset, status, flowId} = query;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw bad(
      `Invalid runs query: limit must be a whole number from 1 to ${MAX_LIMIT}, got ${oneLine(String(limit), 20)}`,
    );
  }
  if (!Number.isSafeInteger(offset) || offset < 0) {
    throw bad(
      `Invalid runs query: offset must be a whole number ≥ 0, got ${oneLine(String(offset), 20)}`,
    );
  }
  if (status !== undefined && !isKnownStatus(status)) {
    throw bad(`Invalid runs query: status must be one of ${KNOWN_STATUSES.join(', ')}`);
  }
  const params = new URLSearchParams();
  // An empty flow id means "no flow filter", not "runs of the flow called ''".
  if (flowId !== undefined && flowId !== '') {
    if (!wellFormed(flowId)) throw bad('Invalid runs query: flow id is not valid text');
    params.set('flow_id', flowId);
  }
  if (status !== undefined) params.set('status', status);
  params.set('limit', String(limit));
  params.set('offset', String(offset));
  return params;
}

/** `id` encoded as one path segment; throws a 'bad-request' ApiError when it cannot be one. */
export function pathSegment(id: string, what: string): string {
  if (typeof id !== 'string' || id === '' || id === '.' || id === '..' || !wellFormed(id)) {
    throw bad(`Invalid ${what} id "${oneLine(String(id), 40)}"`);
  }
  return encodeURIComponent(id);
}
