// The `list` table, as pure functions of a page, the flow names and `now`, so alignment,
// width fitting and every cell format are tested without HTTP or a terminal.

import type {Flow, Pagination, Run} from '../../domain/run.js';
import {displayWidth, foldNewlines, formatCount, padEnd, truncate} from '../../text/format.js';
import {DEFAULT_COLUMNS, tableCell, type ColumnName} from './fields.js';

const GAP = '  ';

type FitStep = {readonly shrink: ColumnName; readonly to: number} | {readonly drop: ColumnName};

// Tried in order until the table fits. Free text loses its tail before any column goes;
// the trigger goes first because it is rarely what a person scans for; id and status stay.
// Steps naming a column that is not shown are skipped.
const FIT_STEPS: readonly FitStep[] = [
  {shrink: 'details', to: 40},
  {shrink: 'error', to: 40},
  {shrink: 'flow', to: 20},
  {shrink: 'name', to: 20},
  {drop: 'trigger'},
  {shrink: 'details', to: 20},
  {shrink: 'error', to: 20},
  {shrink: 'flow', to: 12},
  {drop: 'details'},
  {drop: 'name'},
  {drop: 'created'},
  {drop: 'updated'},
  {drop: 'ended'},
  {drop: 'started'},
  {drop: 'duration'},
  {drop: 'flow_id'},
  {drop: 'flow'},
];

/** Flow id -> display name, from `listFlows()`. */
export function flowNames(flows: readonly Flow[]): ReadonlyMap<string, string> {
  return new Map(flows.map((flow) => [flow.id, flow.name]));
}

/** The cells of one run, in column order, each on a single line. */
export function runCells(
  run: Run,
  names: ReadonlyMap<string, string>,
  now: number,
  columns: readonly ColumnName[] = DEFAULT_COLUMNS,
): string[] {
  return columns.map((column) => foldNewlines(tableCell(column, run, names, now)).trim());
}

/**
 * Aligns rows under a header. With `maxWidth`, free-text columns are squeezed and then the
 * least useful columns dropped until every line fits; without it nothing is cut.
 */
export function formatTable(
  rows: readonly (readonly string[])[],
  maxWidth?: number,
  columns: readonly ColumnName[] = DEFAULT_COLUMNS,
): string[] {
  const all = [columns.map((column) => column.toUpperCase()), ...rows];
  // A loop, not Math.max(...): `list --all --max 1000000` has a million rows to measure.
  const widths = columns.map((_, index) =>
    all.reduce((widest, row) => Math.max(widest, displayWidth(row[index] ?? '')), 0),
  );
  const shown: number[] = columns.map((_, index) => index);
  if (maxWidth !== undefined) fit(widths, shown, columns, Math.max(1, maxWidth));
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

function fit(
  widths: number[],
  shown: number[],
  columns: readonly ColumnName[],
  maxWidth: number,
): void {
  const natural = [...widths];
  for (const step of FIT_STEPS) {
    const excess = totalWidth(widths, shown) - maxWidth;
    if (excess <= 0) break;
    if ('drop' in step) {
      const position = shown.indexOf(columns.indexOf(step.drop));
      // Never drop the last column standing: a table of nothing helps nobody.
      if (position !== -1 && shown.length > 1) shown.splice(position, 1);
    } else {
      const index = columns.indexOf(step.shrink);
      if (index === -1) continue;
      const current = widths[index] ?? 0;
      widths[index] = Math.max(Math.min(current, step.to), current - excess);
    }
  }
  // A drop can free more room than it needed: hand it back to what was squeezed before.
  for (const name of ['flow', 'name', 'error', 'details'] as const) {
    const index = columns.indexOf(name);
    if (index === -1 || !shown.includes(index)) continue;
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
