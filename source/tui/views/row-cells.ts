// The text and role of every cell of a run-list row, fitted to the layout. Pure: the row
// component only paints what this returns, and tests can check the text directly.
import {isFinished, type Run} from '../../domain/run.js';
import {elapsedFor, waitingSince} from '../../domain/durations.js';
import {
  foldNewlines,
  formatAbsolute,
  formatDuration,
  formatLiveDuration,
  formatAge,
  NO_VALUE,
  padEnd,
  padStart,
} from '../../text/format.js';
import {statusRole, statusSymbol, type Role, type Symbols} from '../theme.js';
import {COLUMN_TITLES, type ColumnId, type ColumnLayout} from './list-layout.js';
import type {SortState} from '../../explorer/state.js';
import {runSnippet} from '../../domain/metadata.js';
import {stuckFor} from '../../domain/stuck.js';

/** One painted cell: exactly its column's width, plus the separator after it. */
export type Cell = {readonly id: ColumnId; readonly text: string; readonly role: Role};

/** How times and stuck runs are shown. */
export type CellOptions = {
  /** Processing longer than this is stuck; undefined: never flagged. */
  readonly stuckAfterMs?: number;
  /** The age column as a start time (`11-29 12:03`) instead of an age. */
  readonly absolute?: boolean;
  readonly utc?: boolean;
};

function durationCell(
  run: Run,
  now: number,
  symbols: Symbols,
  options: CellOptions,
): {text: string; role: Role} {
  const stuck =
    options.stuckAfterMs !== undefined && stuckFor(run, now, options.stuckAfterMs) !== null;
  if (run.status === 'review') {
    // A run in review waits for a person: how long it has waited is what matters, not
    // how long it ran, so it is measured from the last time it entered review.
    const since = waitingSince(run);
    const waited = since === null ? elapsedFor(run, now) : Math.max(0, now - since);
    const mark = stuck ? symbols.stuck : symbols.waiting;
    return {
      text: waited === null ? NO_VALUE : `${mark}${formatLiveDuration(waited)}`,
      role: stuck ? 'stuck' : 'status.review',
    };
  }
  const elapsed = elapsedFor(run, now);
  const format = isFinished(run.status) ? formatDuration : formatLiveDuration;
  const text = elapsed === null ? NO_VALUE : format(elapsed);
  if (stuck) return {text: `${symbols.stuck}${text}`, role: 'stuck'};
  return {text, role: run.status === 'processing' ? 'status.processing' : 'plain'};
}

function rawCell(
  id: ColumnId,
  run: Run,
  flowName: string | null,
  now: number,
  symbols: Symbols,
  options: CellOptions,
): {text: string; role: Role} {
  switch (id) {
    case 'status':
      return {
        text: `${statusSymbol(symbols, run.status)} ${foldNewlines(run.status)}`,
        role: statusRole(run.status),
      };
    case 'id':
      return {text: foldNewlines(run.id), role: 'plain'};
    case 'flow':
      return flowName === null
        ? {text: run.flowId, role: 'muted'}
        : {text: foldNewlines(flowName), role: 'plain'};
    case 'trigger':
      return {text: foldNewlines(run.trigger), role: 'muted'};
    case 'age': {
      const start = run.startedAt ?? run.createdAt;
      // `2026-11-29 12:03:04` -> `11-29 12:03`: the day and minute fit the column.
      if (options.absolute === true)
        return {text: formatAbsolute(start, {utc: options.utc}).slice(5, 16), role: 'muted'};
      return {text: formatAge(now - start), role: 'muted'};
    }
    case 'duration':
      return durationCell(run, now, symbols, options);
    case 'snippet': {
      const snippet = runSnippet(run);
      return {text: snippet.text, role: snippet.isError ? 'status.failed' : 'muted'};
    }
  }
}

