// Which run-list columns fit in a pane, and how wide each one is. Pure, so the list header
// and every row agree on the same layout and it can be tested without rendering.
// Narrow panes lose the least useful columns first; the run id goes last because it is
// what a person copies to look a run up elsewhere.

/** Every run-list column, in display order. */
export const COLUMN_IDS = [
  'status',
  'id',
  'flow',
  'trigger',
  'age',
  'duration',
  'snippet',
] as const;

/** One run-list column. */
export type ColumnId = (typeof COLUMN_IDS)[number];

/** A column that made it into the layout, with its width in cells. */
export type Column = {readonly id: ColumnId; readonly width: number};

/** Where each cell of a row goes. Rows are exactly `width` cells wide. */
export type ColumnLayout = {
  readonly width: number;
  /** Cells before the first column: the selection and change markers. */
  readonly gutter: number;
  readonly columns: readonly Column[];
};

/** The header title of each column. */
export const COLUMN_TITLES: Readonly<Record<ColumnId, string>> = {
  status: 'STATUS',
  id: 'ID',
  flow: 'FLOW',
  trigger: 'TRIGGER',
  age: 'AGE',
  duration: 'DURATION',
  snippet: 'DETAILS',
};

/** The gutter holds one selection marker and one change marker. */
export const GUTTER = 2;

/** While runs are marked (Space), the gutter has a third cell, for the mark. */
export const MARKING_GUTTER = 3;

// "● processing" is the longest documented status; unknown ones are truncated to it.
const FIXED: Readonly<Record<Exclude<ColumnId, 'id' | 'flow' | 'snippet'>, number>> = {
  status: 12,
  trigger: 7,
  age: 4,
  duration: 9,
};
const FLOW_IDEAL = 28;
/** Longest id shown in full; longer ids (UUIDs) are truncated rather than squeeze the rest. */
export const MAX_ID_WIDTH = 20;

// Tried in order until one fits. While a low-value column (the trigger) is still shown,
// the flow name and the snippet must keep a comfortable width. The snippet goes before
// the age: cut to a dozen cells it says little, while the age is what tells a run from
// the one before it. Then the age, the duration, the flow name, the status; the id stays.
const TIERS: readonly {
  readonly drop: readonly ColumnId[];
  readonly flowMin: number;
  readonly snippetMin: number;
}[] = [
  {drop: [], flowMin: 24, snippetMin: 24},
  {drop: ['trigger'], flowMin: 16, snippetMin: 20},
  {drop: ['trigger', 'snippet'], flowMin: 12, snippetMin: 0},
  {drop: ['trigger', 'snippet', 'age'], flowMin: 8, snippetMin: 0},
  {drop: ['trigger', 'snippet', 'age', 'duration'], flowMin: 8, snippetMin: 0},
  {drop: ['trigger', 'snippet', 'age', 'duration', 'flow'], flowMin: 0, snippetMin: 0},
  {drop: ['trigger', 'snippet', 'age', 'duration', 'flow', 'status'], flowMin: 0, snippetMin: 0},
];

/** The age column's width when it shows start times (`11-29 12:03`) instead of ages. */
export const ABSOLUTE_AGE_WIDTH = 11;

/**
 * Lays out the columns for a pane `width` cells wide, given the widest run id on screen;
 * `absolute` widens the age column for start times; `gutter` is the cells before them.
 */
export function layoutColumns(
  width: number,
  idWidth: number,
  absolute = false,
  gutter = GUTTER,
): ColumnLayout {
  const age = absolute ? ABSOLUTE_AGE_WIDTH : FIXED.age;
  const fixedWidth = (id: ColumnId, idCells: number): number => {
    if (id === 'id') return idCells;
    if (id === 'flow' || id === 'snippet') return 0;
    return id === 'age' ? age : FIXED[id];
  };
  const total = Math.max(0, Math.floor(width));
  const idCells = Math.min(MAX_ID_WIDTH, Math.max(COLUMN_TITLES.id.length, Math.floor(idWidth)));
  for (const tier of TIERS) {
    const present = COLUMN_IDS.filter((id) => !tier.drop.includes(id));
    const fixed = present.reduce((sum, id) => sum + fixedWidth(id, idCells), 0);
    const rest = total - gutter - fixed - (present.length - 1);
    const hasFlow = present.includes('flow');
    const hasSnippet = present.includes('snippet');
    if (rest < (hasFlow ? tier.flowMin : 0) + (hasSnippet ? tier.snippetMin : 0)) continue;
    // The flow name grows first, up to its ideal; the snippet takes everything beyond.
    const flow = hasSnippet ? Math.min(FLOW_IDEAL, rest - tier.snippetMin) : rest;
    const widths: Record<ColumnId, number> = {
      status: FIXED.status,
      id: idCells,
      flow,
      trigger: FIXED.trigger,
      age,
      duration: FIXED.duration,
      snippet: hasFlow ? rest - flow : rest,
    };
    // With neither flexible column left, the id soaks up the spare room.
    if (!hasFlow && !hasSnippet) widths.id += rest;
    return {width: total, gutter, columns: present.map((id) => ({id, width: widths[id]}))};
  }
  return {
    width: total,
    gutter: Math.min(gutter, total),
    columns: [{id: 'id', width: Math.max(0, total - gutter)}],
  };
}
