// The columns `list` can print, by name, each with its table cell (for people: relative
// times, human durations) and its CSV cell (for machines: ISO 8601 UTC times, seconds).

import type {Run} from '../../domain/run.js';
import {elapsedFor} from '../../domain/durations.js';
import {NO_VALUE, formatAgoAt, formatDuration} from '../../text/format.js';
import {runSnippet} from '../../domain/metadata.js';

/** Every column `--columns` accepts, in the order `--help` lists them. */
export const COLUMN_NAMES = [
  'id',
  'status',
  'flow',
  'flow_id',
  'name',
  'trigger',
  'created',
  'started',
  'ended',
  'updated',
  'duration',
  'elapsed',
  'error',
  'details',
] as const;

/** A column name. */
export type ColumnName = (typeof COLUMN_NAMES)[number];

/** What `list` prints without `--columns`. */
export const DEFAULT_COLUMNS: readonly ColumnName[] = [
  'id',
  'status',
  'flow',
  'trigger',
  'started',
  'duration',
  'details',
];

/** True for a known column name. */
export function isColumnName(name: string): name is ColumnName {
  return (COLUMN_NAMES as readonly string[]).includes(name);
}

/** Flow id -> display name. */
export type FlowNames = ReadonlyMap<string, string>;

const iso = (at: number | null): string => {
  if (at === null || !Number.isFinite(at)) return '';
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().replace(/\.\d{3}Z$/, 'Z');
};

const flowName = (run: Run, names: FlowNames): string => names.get(run.flowId) || run.flowId;

/** The table cell of `column` (may hold newlines; the table folds them). */
export function tableCell(column: ColumnName, run: Run, names: FlowNames, now: number): string {
  switch (column) {
    case 'id':
      return run.id;
    case 'status':
      return run.status;
    case 'flow':
      return flowName(run, names);
    case 'flow_id':
      return run.flowId;
    case 'name':
      return run.name || NO_VALUE;
    case 'trigger':
      return run.trigger || NO_VALUE;
    case 'created':
      return formatAgoAt(run.createdAt, now);
    case 'started':
      return formatAgoAt(run.startedAt ?? run.createdAt, now);
    case 'ended':
      return formatAgoAt(run.endedAt, now);
    case 'updated':
      return formatAgoAt(run.updatedAt, now);
    // For people both say how long the run has taken so far; CSV tells them apart.
    case 'duration':
    case 'elapsed': {
      const elapsed = elapsedFor(run, now);
      return elapsed === null ? NO_VALUE : formatDuration(elapsed);
    }
    case 'error':
      return run.error || NO_VALUE;
    case 'details':
      return runSnippet(run).text;
  }
}

/**
 * The CSV cell of `column`: times in ISO 8601 UTC, durations in seconds, empty when
 * unknown. `duration` is the API's own (0 while a run is in flight), so a file written
 * twice agrees with itself and with the API; `elapsed` is the time so far, by this clock.
 */
export function csvCell(column: ColumnName, run: Run, names: FlowNames, now: number): string {
  switch (column) {
    case 'name':
      return run.name ?? '';
    case 'trigger':
      return run.trigger;
    case 'created':
      return iso(run.createdAt);
    case 'started':
      return iso(run.startedAt);
    case 'ended':
      return iso(run.endedAt);
    case 'updated':
      return iso(run.updatedAt);
    case 'duration':
      return Number.isFinite(run.durationMs) ? String(Math.round(run.durationMs) / 1000) : '';
    case 'elapsed': {
      const elapsed = elapsedFor(run, now);
      return elapsed === null ? '' : String(Math.round(elapsed) / 1000);
    }
    case 'error':
      return run.error ?? '';
    default:
      return tableCell(column, run, names, now);
  }
}