// Fits one text to its column: exactly the column's width and a space after it, the last
// column taking any spare room (so an inverse selection spans the row), AGE right-aligned.
function fitCell(
  layout: ColumnLayout,
  symbols: Symbols,
  index: number,
  used: number,
  made: {readonly text: string; readonly role: Role},
): Cell {
  const column = layout.columns[index] as ColumnLayout['columns'][number];
  const last = index === layout.columns.length - 1;
  const width = last ? Math.max(0, layout.width - used) : column.width;
  const pad = column.id === 'age' ? padStart : padEnd;
  const fit = pad(made.text, width, symbols.ellipsis);
  return {id: column.id, text: last ? fit : `${fit} `, role: made.role};
}

// Fits one text per column, left to right.
function fitted(
  layout: ColumnLayout,
  symbols: Symbols,
  // A cell already fitted (kept from the row's last frame), or a text to fit.
  cell: (id: ColumnId, index: number) => Cell | {readonly text: string; readonly role: Role},
): readonly Cell[] {
  let used = layout.gutter;
  return layout.columns.map((column, index) => {
    const made = cell(column.id, index);
    const fit = 'id' in made ? made : fitCell(layout, symbols, index, used, made);
    used += column.width + 1;
    return fit;
  });
}

// Each run's last row, with what it was made from: a clock tick changes the texts of few
// rows (runs in flight, ages turning a minute), and in those only the clock's cells are
// fitted again; the flow, the trigger and the metadata snippet are kept.
type Made = {
  readonly flowName: string | null;
  readonly layout: ColumnLayout;
  readonly symbols: Symbols;
  readonly options: CellOptions;
  readonly clock: string;
  readonly cells: readonly Cell[];
};
const made = new WeakMap<Run, Made>();
// The same object each time, so a row made without options can be kept too.
const NO_OPTIONS: CellOptions = {};

type Text = {readonly text: string; readonly role: Role};
// What the clock changes in a row: its age and its duration (a stuck run's too).
const clockKey = (age: Text, duration: Text): string =>
  `${age.text}\u0000${duration.text}\u0000${duration.role}`;

/** What the clock changes in a row, as one string: equal strings, an equal row. */
export function rowClock(
  run: Run,
  now: number,
  symbols: Symbols,
  options: CellOptions = NO_OPTIONS,
): string {
  return clockKey(
    rawCell('age', run, null, now, symbols, options),
    durationCell(run, now, symbols, options),
  );
}

/** The cells of one row; their texts joined with the gutter are exactly `layout.width` cells. */
export function rowCells(
  run: Run,
  flowName: string | null,
  now: number,
  layout: ColumnLayout,
  symbols: Symbols,
  options: CellOptions = NO_OPTIONS,
): readonly Cell[] {
  const age = rawCell('age', run, flowName, now, symbols, options);
  const duration = durationCell(run, now, symbols, options);
  const clock = clockKey(age, duration);
  const last = made.get(run);
  const same =
    last !== undefined &&
    last.flowName === flowName &&
    last.layout === layout &&
    last.symbols === symbols &&
    last.options === options;
  if (same && last.clock === clock) return last.cells;
  const cells = fitted(layout, symbols, (id, index) =>
    id === 'age'
      ? age
      : id === 'duration'
        ? duration
        : same
          ? (last.cells[index] as Cell)
          : rawCell(id, run, flowName, now, symbols, options),
  );
  made.set(run, {flowName, layout, symbols, options, clock, cells});
  return cells;
}

/**
 * The column titles, aligned like the cells below them; `absolute` titles the age column
 * STARTED. The sorted column's title ends in ↓, or ↑ once inverted (none in the API's order).
 */
export function headerCells(
  layout: ColumnLayout,
  symbols: Symbols,
  absolute = false,
  sort: SortState = {by: 'age', inverted: false},
): readonly Cell[] {
  const marked = sort.by === 'age' && !sort.inverted ? null : sort.by;
  return fitted(layout, symbols, (id) => {
    const title = absolute && id === 'age' ? 'STARTED' : COLUMN_TITLES[id];
    if (id !== marked) return {text: title, role: 'label'};
    const width = layout.columns.find((column) => column.id === id)?.width ?? title.length + 1;
    const arrow = sort.inverted ? symbols.up : symbols.down;
    return {text: `${title.slice(0, Math.max(0, width - 1))}${arrow}`, role: 'label'};
  });
}
