// Days of runs before the live world begins, so that flow health has something to say in
// the demo: a daily rhythm (busy in working hours, quiet at night and at weekends), flows
// that differ in how often they fail and how long they take, and a recent failure spike
// in one of them. Deterministic (its own generator, seeded from the world's seed) and
// fast: about 0.2 s for 20,000 runs. Opt-in: the worlds the tests and the bench's quiet
// scenario use stay as they were.
import type {FlowBlueprint} from './blueprint.js';
import {BANK_STATEMENT, EXPENSE_RECEIPTS, PO_TO_INVOICE} from './catalog-finance.js';
import {
  CLAIM_INTAKE,
  FREIGHT_AUDIT,
  LEGACY_CUSTOMS,
  VENDOR_ONBOARDING,
} from './catalog-operations.js';
import {createRng} from './prng.js';
import {applyDue, createRun, type SimRun} from './run.js';
import {pickFlow, type World} from './workspace.js';

/** How much history to make. */
export type HistoryOptions = {
  readonly days: number;
  /** Runs per hour, on average over a week. */
  readonly runsPerHour: number;
  /** How long before the start the spike began, ms (0: no spike). */
  readonly spikeMs: number;
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * The demo's: eight days (a full 7d window and a day of the week before) at about 110
 * runs an hour, 18,500 a week, under the health view's 20,000-run cap; a spike in the
 * last two hours.
 */
export const DEMO_HISTORY: HistoryOptions = {days: 8, runsPerHour: 110, spikeMs: 2 * HOUR};

/**
 * The demo's workspace (`--demo`, `simulate`): the history, and new runs at its pace, one
 * every 20 s or so, so the last hour reads like the ones before it.
 */
export const DEMO_WORLD = {history: DEMO_HISTORY, meanArrivalMs: 20_000} as const;

/** How each flow behaves in the history: step pace and failure rate. */
const CHARACTER = new Map<FlowBlueprint, {readonly pace: number; readonly failureRate: number}>([
  [PO_TO_INVOICE, {pace: 1, failureRate: 0.05}],
  [VENDOR_ONBOARDING, {pace: 1.6, failureRate: 0.08}],
  [BANK_STATEMENT, {pace: 0.6, failureRate: 0.03}],
  [FREIGHT_AUDIT, {pace: 2.6, failureRate: 0.13}],
  [CLAIM_INTAKE, {pace: 1.8, failureRate: 0.1}],
  [EXPENSE_RECEIPTS, {pace: 0.4, failureRate: 0.01}],
  [LEGACY_CUSTOMS, {pace: 1.2, failureRate: 0.2}],
]);

// The spike: a reliable flow that starts failing almost every other run, and runs more
// (retries pile up), in the last hours.
const SPIKE_FLOW = BANK_STATEMENT;
const SPIKE_FAILURE_RATE = 0.45;
const SPIKE_EXTRA_RUNS = 1.5;

// Busier 07:00-19:00 UTC on weekdays; the factors average about 1 over a week.
function rhythm(ms: number): number {
  const date = new Date(ms);
  const hour = date.getUTCHours();
  const day = date.getUTCDay();
  return (hour >= 7 && hour < 19 ? 1.6 : 0.45) * (day === 0 || day === 6 ? 0.5 : 1.15);
}

/** Adds `options.days` of history, ending a few minutes before `nowMs`, to `world`. */
export function addHistory(world: World, seed: number, nowMs: number, options: HistoryOptions) {
  const rng = createRng((seed ^ 0x5bd1e995) >>> 0);
  const end = nowMs - 2 * MINUTE;
  const spikeFrom = options.spikeMs > 0 ? nowMs - options.spikeMs : Number.POSITIVE_INFINITY;
  const spiking = world.flows.find((flow) => flow.blueprint === SPIKE_FLOW);
  const history: SimRun[] = [];
  const start = (at: number, flow: World['flows'][number], spike: boolean): void => {
    const character = CHARACTER.get(flow.blueprint) ?? {pace: 1, failureRate: 0.1};
    const failureRate = spike ? SPIKE_FAILURE_RATE : character.failureRate;
    const run = createRun(rng, flow, world.workspaceId, at, {pace: character.pace, failureRate});
    if (!applyDue(run, nowMs)) world.inFlight.push(run);
    history.push(run);
  };
  for (let hour = end - options.days * DAY; hour < end; hour += HOUR) {
    // A retired flow ran until it was retired (its updated_at).
    const open = world.flows.filter(
      (flow) => flow.blueprint.active || flow.wire.updated_at * 1000 > hour,
    );
    const mean = options.runsPerHour * rhythm(hour) * (0.8 + 0.4 * rng.next());
    const count = Math.floor(mean) + (rng.chance(mean % 1) ? 1 : 0);
    const room = Math.min(HOUR, end - hour);
    for (let i = 0; i < count; i++) {
      const at = hour + rng.int(0, room - 1);
      const flow = pickFlow(rng, open);
      start(at, flow, at >= spikeFrom && flow === spiking);
      if (at >= spikeFrom && flow === spiking && rng.chance(SPIKE_EXTRA_RUNS / 2)) {
        start(Math.min(end - 1, at + rng.int(1000, 60_000)), flow, true);
        start(Math.min(end - 1, at + rng.int(1000, 90_000)), flow, true);
      }
    }
  }
  // Two runs stuck for the stuck column: a claim waiting a day and a half for a person, a
  // freight audit processing for 45 minutes.
  const claim = world.flows.find((flow) => flow.blueprint === CLAIM_INTAKE);
  const freight = world.flows.find((flow) => flow.blueprint === FREIGHT_AUDIT);
  for (const [flow, at, options] of [
    [claim, nowMs - 36 * HOUR, {reviewUntil: nowMs + 30 * DAY}],
    [freight, nowMs - 45 * MINUTE, {busyUntil: nowMs + 6 * HOUR}],
  ] as const) {
    if (flow === undefined) continue;
    const run = createRun(rng, flow, world.workspaceId, at, options);
    applyDue(run, nowMs);
    world.inFlight.push(run);
    history.push(run);
  }
  const all = [...world.runs, ...history].sort((a, b) => b.startMs - a.startMs);
  world.runs.length = 0;
  for (const run of all) {
    world.runs.push(run);
    world.byId.set(run.id, run);
  }
}
