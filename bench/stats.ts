// Medians and the table the bench prints.

/** The median of `values` (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The `p`th percentile (0..100), nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(0, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[rank] ?? Number.NaN;
}

/** One line of the results table. */
export type Figure = {
  readonly name: string;
  readonly unit: string;
  readonly samples: readonly number[];
  /** Shown as the budget column, e.g. `<= 2048`. */
  readonly budget: string;
  readonly ok: boolean;
  readonly note?: string;
};

const round = (value: number): string =>
  Number.isFinite(value)
    ? Math.abs(value) >= 100
      ? value.toFixed(0)
      : Math.abs(value) >= 10
        ? value.toFixed(1)
        : value.toFixed(2)
    : '-';

/** The figures as a Markdown table (median, min and max beside the budget), then their notes. */
export function formatTable(figures: readonly Figure[]): string {
  const header = ['figure', 'median', 'min', 'max', 'unit', 'budget', 'ok', 'n'];
  const rows = figures.map((figure) => [
    figure.name,
    round(median(figure.samples)),
    round(Math.min(...figure.samples)),
    round(Math.max(...figure.samples)),
    figure.unit,
    figure.budget,
    figure.ok ? 'yes' : 'NO',
    String(figure.samples.length),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  const notes = figures.flatMap((figure) =>
    figure.note === undefined ? [] : [`- ${figure.name}: ${figure.note}`],
  );
  return [
    line(header),
    `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
    ...rows.map(line),
    ...(notes.length > 0 ? ['', ...notes] : []),
  ].join('\n');
}
