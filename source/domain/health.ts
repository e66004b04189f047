// Flow health as figures: for a window [from, to), how many runs each flow had, how they
// ended, how long the finished ones took, and how they spread over time. Pure, and the one
// source of these numbers: the health view and `stats` both call it, so they agree.
import type {Run} from './run.js';

/** The fields of a run the figures read. */
export type HealthRun = Pick<Run, 'id' | 'flowId' | 'status' | 'createdAt' | 'durationMs'>;

/** A window and how many equal buckets its runs are counted in. */
export type Span = {
  /** Epoch ms, inclusive. */
  readonly from: number;
  /** Epoch ms, exclusive. */
  readonly to: number;
  readonly buckets: number;
};

/** The figures of a flow, or of the whole workspace, over one window. */
export type Figures = {
  /** Runs created in the window, whatever their status. */
  readonly runs: number;
  readonly completed: number;
  readonly failed: number;
  readonly review: number;
  readonly processing: number;
  /** failed / (completed + failed); null when none finished. */
  readonly failureRate: number | null;
  /** Nearest-rank percentiles of the durations of completed and failed runs; null when none. */
  readonly p50DurationMs: number | null;
  readonly p95DurationMs: number | null;
  /** Runs per bucket by `createdAt`, oldest first; they sum to `runs`. */
  readonly perBucket: readonly number[];
};

/** One flow's figures. */
export type FlowFigures = Figures & {readonly flowId: string};

/** The workspace's figures and each flow's, worst first. */
export type HealthFigures = {
  readonly from: number;
  readonly to: number;
  readonly total: Figures;
  readonly flows: readonly FlowFigures[];
};

/** The nearest-rank percentile of ascending `sorted`: the value at rank ⌈p/100 · n⌉. */
export function nearestRank(sorted: readonly number[], percent: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((percent / 100) * sorted.length)));
  return sorted[rank - 1] ?? null;
}

type Tally = {
  runs: number;
  completed: number;
  failed: number;
  review: number;
  processing: number;
  durations: number[];
  perBucket: number[];
};

const tally = (buckets: number): Tally => ({
  runs: 0,
  completed: 0,
  failed: 0,
  review: 0,
  processing: 0,
  durations: [],
  perBucket: new Array<number>(buckets).fill(0),
});

function count(into: Tally, run: HealthRun, bucket: number): void {
  into.runs += 1;
  into.perBucket[bucket] = (into.perBucket[bucket] ?? 0) + 1;
  const status = run.status;
  if (status === 'completed') into.completed += 1;
  else if (status === 'failed') into.failed += 1;
  else if (status === 'review') into.review += 1;
  else if (status === 'processing') into.processing += 1;
  if (status === 'completed' || status === 'failed') into.durations.push(run.durationMs);
}

function figures(from: Tally): Figures {
  const durations = from.durations.sort((a, b) => a - b);
  const finished = from.completed + from.failed;
  return {
    runs: from.runs,
    completed: from.completed,
    failed: from.failed,
    review: from.review,
    processing: from.processing,
    failureRate: finished === 0 ? null : from.failed / finished,
    p50DurationMs: nearestRank(durations, 50),
    p95DurationMs: nearestRank(durations, 95),
    perBucket: from.perBucket,
  };
}

/**
 * Most failures first; then the higher failure rate, the busier flow, and the flow id,
 * so the order is the same on every refresh that brings the same runs.
 */
export function byFailures(a: FlowFigures, b: FlowFigures): number {
  return (
    b.failed - a.failed ||
    (b.failureRate ?? -1) - (a.failureRate ?? -1) ||
    b.runs - a.runs ||
    (a.flowId < b.flowId ? -1 : a.flowId > b.flowId ? 1 : 0)
  );
}

/**
 * The figures of the runs created in `[from, to)`, in total and by flow. `flows` are
 * listed even without a run in the window (a flow that stopped receiving runs is news).
 */
export function healthFigures(
  runs: Iterable<HealthRun>,
  span: Span,
  flows: Iterable<string> = [],
): HealthFigures {
  const {from, to} = span;
  const buckets = Math.max(1, Math.floor(span.buckets));
  const length = to - from;
  const total = tally(buckets);
  const byFlow = new Map<string, Tally>();
  for (const flowId of flows) byFlow.set(flowId, tally(buckets));
  for (const run of runs) {
    if (!(run.createdAt >= from && run.createdAt < to)) continue;
    // Integer arithmetic: the last bucket ends exactly at `to`, whatever the lengths.
    const bucket = Math.min(buckets - 1, Math.floor(((run.createdAt - from) * buckets) / length));
    count(total, run, bucket);
    let own = byFlow.get(run.flowId);
    if (own === undefined) {
      own = tally(buckets);
      byFlow.set(run.flowId, own);
    }
    count(own, run, bucket);
  }
  const flowFigures = [...byFlow].map(([flowId, own]) => ({flowId, ...figures(own)}));
  return {from, to, total: figures(total), flows: flowFigures.sort(byFailures)};
}
