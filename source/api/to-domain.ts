// Wire -> domain: validates with schema.ts, renames to the domain's names, and runs every
// server string (keys included) through sanitize() exactly once, here, so nothing past the
// API module ever sees raw server text.
import type {DriveFile, Flow, MetadataValue, Run, RunDetail, StatusEntry} from '../domain/run.js';
import {describeIssue, labelWithId} from './issues.js';
import {beyondLimits} from './json-limits.js';
import {sanitize} from './sanitize.js';
import {wireFlow, wireRun, type WireFlow, type WireRun} from './schema.js';
import type * as z from 'zod';

/** A parse that either worked or says, in one line, what did not match. */
export type Parsed<T> =
  {readonly ok: true; readonly value: T} | {readonly ok: false; readonly problem: string};

// Metadata is arbitrary JSON from whoever started the run; deeper nesting than this is
// shown as an ellipsis rather than walked (a hostile document could nest thousands deep).
const MAX_METADATA_DEPTH = 8;

/** Sanitised copy of a JSON value: strings cleaned, keys cleaned, depth capped. */
export function cleanJson(value: unknown, depth = 0): MetadataValue {
  if (typeof value === 'string') return sanitize(value);
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean' || value === null || value === undefined) return value ?? null;
  if (depth >= MAX_METADATA_DEPTH) return '…';
  if (Array.isArray(value)) return value.map((item: unknown) => cleanJson(item, depth + 1));
  if (typeof value !== 'object') return null;
  // fromEntries defines own properties, so a "__proto__" key stays a plain key.
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [sanitize(key), cleanJson(item, depth + 1)]),
  );
}

function toDriveFile(file: WireRun['drive_files'][number]): DriveFile {
  return {
    key: sanitize(file.key),
    fileId: sanitize(file.file_id),
    mimeType: sanitize(file.mime_type),
    sheets: file.sheets.map((sheet) => ({
      sheetId: sheet.sheet_id ?? 0,
      title: sanitize(sheet.title),
    })),
  };
}

function toHistory(entries: WireRun['status_history']): StatusEntry[] {
  const history = entries.map((entry) => ({
    status: sanitize(entry.status),
    at: entry.time,
    message: sanitize(entry.message),
  }));
  // The domain promises oldest first; the docs only imply it. Array#sort is stable.
  return history.sort((a, b) => a.at - b.at);
}

/** Maps a validated wire run onto the domain `Run`. */
export function toRun(wire: WireRun): Run {
  const computed =
    wire.start_time !== null && wire.end_time !== null
      ? Math.max(0, wire.end_time - wire.start_time)
      : 0;
  const name = wire.name === null ? '' : sanitize(wire.name);
  return {
    id: sanitize(wire.id),
    ...(name === '' ? {} : {name}),
    flowId: sanitize(wire.flow_id),
    workspaceId: sanitize(wire.workspace_id),
    status: sanitize(wire.status),
    history: toHistory(wire.status_history),
    error: wire.error === null ? null : sanitize(wire.error),
    metadata: cleanJson(wire.metadata) as Readonly<Record<string, MetadataValue>>,
    trigger: sanitize(wire.trigger_method),
    startedAt: wire.start_time,
    endedAt: wire.end_time,
    durationMs: wire.duration ?? computed,
    driveFiles: wire.drive_files.map(toDriveFile),
    createdAt: wire.created_at,
    updatedAt: wire.updated_at ?? wire.created_at,
  };
}

/** Maps a validated wire flow onto the domain `Flow`. */
export function toFlow(wire: WireFlow): Flow {
  return {
    id: sanitize(wire.id),
    workspaceId: sanitize(wire.workspace_id),
    name: sanitize(wire.name),
    description: sanitize(wire.description),
    steps: wire.steps.map((step) => ({
      id: sanitize(step.id),
      title: sanitize(step.title),
      type: sanitize(step.type),
      description: step.description === null ? null : sanitize(step.description),
      order: step.order,
    })),
    active: wire.active,
  };
}

// The fields the schemas read: a huge or deep field nobody maps costs nothing.
const RUN_FIELDS = Object.keys(wireRun.shape);
const FLOW_FIELDS = Object.keys(wireFlow.shape);

/**
 * Checks the limits, validates, maps: a run or flow past the limits, malformed, or one
 * whose mapping throws all the same (a problem line instead of a failed page).
 */
function parseWith<S extends z.ZodType, T>(
  schema: S,
  fields: readonly string[],
  map: (wire: z.output<S>) => T,
  raw: unknown,
  label: string,
  what: string,
): Parsed<T> {
  // Named only when something is wrong: it sanitises the id.
  const where = (): string => (label === '' ? what : labelWithId(label, raw));
  try {
    const beyond = beyondLimits(raw, fields);
    if (beyond !== null) return {ok: false, problem: `${where()}: ${beyond}`};
    const result = schema.safeParse(raw);
    if (result.success) return {ok: true, value: map(result.data)};
    return {ok: false, problem: describeIssue(result.error, raw, labelWithId(label, raw))};
  } catch (error: unknown) {
    const why = error instanceof Error ? error.name : 'error';
    return {ok: false, problem: `${where()}: could not be read (${why})`};
  }
}

/** Validates and maps one run; `label` (e.g. `flow_runs[3]`) prefixes the problem. */
export function parseRun(raw: unknown, label = ''): Parsed<Run> {
  return parseWith(wireRun, RUN_FIELDS, toRun, raw, label, 'run');
}

/** Validates and maps one flow. */
export function parseFlow(raw: unknown, label = ''): Parsed<Flow> {
  return parseWith(wireFlow, FLOW_FIELDS, toFlow, raw, label, 'flow');
}

/**
 * Validates and maps GET /v2/flows/runs/{id}. The embedded flow is context only: when it
 * is missing, null or malformed the run is still returned, with `flow: null` and, for a
 * malformed one, a `flowProblem`.
 */
export function parseRunDetail(raw: unknown): Parsed<RunDetail> & {readonly flowProblem?: string} {
  const run = parseRun(raw);
  if (!run.ok) return run;
  const rawFlow = typeof raw === 'object' && raw !== null ? (raw as {flow?: unknown}).flow : null;
  if (rawFlow === null || rawFlow === undefined)
    return {ok: true, value: {...run.value, flow: null}};
  const flow = parseFlow(rawFlow, 'flow');
  if (flow.ok) return {ok: true, value: {...run.value, flow: flow.value}};
  return {ok: true, value: {...run.value, flow: null}, flowProblem: flow.problem};
}
