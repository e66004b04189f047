// `stats` output: the JSON shape scripts rely on (snake_case, unix seconds, per_hour
// oldest first), and a table for people with the same figures and a sparkline per line.
import type {Figures, HealthFigures} from '../../domain/health.js';
import {
  formatAbsolute,
  formatCount,
  foldNewlines,
  NO_VALUE,
  padEnd,
  padStart,
} from '../../text/format.js';
import {glyph} from '../../text/glyphs.js';
import {windowText} from '../../domain/health-window.js';
import {binDown, evenCells, sparkline} from '../../text/sparkline.js';

/** The figures as `--json` prints them. */
export type FiguresJson = {
  readonly runs: number;
  readonly completed: number;
  readonly failed: number;
  readonly review: number;
  readonly processing: number;
  readonly failure_rate: number | null;
  readonly p50_duration_ms: number | null;
  readonly p95_duration_ms: number | null;
  readonly per_hour: readonly number[];
};

/** The whole `--json` document. */
export type StatsJson = {
  readonly window: {readonly from: number; readonly to: number};
  readonly truncated: boolean;
  readonly total: FiguresJson;
  readonly flows: readonly ({
    readonly flow_id: string;
    readonly name: string | null;
  } & FiguresJson)[];
};

/** What `stats` computed: the figures, whether the cap cut them, and the flows' names. */
export type Stats = {
  readonly figures: HealthFigures;
  readonly truncated: boolean;
  readonly names: ReadonlyMap<string, string>;
};

const figuresJson = (figures: Figures): FiguresJson => ({
  runs: figures.runs,
  completed: figures.completed,
  failed: figures.failed,
  review: figures.review,
  processing: figures.processing,
  failure_rate: figures.failureRate,
  p50_duration_ms: figures.p50DurationMs,
  p95_duration_ms: figures.p95DurationMs,
  per_hour: figures.perBucket,
});

/** The `--json` document; a flow whose name is unknown has `"name": null`. */
export function statsJson(stats: Stats): StatsJson {
  const {figures} = stats;
  return {
    window: {from: Math.floor(figures.from / 1000), to: Math.floor(figures.to / 1000)},
    truncated: stats.truncated,
    total: figuresJson(figures.total),
    flows: figures.flows.map((flow) => ({
      flow_id: flow.flowId,
      name: stats.names.get(flow.flowId) ?? null,
      ...figuresJson(flow),
    })),
  };
}

/** `850ms`, `4.2s`, `42s`, `4m05s`, `2h03m`; `—` for none. */
export function durationText(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms) || ms < 0) return NO_VALUE;
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 10_000) return `${(Math.floor(ms / 100) / 10).toFixed(1)}s`;
  const seconds = Math.floor(ms / 1000);
  if (seconds < 60) return `${seconds}s`;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (seconds < 3600) return `${Math.floor(seconds / 60)}m${pad(seconds % 60)}s`;
  return `${Math.floor(seconds / 3600)}h${pad(Math.floor((seconds % 3600) / 60))}m`;
}

/** `12.5%`; `—` when nothing finished. */
export function rateText(rate: number | null): string {
  if (rate === null || !Number.isFinite(rate)) return NO_VALUE;
  return `${(Math.max(0, Math.min(1, rate)) * 100).toFixed(1)}%`;
}

const HEADINGS = ['RUNS', 'DONE', 'FAILED', 'REVIEW', 'PROC', 'FAIL%', 'P50', 'P95'] as const;
const SPARK_ROOM = 24;

/** The table for people: a title line, then the total and each flow, worst first. */
export function statsTable(stats: Stats, ascii: boolean, utc = false): string {
  const {figures} = stats;
  const ellipsis = glyph('ellipsis', ascii);
  const dash = ascii ? '-' : NO_VALUE;
  const name = (flowId: string) => stats.names.get(flowId) ?? flowId;
  const lines: [string, Figures][] = [
    ['All flows', figures.total],
    ...figures.flows.map((flow): [string, Figures] => [foldNewlines(name(flow.flowId)), flow]),
  ];
  const nameWidth = Math.min(32, Math.max(9, ...lines.map(([label]) => label.length)));
  const cells = evenCells(figures.total.perBucket.length, SPARK_ROOM);
  const hours = figures.total.perBucket.length;
  const rows = lines.map(([label, f]) => ({
    label,
    values: [
      formatCount(f.runs),
      formatCount(f.completed),
      formatCount(f.failed),
      formatCount(f.review),
      formatCount(f.processing),
      rateText(f.failureRate),
      durationText(f.p50DurationMs),
      durationText(f.p95DurationMs),
    ].map((text) => (text === NO_VALUE ? dash : text)),
    spark: sparkline(binDown(f.perBucket, cells), ascii),
  }));
  const widths = HEADINGS.map((heading, index) =>
    Math.max(heading.length, ...rows.map((row) => row.values[index]?.length ?? 0)),
  );
  const line = (label: string, values: readonly string[], spark: string): string =>
    [
      padEnd(label, nameWidth, ellipsis),
      ...values.map((text, index) => padStart(text, widths[index] ?? 0)),
      spark,
    ]
      .join('  ')
      .trimEnd();
  const span = `${formatAbsolute(figures.from, {utc})} to ${formatAbsolute(figures.to, {utc})}`;
  const out = [
    `Flow health, last ${windowText(figures.to - figures.from)}: ${span}${utc ? ' UTC' : ''}`,
    line('FLOW', HEADINGS, cells === 1 ? '' : `RUNS/${hours / cells}H`),
    ...rows.map((row) => line(row.label, row.values, cells === 1 ? '' : row.spark)),
  ];
  return `${out.join('\n')}\n`;
}
