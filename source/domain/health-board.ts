// The health view's table as data: the figures of the window for each flow and the
// workspace, the failure rate of the window before (for ↑/↓), and what is waiting now
// (review backlog, its oldest run, stuck runs) from the runs in flight. Pure: `to` and
// the stuck threshold are passed in, and bad data (a run without a flow, a time in the
// future) only ever lands in a count, never in an exception.
import {waitingSince} from './durations.js';
import {reached, type HealthData} from './health-data.js';
import {byFailures, healthFigures, type Figures} from './health.js';
import type {Run} from './run.js';
import {stuckFor} from './stuck.js';

/** What waits now, whatever the window: runs in review and stuck runs. */
export type Waiting = {
  /** Runs in review now. */
  readonly backlog: number;
  /** How long the longest-waiting review run has waited (ms); null without one. */
  readonly oldestWaitMs: number | null;
  /** Runs stuck in processing or review (domain/stuck.ts). */
  readonly stuck: number;
};

/** One line of the board: a flow's, or the workspace's (`flowId` null). */
export type BoardLine = Figures &
  Waiting & {
    readonly flowId: string | null;
    /** The failure rate of the window before; null when unknown (no data or none finished). */
    readonly previousRate: number | null;
  };

/** The board for one window. */
export type HealthBoard = {
  readonly from: number;
  readonly to: number;
  /** Length of one sparkline bucket (ms). */
  readonly bucketMs: number;
  /** The data reaches back over the whole window before: ↑/↓ mean something. */
  readonly compared: boolean;
  readonly total: BoardLine;
  /** Most failures first (see `byFailures`). */
  readonly flows: readonly BoardLine[];
};

/** How the board is cut. */
export type BoardSpan = {
  readonly to: number;
  readonly windowMs: number;
  readonly buckets: number;
  readonly stuckAfterMs: number;
};

const NOTHING_WAITING: Waiting = {backlog: 0, oldestWaitMs: null, stuck: 0};

function add(
  into: Map<string | null, Waiting>,
  key: string | null,
  run: Run,
  to: number,
  stuckAfterMs: number,
): void {
  const was = into.get(key) ?? NOTHING_WAITING;
  const review = run.status === 'review';
  const wait = review ? to - (waitingSince(run) ?? run.updatedAt) : null;
  const stuck = stuckFor(run, to, stuckAfterMs) !== null;
  into.set(key, {
    backlog: was.backlog + (review ? 1 : 0),
    oldestWaitMs:
      wait === null || !Number.isFinite(wait)
        ? was.oldestWaitMs
        : Math.max(was.oldestWaitMs ?? 0, Math.max(0, wait)),
    stuck: was.stuck + (stuck ? 1 : 0),
  });
}

/** Backlog, oldest wait and stuck count per flow id, and in total under `null`. */
export function waiting(
  inFlight: readonly Run[],
  to: number,
  stuckAfterMs: number,
): ReadonlyMap<string | null, Waiting> {
  const out = new Map<string | null, Waiting>();
  for (const run of inFlight) {
    add(out, null, run, to, stuckAfterMs);
    add(out, run.flowId, run, to, stuckAfterMs);
  }
  return out;
}

/**
 * The board of `data` for the window ending at `span.to`. Flows that had runs in the
 * window before, or have runs in flight, are listed even without a run in this one.
 */
export function healthBoard(data: HealthData, span: BoardSpan): HealthBoard {
  const {to, windowMs, stuckAfterMs} = span;
  const from = to - windowMs;
  const buckets = Math.max(1, Math.floor(span.buckets));
  const inFlight = data.inFlight ?? [];
  const flows = new Set<string>();
  for (const run of data.runs) if (run.createdAt >= from - windowMs) flows.add(run.flowId);
  for (const run of inFlight) flows.add(run.flowId);
  const now = healthFigures(data.runs, {from, to, buckets}, flows);
  const compared = reached(data) || data.coveredFrom <= from - windowMs;
  const before = compared
    ? healthFigures(data.runs, {from: from - windowMs, to: from, buckets: 1})
    : null;
  const previousRates = new Map(before?.flows.map((flow) => [flow.flowId, flow.failureRate]));
  const waits = waiting(inFlight, to, stuckAfterMs);
  const line = (flowId: string | null, figures: Figures): BoardLine => ({
    ...figures,
    ...(waits.get(flowId) ?? NOTHING_WAITING),
    flowId,
    previousRate:
      before === null
        ? null
        : flowId === null
          ? before.total.failureRate
          : (previousRates.get(flowId) ?? null),
  });
  return {
    from,
    to,
    bucketMs: windowMs / buckets,
    compared,
    total: line(null, now.total),
    // Stuck runs and a backlog are failures waiting to happen: they break ties.
    flows: now.flows
      .map((flow) => ({...line(flow.flowId, flow), flowId: flow.flowId}))
      .sort(
        (a, b) =>
          b.failed - a.failed ||
          (b.failureRate ?? -1) - (a.failureRate ?? -1) ||
          b.stuck - a.stuck ||
          b.backlog - a.backlog ||
          byFailures(a, b),
      ),
  };
}

/** The sparkline buckets of a window in the view: 5-minute ones for 1h, 15 for 6h, else hours. */
export function viewBuckets(windowMs: number): number {
  const hours = Math.max(1, Math.round(windowMs / 3_600_000));
  if (hours <= 1) return 12;
  if (hours <= 6) return hours * 4;
  return hours;
}
