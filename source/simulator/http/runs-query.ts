// Validates the query of GET /v2/flows/runs and pages through the world's runs. Strict on
// purpose: a client bug (limit=0, status=done, offset=-1) gets the documented 400
// instead of being quietly forgiven, so it shows up while developing against the simulator.

import {toWireRun} from '../world/run.js';
import type {SimRun} from '../world/run.js';
import {WIRE_STATUSES, isWireStatus} from '../world/wire.js';
import type {WireRun, WireStatus} from '../world/wire.js';

/** A validated runs query. */
export type RunsQuery = {
  readonly flowId: string | null;
  readonly status: WireStatus | null;
  readonly limit: number;
  readonly offset: number;
};

/** The body of `GET /v2/flows/runs`. */
export type RunsPage = {
  readonly flow_runs: readonly WireRun[];
  readonly pagination: {
    readonly total: number;
    readonly limit: number;
    readonly offset: number;
    readonly next_offset: number | null;
    readonly filter: string;
  };
};

class InvalidParameter extends Error {}

function single(query: URLSearchParams, name: string): string | null {
  const values = query.getAll(name);
  if (values.length > 1)
    throw new InvalidParameter(`The parameter '${name}' must be given at most once`);
  return values[0] ?? null;
}

function integer(text: string | null, fallback: number, digits: number): number {
  if (text === null) return fallback;
  return new RegExp(`^\\d{1,${digits}}$`).test(text) ? Number(text) : Number.NaN;
}

function parse(query: URLSearchParams): RunsQuery {
  const flowId = single(query, 'flow_id');
  const status = single(query, 'status');
  const limit = integer(single(query, 'limit'), 100, 4);
  const offset = integer(single(query, 'offset'), 0, 15);
  if (flowId === '') throw new InvalidParameter("The parameter 'flow_id' must not be empty");
  if (status !== null && !isWireStatus(status)) {
    throw new InvalidParameter(`The parameter 'status' must be one of ${WIRE_STATUSES.join(', ')}`);
  }
  if (!(limit >= 1 && limit <= 1000)) {
    throw new InvalidParameter("The parameter 'limit' must be an integer between 1 and 1000");
  }
  if (!(offset >= 0))
    throw new InvalidParameter("The parameter 'offset' must be a non-negative integer");
  return {flowId, status, limit, offset};
}

/** Parses the query, or returns the `message` of the 400 it deserves. */
export function parseRunsQuery(query: URLSearchParams): RunsQuery | string {
  try {
    return parse(query);
  } catch (error) {
    if (error instanceof InvalidParameter) return error.message;
    throw error;
  }
}

/** One page of matching runs, newest first, with the pagination block. */
export function pageRuns(runs: readonly SimRun[], query: RunsQuery): RunsPage {
  const matching = runs.filter(
    (run) =>
      (query.flowId === null || run.flowId === query.flowId) &&
      (query.status === null || run.status === query.status),
  );
  const page = matching.slice(query.offset, query.offset + query.limit);
  const next = query.offset + query.limit;
  return {
    flow_runs: page.map(toWireRun),
    pagination: {
      total: matching.length,
      limit: query.limit,
      offset: query.offset,
      next_offset: next < matching.length ? next : null,
      filter: query.status ?? 'all',
    },
  };
}
