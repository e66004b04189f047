// Status transitions found by comparing what a poll returns with what the previous poll
// saw. A run's status history tells what happened in between (processing → review →
// completed between two polls is two transitions, with their times and messages), so the
// lines read as the run lived them, not as the poll happened to sample them.

import {glyph} from '../../text/glyphs.js';
import {foldNewlines} from '../../text/format.js';
import type {Run, RunStatus} from '../../domain/run.js';

/** One status change of one run. */
export type Transition = {
  readonly runId: string;
  readonly flowId: string;
  /** The flow's name when known, else its id. */
  readonly flow: string;
  /** Null for a new run: one first seen in its first status. */
  readonly from: RunStatus | null;
  readonly to: RunStatus;
  /** Epoch ms. */
  readonly at: number;
  readonly message: string;
};

/** What was last seen of a run. */
export type Seen = {readonly status: RunStatus; readonly historyLength: number};

/**
 * How `run` came to its status, read from its history: the status it left and the entry
 * that entered this one. `from` is null when the history knows no other status (a run
 * still in its first state is new); a run first seen after it moved on (one entering a
 * `--status failed` window) came from somewhere.
 */
function arrival(run: Run): {
  readonly from: RunStatus | null;
  readonly at: number;
  readonly message: string;
} {
  const {history} = run;
  const last = history.at(-1);
  // The status changed without an entry for it: it came from the last one, at the update.
  if (last !== undefined && last.status !== run.status)
    return {from: last.status, at: run.updatedAt, message: last.message};
  for (let index = history.length - 1; index > 0; index--) {
    const before = history[index - 1];
    const entered = history[index];
    if (before !== undefined && entered !== undefined && before.status !== entered.status)
      return {from: before.status, at: entered.at, message: entered.message};
  }
  return {from: null, at: last?.at ?? run.createdAt, message: last?.message ?? ''};
}

/** The transitions of `run` since `seen` (undefined: a run not seen before). */
export function transitionsOf(run: Run, seen: Seen | undefined, flow: string): Transition[] {
  const last = run.history.at(-1);
  const base = {runId: run.id, flowId: run.flowId, flow};
  if (seen === undefined) return [{...base, ...arrival(run), to: run.status}];
  if (seen.status === run.status && run.history.length <= seen.historyLength) return [];
  const out: Transition[] = [];
  let previous = seen.status;
  // History is append-only; if it shrank, the server rewrote it and only the status is trusted.
  const added =
    run.history.length > seen.historyLength ? run.history.slice(seen.historyLength) : [];
  for (const entry of added) {
    if (entry.status === previous) continue;
    out.push({...base, from: previous, to: entry.status, at: entry.at, message: entry.message});
    previous = entry.status;
  }
  if (previous !== run.status) {
    out.push({
      ...base,
      from: previous,
      to: run.status,
      at: run.updatedAt,
      message: last?.message ?? '',
    });
  }
  return out;
}

/** Remembers runs across polls and reports what changed; the first poll is the baseline. */
export type Differ = {
  /** Transitions since the previous call, oldest first; the first call returns none. */
  readonly observe: (runs: readonly Run[], flowName: (flowId: string) => string) => Transition[];
};

/**
 * A differ remembering at most `capacity` runs: runs that scrolled out of the window are
 * forgotten oldest first, so a watch left running for weeks does not grow without bound.
 */
export function createDiffer(capacity: number): Differ {
  const seen = new Map<string, Seen>();
  let baseline = true;
  return {
    observe(runs, flowName) {
      const events: Transition[] = [];
      for (const run of runs) {
        // One at a time: a history that grew by 100,000 steps would overflow a spread.
        if (!baseline)
          for (const event of transitionsOf(run, seen.get(run.id), flowName(run.flowId)))
            events.push(event);
        // Re-inserting moves the run to the end: the least recently seen go first.
        seen.delete(run.id);
        seen.set(run.id, {status: run.status, historyLength: run.history.length});
      }
      for (const id of seen.keys()) {
        if (seen.size <= capacity) break;
        seen.delete(id);
      }
      baseline = false;
      return events.sort((a, b) => a.at - b.at);
    },
  };
}

const iso = (at: number): string => {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? '-' : date.toISOString().replace(/\.\d{3}Z$/, 'Z');
};

/** How a transition reads in a log: `2026-11-29T06:51:22Z  RUN  FLOW  processing → review  message`. */
export function transitionLine(
  event: Transition,
  options: {readonly ascii: boolean; readonly paint?: (status: string) => string},
): string {
  const paint = options.paint ?? ((status: string) => status);
  const arrow = glyph('arrow', options.ascii === true);
  const from = event.from === null ? 'new' : foldNewlines(event.from);
  const parts = [
    iso(event.at),
    event.runId,
    foldNewlines(event.flow),
    `${from} ${arrow} ${paint(foldNewlines(event.to))}`,
  ];
  const message = foldNewlines(event.message).trim();
  return [...parts, ...(message === '' ? [] : [message])].join('  ');
}

/** The transition as one JSON object (a line of NDJSON). */
export function transitionJson(event: Transition): string {
  return JSON.stringify({
    run_id: event.runId,
    flow_id: event.flowId,
    flow: event.flow,
    from: event.from,
    to: event.to,
    at: iso(event.at),
    message: event.message,
  });
}
