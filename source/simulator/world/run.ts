// A simulated run: what it looks like now plus the transitions it has yet to make.
// Internally times are epoch ms; `toWireRun` converts to the wire's Unix seconds once.

import type {FlowBlueprint} from './blueprint.js';
import {makeId} from './prng.js';
import type {Rng} from './prng.js';
import {planRun} from './run-plan.js';
import type {PlanOptions, Transition} from './run-plan.js';
import {toSeconds} from './wire.js';
import type {WireDriveFile, WireHistoryEntry, WireRun, WireStatus} from './wire.js';

/** A run inside the simulator. Mutable: only `applyDue` changes it. */
export type SimRun = {
  readonly id: string;
  readonly flowId: string;
  readonly workspaceId: string;
  readonly trigger: 'api' | 'manual';
  readonly metadata: Readonly<Record<string, string>>;
  readonly startMs: number;
  status: WireStatus;
  readonly history: WireHistoryEntry[];
  error: string | null;
  endMs: number | null;
  updatedMs: number;
  driveFiles: Readonly<Record<string, WireDriveFile>>;
  /** Transitions still to come, oldest first; empty once the run has finished. */
  readonly pending: Transition[];
};

/** Which flow a new run belongs to. */
export type RunFlow = {readonly id: string; readonly blueprint: FlowBlueprint};

/** A freshly started run with its whole future planned. */
export function createRun(
  rng: Rng,
  flow: RunFlow,
  workspaceId: string,
  startMs: number,
  options: PlanOptions = {},
): SimRun {
  const id = makeId(rng);
  const trigger = rng.chance(0.75) ? 'api' : 'manual';
  // Some callers attach nothing; an empty object is what the API returns then.
  const metadata = rng.chance(0.06) ? {} : flow.blueprint.metadata(rng);
  const pending = planRun(rng, flow.blueprint, startMs, options);
  return {
    id,
    flowId: flow.id,
    workspaceId,
    trigger,
    metadata,
    startMs,
    status: 'processing',
    history: [
      {status: 'processing', time: toSeconds(startMs), message: `Flow started via ${trigger}`},
    ],
    error: null,
    endMs: null,
    updatedMs: startMs,
    driveFiles: {},
    pending,
  };
}

/** Applies every transition due by `nowMs`; returns true once the run has finished. */
export function applyDue(run: SimRun, nowMs: number): boolean {
  while (run.pending.length > 0 && (run.pending[0] as Transition).at <= nowMs) {
    const next = run.pending.shift() as Transition;
    run.status = next.status;
    run.history.push({status: next.status, time: toSeconds(next.at), message: next.message});
    run.updatedMs = next.at;
    if (next.status === 'failed') run.error = next.message;
    if (next.status === 'failed' || next.status === 'completed') run.endMs = next.at;
    if (next.driveFiles !== undefined) run.driveFiles = next.driveFiles;
  }
  return run.pending.length === 0;
}

/** The run as `GET /v2/flows/runs` lists it; a fresh object that shares nothing mutable. */
export function toWireRun(run: SimRun): WireRun {
  const start = toSeconds(run.startMs);
  const end = run.endMs === null ? null : toSeconds(run.endMs);
  return {
    id: run.id,
    flow_id: run.flowId,
    workspace_id: run.workspaceId,
    status: run.status,
    status_history: run.history.map((entry) => ({...entry})),
    error: run.error,
    metadata: {...run.metadata},
    trigger_method: run.trigger,
    start_time: start,
    end_time: end,
    duration: end === null ? 0 : (end - start) * 1000,
    drive_files: structuredClone(run.driveFiles),
    created_at: start,
    updated_at: toSeconds(run.updatedMs),
  };
}
