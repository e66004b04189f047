// Lists of runs and flows. One malformed item does not fail the list: someone triaging
// wants the other 99 runs on screen, so the item is left out and described in `problems`.
// When *every* item is malformed the format has changed under us, and an empty list would
// be a lie, so that is an error.
import type {Flow, Pagination, Run, RunPage, RunsQuery} from '../domain/run.js';
import {ApiError} from './errors.js';
import {parseFlow, parseRun, type Parsed} from './to-domain.js';
import {sanitize} from './sanitize.js';
import {typeName} from './schema-values.js';
import {wirePagination, type WirePagination} from './schema.js';

/** At most this many problem lines are kept per list; the last one counts the rest. */
export const MAX_PROBLEMS = 20;

/** Items that parsed, and one line per item that did not. */
export type ParsedList<T> = {readonly items: T[]; readonly problems: string[]};

function parseAll<T>(
  raw: readonly unknown[],
  parse: (item: unknown, label: string) => Parsed<T>,
  label: string,
  where: string,
): ParsedList<T> {
  const items: T[] = [];
  const problems: string[] = [];
  let skipped = 0;
  raw.forEach((entry, index) => {
    const parsed = parse(entry, `${label}[${index}]`);
    if (parsed.ok) {
      items.push(parsed.value);
      return;
    }
    skipped++;
    if (problems.length < MAX_PROBLEMS - 1)
      problems.push(`Invalid response from ${where}: ${parsed.problem}`);
  });
  if (skipped > problems.length) {
    problems.push(
      `Invalid response from ${where}: ${skipped - problems.length} more malformed items`,
    );
  }
  if (raw.length > 0 && items.length === 0) {
    const more = skipped > 1 ? ` (all ${skipped} items malformed)` : '';
    throw new ApiError('invalid-response', `${problems[0] ?? where}${more}`);
  }
  return {items, problems};
}

function expectArray(raw: unknown, where: string, field: string): readonly unknown[] {
  if (Array.isArray(raw)) return raw;
  throw new ApiError(
    'invalid-response',
    `Invalid response from ${where}: ${field}: expected array, got ${typeName(raw)}`,
  );
}

/** GET /v2/flows/{id}/runs: a bare array of runs. */
export function parseRunArray(raw: unknown, where: string): ParsedList<Run> {
  return parseAll(expectArray(raw, where, 'response'), parseRun, 'runs', where);
}

/** GET /v2/flows: a bare array of flows. */
export function parseFlowArray(raw: unknown, where: string): ParsedList<Flow> {
  return parseAll(expectArray(raw, where, 'response'), parseFlow, 'flows', where);
}

/**
 * Pagination that a loop can trust. Missing fields fall back to the request; a missing
 * `next_offset` is computed from `total` (or, without one, from whether the page was
 * full); a `next_offset` that does not move forward is ignored, as following it would
 * loop forever. Without `total`, `total` is a lower bound.
 */
export function toPagination(
  wire: WirePagination | null,
  query: RunsQuery,
  count: number,
): Pagination {
  const offset = wire?.offset ?? query.offset;
  const limit = wire?.limit ?? query.limit;
  const end = offset + count;
  let next = wire?.next_offset;
  if (next !== undefined && next !== null && next <= offset) next = undefined;
  if (next === undefined) {
    const more = wire?.total !== undefined ? end < wire.total : count >= query.limit;
    next = count > 0 && more ? end : null;
  }
  // An absurd next_offset (1e300) says nothing about how many runs there are.
  const total = Math.max(wire?.total ?? 0, end, Number.isSafeInteger(next) ? (next ?? 0) : 0);
  const filter = wire?.filter ?? null;
  const pagination: Pagination = {
    total,
    limit,
    offset,
    nextOffset: next,
    filter: filter === null ? null : sanitize(filter),
  };
  return wire?.total === undefined ? {...pagination, totalUnknown: true} : pagination;
}

/**
 * GET /v2/flows/runs: `{flow_runs, pagination}` as documented; a bare array or a missing
 * or malformed `pagination` is accepted with pagination derived from the request.
 */
export function parseRunPage(
  raw: unknown,
  query: RunsQuery,
  where: string,
  parseItem: (item: unknown, label: string) => Parsed<Run> = parseRun,
): RunPage {
  const envelope = typeof raw === 'object' && raw !== null && !Array.isArray(raw);
  const rawRuns = envelope ? (raw as {flow_runs?: unknown}).flow_runs : raw;
  const list = expectArray(rawRuns, where, envelope ? 'flow_runs' : 'response');
  const {items, problems} = parseAll(list, parseItem, 'flow_runs', where);
  const rawPagination = envelope ? (raw as {pagination?: unknown}).pagination : undefined;
  const wire = wirePagination.safeParse(rawPagination);
  const pagination = toPagination(wire.success ? wire.data : null, query, list.length);
  if (problems.length === 0) return {runs: items, pagination};
  return {runs: items, pagination, problems, skipped: list.length - items.length};
}
