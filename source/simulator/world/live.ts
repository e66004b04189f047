// Moves the simulated world on. Time advances in fixed ticks counted from the origin, so
// the world at a given clock reading does not depend on how often anyone looked at it:
// with a seed and a fake clock, the same requests always see the same runs.

import {applyDue, createRun} from './run.js';
import {pickFlow} from './workspace.js';
import type {World} from './workspace.js';

/** How the world moves on. */
export type LiveOptions = {
  /** Length of one tick, ms. */
  readonly tickMs: number;
  /** Average time between two new runs, ms. */
  readonly meanArrivalMs: number;
  /** Most runs kept; the oldest are dropped beyond it, so days of running stay bounded. */
  readonly maxRuns: number;
  /** Exactly one new run every `meanArrivalMs` instead of at random: a workspace for the bench. */
  readonly steady?: boolean;
  /** How long new runs' steps take, as a share of their usual time. Default 1. */
  readonly pace?: number;
};

/** Defaults: a tick every 2 s, a new run every ~6.5 s, at most 2,000 runs. */
export const DEFAULT_LIVE_OPTIONS: LiveOptions = {tickMs: 2000, meanArrivalMs: 6500, maxRuns: 2000};

// Past this many missed ticks (a laptop asleep for days) the world skips ahead instead
// of replaying every tick, so a request never stalls on catch-up.
const MAX_CATCH_UP_TICKS = 50_000;

/** A world and the clock reading it has been advanced to. */
export type LiveWorld = {
  readonly world: World;
  /** Epoch ms of the last tick applied. */
  readonly reachedMs: () => number;
  /** Applies every tick up to `nowMs`; earlier readings are ignored. */
  readonly advanceTo: (nowMs: number) => void;
};

function dropOldest(world: World, maxRuns: number): void {
  while (world.runs.length > maxRuns) {
    const oldest = world.runs.pop();
    if (oldest === undefined) return;
    world.byId.delete(oldest.id);
    const flying = world.inFlight.indexOf(oldest);
    if (flying >= 0) world.inFlight.splice(flying, 1);
  }
}

// Arrivals at random, `meanArrivalMs` apart on average, anywhere in the tick.
function randomStarts(world: World, tickEndMs: number, options: LiveOptions): number[] {
  const expected = options.tickMs / options.meanArrivalMs;
  const arrivals = Math.floor(expected) + (world.rng.chance(expected % 1) ? 1 : 0);
  return Array.from({length: arrivals}, () => tickEndMs - world.rng.int(0, options.tickMs - 1));
}

// Arrivals on the clock: every multiple of `meanArrivalMs` that falls in the tick.
function steadyStarts(tickEndMs: number, options: LiveOptions): number[] {
  const every = options.meanArrivalMs;
  const starts: number[] = [];
  const first = Math.floor((tickEndMs - options.tickMs) / every) + 1;
  for (let at = first * every; at <= tickEndMs; at += every) starts.push(at);
  return starts;
}

function tick(world: World, tickEndMs: number, options: LiveOptions): void {
  const stillFlying = world.inFlight.filter((run) => !applyDue(run, tickEndMs));
  world.inFlight.splice(0, world.inFlight.length, ...stillFlying);
  const active = world.flows.filter((flow) => flow.blueprint.active);
  const starts =
    options.steady === true
      ? steadyStarts(tickEndMs, options)
      : randomStarts(world, tickEndMs, options);
  for (const startMs of starts.sort((a, b) => a - b)) {
    const plan = options.pace === undefined ? {} : {pace: options.pace};
    const run = createRun(world.rng, pickFlow(world.rng, active), world.workspaceId, startMs, plan);
    if (!applyDue(run, tickEndMs)) world.inFlight.push(run);
    world.runs.unshift(run);
    world.byId.set(run.id, run);
  }
  dropOldest(world, options.maxRuns);
}

/** Wraps a freshly generated world (generated at `originMs`) so it can move on. */
export function createLiveWorld(
  world: World,
  originMs: number,
  options: LiveOptions = DEFAULT_LIVE_OPTIONS,
): LiveWorld {
  let reached = originMs;
  dropOldest(world, options.maxRuns);
  return {
    world,
    reachedMs: () => reached,
    advanceTo: (nowMs) => {
      const behind = Math.floor((nowMs - reached) / options.tickMs);
      if (behind > MAX_CATCH_UP_TICKS) reached += (behind - MAX_CATCH_UP_TICKS) * options.tickMs;
      while (reached + options.tickMs <= nowMs) {
        reached += options.tickMs;
        tick(world, reached, options);
      }
    },
  };
}
