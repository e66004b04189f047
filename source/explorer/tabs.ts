// The status filter tabs on the header's second row: their labels at a width, and which
// tab a column of that row falls on (a mouse click). Pure: the header draws these labels
// and the mouse reads them back, so a click lands on the tab it was drawn under.
import {FILTERS, type Filter} from './state.js';

const LONG_LABELS = ['All', 'Processing', 'Review', 'Completed', 'Failed'] as const;
const SHORT_LABELS = ['All', 'Proc', 'Rev', 'Done', 'Fail'] as const;

/** The tab labels for a width: long when they fit, short otherwise; one per filter, in order. */
export function tabLabels(width: number): readonly string[] {
  const long = LONG_LABELS.reduce((sum, label) => sum + label.length + 2, 0);
  return long <= width - 20 ? LONG_LABELS : SHORT_LABELS;
}

/** The tab drawn under column `x` (0-based) of the tab row, or null between and after them. */
export function tabAt(x: number, width: number): Filter | null {
  let left = 0;
  for (const [index, label] of tabLabels(width).entries()) {
    // Each tab is its label with a cell either side (`[All]` or ` All `).
    const right = left + label.length + 2;
    if (x >= left && x < right) return FILTERS[index] ?? null;
    left = right;
  }
  return null;
}
