// A run's whole future is decided the moment it is created: which steps it passes,
// whether it waits for review, where it fails and when. The live world then only
// reveals transitions as the clock reaches them, which keeps it deterministic.

import type {FlowBlueprint, StepBlueprint} from './blueprint.js';
import type {Rng} from './prng.js';
import {REVIEWERS} from './vocabulary.js';
import type {WireDriveFile, WireStatus} from './wire.js';

/** One future status change of a run. `at` is epoch ms. */
export type Transition = {
  readonly at: number;
  readonly status: WireStatus;
  readonly message: string;
  readonly driveFiles?: Readonly<Record<string, WireDriveFile>>;
};

/** Ways to bend a plan so the generated world has runs in every state. */
export type PlanOptions = {
  /** Stop at the review step (if the flow has one) until this time, epoch ms. */
  readonly reviewUntil?: number;
  /** Make the first transition happen no earlier than this, epoch ms. */
  readonly busyUntil?: number;
  /** How long steps take, as a share of their usual time (people's reviews aside). Default 1. */
  readonly pace?: number;
  /** The chance the run fails, instead of the flow's own rate (the history's spike). */
  readonly failureRate?: number;
};

const SECOND = 1000;
const STEP_SECONDS: Readonly<Record<StepBlueprint['type'], readonly [number, number]>> = {
  extraction: [6, 45],
  reconciliation: [4, 25],
  verification: [2, 15],
  review: [1, 3],
};

function stepError(rng: Rng, step: StepBlueprint): string {
  const kind = step.type.charAt(0).toUpperCase() + step.type.slice(1);
  return `${kind} step '${step.title}' failed: ${rng.pick(step.causes)(rng)}`;
}

function driveFiles(rng: Rng, flow: FlowBlueprint): Record<string, WireDriveFile> | undefined {
  if (flow.export === undefined || !rng.chance(0.75)) return undefined;
  const fileId = `1${rng.chars(32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')}`;
  const sheets = flow.export.sheets.map((title, index) => ({
    sheet_id: index === 0 ? 0 : rng.int(100_000_000, 2_000_000_000),
    title,
  }));
  return {
    [flow.export.key]: {
      file_id: fileId,
      mime_type: 'application/vnd.google-apps.spreadsheet',
      sheets,
    },
  };
}

/** Every transition after the initial `processing`, oldest first. */
export function planRun(
  rng: Rng,
  flow: FlowBlueprint,
  startMs: number,
  options: PlanOptions = {},
): Transition[] {
  const steps = flow.steps;
  const reviewIndex = steps.findIndex((step) => step.type === 'review');
  const failable = steps.flatMap((step, index) => (step.causes.length > 0 ? [index] : []));
  let failAt =
    rng.chance(options.failureRate ?? flow.failureRate) && failable.length > 0
      ? rng.pick(failable)
      : -1;
  if (options.reviewUntil !== undefined && reviewIndex >= 0 && failAt < reviewIndex) failAt = -1;

  const plan: Transition[] = [];
  let at = startMs;
  for (const [index, step] of steps.entries()) {
    const [low, high] = STEP_SECONDS[step.type];
    at += Math.round(rng.int(low * SECOND, high * SECOND) * (options.pace ?? 1));
    if (index === failAt) {
      plan.push({at, status: 'failed', message: stepError(rng, step)});
      break;
    }
    if (step.type !== 'review') continue;
    const forced = options.reviewUntil !== undefined;
    if (!forced && !rng.chance(flow.reviewRate)) continue;
    plan.push({at, status: 'review', message: `Waiting for review: ${step.title}`});
    // People take minutes to hours; a forced review lasts until the requested time.
    at = forced ? Math.max(at + SECOND, options.reviewUntil) : at + rng.int(120, 900) * SECOND;
    plan.push({at, status: 'processing', message: `Review approved by ${rng.pick(REVIEWERS)}`});
  }
  if (failAt < 0) {
    const files = driveFiles(rng, flow);
    const done = {
      at: at + rng.int(1, 4) * SECOND,
      status: 'completed',
      message: 'Flow completed successfully',
    } as const;
    plan.push(files === undefined ? done : {...done, driveFiles: files});
  }
  const first = plan[0];
  if (options.busyUntil !== undefined && first !== undefined && first.at < options.busyUntil) {
    const shift = options.busyUntil - first.at;
    return plan.map((transition) => ({...transition, at: transition.at + shift}));
  }
  return plan;
}
