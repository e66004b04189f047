// Which health columns fit in a pane, and how wide each is. Pure, so the titles and every
// line agree. A narrow pane drops columns by meaning: what says "worse than usual"
// (failures, their rate and its change, stuck runs, the review backlog) stays longest;
// the detail that explains it (the trend, durations, the other counts) goes first.

import {evenCells} from '../../text/sparkline.js';

/** Every health column, in display order. */
export const HEALTH_COLUMNS = [
  'name',
  'spark',
  'runs',
  'completed',
  'failed',
  'review',
  'processing',
  'rate',
  'change',
  'p50',
  'p95',
  'backlog',
  'stuck',
] as const;

/** One health column. */
export type HealthColumn = (typeof HEALTH_COLUMNS)[number];

/** A column in the layout, with its width in cells. */
export type PlacedColumn = {readonly id: HealthColumn; readonly width: number};

/** Cells before the first column: the selection marker and a space. */
export const HEALTH_GUTTER = 2;
const GAP = 1;
const NAME_MIN = 10;
const NAME_IDEAL = 28;
const NAME_MAX = 40;
const NAME_COMFORT = 18;
// The first columns of PRIORITY, given room before the name grows.
const CORE = 6;
const SPARK_MIN = 6;
const SPARK_GOOD = 12;

// Fixed widths: counts up to 99,999 with their glyph, durations as `12m 05s`.
const WIDTHS: Readonly<Record<Exclude<HealthColumn, 'name' | 'spark'>, number>> = {
  runs: 6,
  completed: 8,
  failed: 7,
  review: 6,
  processing: 6,
  rate: 5,
  change: 6,
  p50: 7,
  p95: 7,
  backlog: 9,
  stuck: 5,
};

// The order columns are given room in; the name comes before all of them.
const PRIORITY: readonly Exclude<HealthColumn, 'name'>[] = [
  'failed',
  'rate',
  'change',
  'stuck',
  'backlog',
  'spark',
  'p95',
  'completed',
  'p50',
  'review',
  'processing',
  'runs',
];

/** The columns for a pane `width` cells wide whose sparklines have `buckets` values. */
export function healthLayout(width: number, buckets: number): readonly PlacedColumn[] {
  const room = Math.max(0, Math.floor(width) - HEALTH_GUTTER);
  const chosen = new Set<HealthColumn>();
  let used = Math.min(room, NAME_MIN);
  for (const [rank, id] of PRIORITY.entries()) {
    const need = (id === 'spark' ? SPARK_MIN : WIDTHS[id]) + GAP;
    // Past the columns that say "worse than usual", the name keeps a readable width.
    const keep = rank >= CORE ? NAME_COMFORT - NAME_MIN : 0;
    if (used + need + keep > room) continue;
    chosen.add(id);
    used += need;
  }
  // What is left widens the name to a readable width, the sparkline to a dozen cells,
  // the name to its ideal, the sparkline to one cell a bucket (or an even share of
  // them), then the name again.
  let spare = room - used;
  let name = NAME_MIN + Math.min(spare, NAME_COMFORT - NAME_MIN);
  spare -= name - NAME_MIN;
  let spark = 0;
  if (chosen.has('spark')) {
    spark = evenCells(buckets, SPARK_MIN + Math.min(spare, SPARK_GOOD - SPARK_MIN));
    spark = Math.max(spark, Math.min(SPARK_MIN, buckets));
    spare -= Math.max(0, spark - SPARK_MIN);
  }
  const grow = Math.max(0, Math.min(spare, NAME_IDEAL - name));
  name += grow;
  spare -= grow;
  if (chosen.has('spark')) {
    const wider = evenCells(buckets, spark + spare);
    spare -= Math.max(0, wider - spark);
    spark = Math.max(spark, wider);
  }
  // Past a long name's width the rest stays blank at the end: columns close to the name
  // read better than columns pushed to the far edge.
  name = Math.min(room, NAME_MAX, name + Math.max(0, spare));
  return HEALTH_COLUMNS.flatMap((id): PlacedColumn[] => {
    if (id === 'name') return [{id, width: name}];
    if (id === 'spark') return chosen.has(id) ? [{id, width: spark}] : [];
    return chosen.has(id) ? [{id, width: WIDTHS[id]}] : [];
  });
}

/** The gap between two columns. */
export const COLUMN_GAP = GAP;
