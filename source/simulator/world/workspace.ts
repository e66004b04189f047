// Generates the simulated workspace: flows from the catalog and a few hundred runs over
// the last three days. Pure: the same seed and `nowMs` always give the same world.

import type {FlowBlueprint, StepBlueprint} from './blueprint.js';
import {FLOW_BLUEPRINTS} from './catalog.js';
import {createRng, makeId} from './prng.js';
import type {Rng} from './prng.js';
import {applyDue, createRun} from './run.js';
import type {SimRun} from './run.js';
import {toSeconds} from './wire.js';
import type {WireFlow, WireStep} from './wire.js';

/** A flow of the world: its blueprint and the full object `GET /v2/flows` serves. */
export type SimFlow = {
  readonly id: string;
  readonly blueprint: FlowBlueprint;
  readonly wire: WireFlow;
};

/** The whole simulated state. `runs` is newest first; live.ts moves it on. */
export type World = {
  readonly rng: Rng;
  readonly workspaceId: string;
  readonly flows: readonly SimFlow[];
  readonly runs: SimRun[];
  readonly byId: Map<string, SimRun>;
  /** Runs that still have transitions to make. */
  readonly inFlight: SimRun[];
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function stepConfig(step: StepBlueprint, index: number, steps: readonly StepBlueprint[], rng: Rng) {
  const before = steps
    .slice(0, index)
    .flatMap((other, at) => (other.type === 'extraction' ? [`step_${at + 1}`] : []));
  switch (step.type) {
    case 'extraction':
      return {template_id: makeId(rng), file_key: step.file?.key ?? 'file'};
    case 'reconciliation':
      return {
        source_step_id_1: before.at(-2) ?? 'step_1',
        source_step_id_2: before.at(-1) ?? 'step_1',
        ...step.config,
      };
    case 'verification':
      return {source_step_id: `step_${index}`, ...step.config};
    case 'review':
      return {...step.config};
  }
}

function buildFlow(
  rng: Rng,
  blueprint: FlowBlueprint,
  workspaceId: string,
  nowMs: number,
  retiredMs: number,
): SimFlow {
  const id = makeId(rng);
  const createdMs = nowMs - rng.int(20, 120) * DAY;
  const updatedMs = blueprint.active
    ? Math.min(nowMs - DAY, createdMs + rng.int(0, 15) * DAY)
    : retiredMs;
  const steps: WireStep[] = blueprint.steps.map((step, index) => ({
    id: `step_${index + 1}`,
    title: step.title,
    description: step.description,
    type: step.type,
    order: index + 1,
    config: stepConfig(step, index, blueprint.steps, rng),
  }));
  const fileFields = blueprint.steps.flatMap((step) =>
    step.file === undefined
      ? []
      : [
          {
            key: step.file.key,
            name: step.file.name,
            required: true,
            file_types: step.file.types,
            max_file_size: 10_485_760,
          },
        ],
  );
  const wire: WireFlow = {
    id,
    workspace_id: workspaceId,
    name: blueprint.name,
    description: blueprint.description,
    file_input_config: {file_fields: fileFields},
    steps,
    active: blueprint.active,
    created_at: toSeconds(createdMs),
    updated_at: toSeconds(updatedMs),
  };
  return {id, blueprint, wire};
}

/** Picks a flow in proportion to its traffic weight. */
export function pickFlow(rng: Rng, flows: readonly SimFlow[]): SimFlow {
  return rng.weighted(flows.map((flow) => [flow, flow.blueprint.weight] as const));
}

/** A fresh world of 300–380 runs ending at `nowMs`, with a few processing and in review. */
export function generateWorkspace(seed: number, nowMs: number): World {
  const rng = createRng(seed);
  const workspaceId = makeId(rng);
  const retiredMs = nowMs - rng.int(30, 40) * HOUR;
  const flows = FLOW_BLUEPRINTS.map((blueprint) =>
    buildFlow(rng, blueprint, workspaceId, nowMs, retiredMs),
  );
  const active = flows.filter((flow) => flow.blueprint.active);

  const settled = Array.from(
    {length: rng.int(300, 380)},
    () => nowMs - rng.int(3 * MINUTE, 3 * DAY),
  );
  const busy = Array.from({length: rng.int(2, 4)}, () => nowMs - rng.int(5_000, 100_000));
  const starts = [...settled, ...busy].sort((a, b) => a - b);
  const picked = starts.map((startMs) => ({
    startMs,
    flow: pickFlow(rng, startMs < retiredMs ? flows : active),
  }));

  // A handful of runs waiting for a person: reviews that began hours ago and are still open.
  const reviewable = picked.flatMap((entry, index) =>
    entry.flow.blueprint.steps.some((step) => step.type === 'review') &&
    entry.startMs > nowMs - 8 * HOUR &&
    entry.startMs < nowMs - 15 * MINUTE
      ? [index]
      : [],
  );
  const inReview = new Set<number>();
  for (let want = rng.int(4, 6); want > 0 && inReview.size < reviewable.length; want--) {
    let index = rng.pick(reviewable);
    while (inReview.has(index)) index = rng.pick(reviewable);
    inReview.add(index);
  }

  const world: World = {rng, workspaceId, flows, runs: [], byId: new Map(), inFlight: []};
  for (const [index, {startMs, flow}] of picked.entries()) {
    const options = inReview.has(index)
      ? {reviewUntil: nowMs + rng.int(2 * MINUTE, 40 * MINUTE)}
      : startMs > nowMs - 2 * MINUTE
        ? {busyUntil: nowMs + rng.int(5_000, 90_000)}
        : {};
    const run = createRun(rng, flow, workspaceId, startMs, options);
    if (!applyDue(run, nowMs)) world.inFlight.push(run);
    world.runs.unshift(run);
    world.byId.set(run.id, run);
  }
  return world;
}
