// The `list` table, as pure functions of a page, the flow names and `now`, so alignment,
// width fitting and every cell format are tested without HTTP or a terminal.

import type {Flow, Pagination, Run} from '../domain.js';
import {
  NO_VALUE,
  displayWidth,
  elapsedFor,
  foldNewlines,
  formatAgoAt,
  formatCount,
  formatDuration,
  padEnd,
  truncate,
} from '../format.js';
import {runSnippet} from '../ui/metadata.js';

const COLUMNS = ['ID', 'STATUS', 'FLOW', 'TRIGGER', 'STARTED', 'DURATION', 'DETAILS'] as const;
const FLOW = 2;
const TRIGGER = 3;
const STARTED = 4;
const DURATION = 5;
const DETAILS = 6;

const GAP = '  ';

type FitStep = {readonly shrink: number; readonly to: number} | {readonly drop: number};

// Tried in order until the table fits. Free text loses its tail before any column goes;
// the trigger goes first because it is rarely what a person scans for; id and status stay.
const FIT_STEPS: readonly FitStep[] = [
  {shrink: DETAILS, to: 40},
  {shrink: FLOW, to: 20},
  {drop: TRIGGER},
  {shrink: DETAILS, to: 20},
  {shrink: FLOW, to: 12},
  {drop: DETAILS},
  {drop: STARTED},
  {drop: DURATION},
  {drop: FLOW},
];

/** Flow id -> display name, from `listFlows()`. */
export function flowNames(flows: readonly Flow[]): ReadonlyMap<string, string> {
  return new Map(flows.map((flow) => [flow.id, flow.name]));
}

/** The cells of one run, in column order, each on a single line. */
export function runCells(run: Run, names: ReadonlyMap<string, string>, now: number): string[] {
  const elapsed = elapsedFor(run, now);
  return [
    run.id,
    run.status,
    names.get(run.flowId) || run.flowId,
    run.trigger || NO_VALUE,
    formatAgoAt(run.startedAt ?? run.createdAt, now),
    elapsed === null ? NO_VALUE : formatDuration(elapsed),
    runSnippet(run).text,
  ].map((cell) => foldNewlines(cell).trim());
}

/**
 * Aligns rows under a header. With `maxWidth`, free-text columns are squeezed and then the
 * least useful columns dropped until every line fits; without it nothing is cut.
 */
export function formatTable(rows: readonly (readonly string[])[], maxWidth?: number): string[] {
  const all = [[...COLUMNS], ...rows];
  const widths = COLUMNS.map((_, index) =>
    Math.max(...all.map((row) => displayWidth(row[index] ?? ''))),
  );
  const shown: number[] = COLUMNS.map((_, index) => index);
  if (maxWidth !== undefined) fit(widths, shown, Math.max(1, maxWidth));
  return all.map((row) => {
    const cells = shown.map((index, position) => {
      const cell = row[index] ?? '';
      const width = widths[index] ?? 0;
      return position === shown.length - 1 ? truncate(cell, width) : padEnd(cell, width);
    });
    // Empty trailing cells would otherwise leave padding at the end of the line.
    const line = cells.join(GAP).trimEnd();
    return maxWidth === undefined ? line : truncate(line, maxWidth);
  });
}

function totalWidth(widths: readonly number[], shown: readonly number[]): number {
  return (
    shown.reduce((sum, index) => sum + (widths[index] ?? 0), 0) + GAP.length * (shown.length - 1)
  );
}

function fit(widths: number[], shown: number[], maxWidth: number): void {
  const natural = [...widths];
  for (const step of FIT_STEPS) {
    const excess = totalWidth(widths, shown) - maxWidth;
    if (excess <= 0) break;
    if ('drop' in step) {
      shown.splice(shown.indexOf(step.drop), 1);
    } else {
      const current = widths[step.shrink] ?? 0;
      widths[step.shrink] = Math.max(Math.min(current, step.to), current - excess);
    }
  }
  // A drop can free more room than it needed: hand it back to what was squeezed before.
  for (const index of [FLOW, DETAILS]) {
    const spare = maxWidth - totalWidth(widths, shown);
    const current = widths[index] ?? 0;
    if (spare > 0) widths[index] = Math.min(natural[index] ?? 0, current + spare);
  }
}

/** `runs 1-50 of 1,234`, with where the next page starts when there is one. */
export function positionLine(pagination: Pagination, count: number): string {
  const {offset, total, nextOffset} = pagination;
  if (count === 0) {
    return offset > 0 && total > 0
      ? `no runs at offset ${formatCount(offset)} (${formatCount(total)} in total)`
      : 'no runs match';
  }
  const range = `runs ${formatCount(offset + 1)}-${formatCount(offset + count)} of ${formatCount(Math.max(total, offset + count))}`;
  return nextOffset === null ? range : `${range} (next page: --offset ${nextOffset})`;
}
