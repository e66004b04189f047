// The chaos schedule of `simulate --faults`: healthy and faulty periods take turns, each
// fault mode in order, so one long demo (or a day on a dashboard) walks the client
// through every failure and every recovery.
import {FAULT_MODES, type FaultMode} from './faults.js';

/** How long each period lasts unless told otherwise, ms. */
export const DEFAULT_CHAOS_PERIOD_MS = 10_000;

/** A chaos schedule: how long each period lasts and which modes take turns. */
export type ChaosOptions = {
  readonly periodMs: number;
  readonly modes?: readonly FaultMode[];
};

/**
 * The fault active `elapsedMs` after the schedule started: none in even periods (so
 * recovery is seen every time), the next mode in odd ones.
 */
export function chaosFault(elapsedMs: number, options: ChaosOptions): FaultMode | null {
  const modes = options.modes ?? FAULT_MODES;
  const period = Math.floor(Math.max(0, elapsedMs) / Math.max(1, options.periodMs));
  if (period % 2 === 0 || modes.length === 0) return null;
  return modes[((period - 1) / 2) % modes.length] ?? null;
}
