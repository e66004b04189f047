// Runs that look stuck: processing for longer than the user's threshold, or waiting in
// review for more than a day. Pure: `now` is passed in.
import type {Run} from './run.js';
import {waitingSince} from './durations.js';

/** Default `--stuck-after`: a run processing for 15 minutes has likely hung. */
export const DEFAULT_STUCK_AFTER_MS = 15 * 60_000;
/** A run in review for longer than this is waiting on someone who forgot it. */
export const REVIEW_STUCK_MS = 24 * 60 * 60_000;

/** How long the run has been stuck in its state (ms), or null when it is not stuck. */
export function stuckFor(run: Run, now: number, stuckAfterMs: number): number | null {
  if (run.status === 'processing') {
    const since = run.startedAt ?? run.createdAt;
    const span = now - since;
    return span > stuckAfterMs ? span : null;
  }
  if (run.status === 'review') {
    const since = waitingSince(run) ?? run.updatedAt;
    const span = now - since;
    return span > REVIEW_STUCK_MS ? span : null;
  }
  return null;
}

const UNITS: Readonly<Record<string, number>> = {s: 1000, m: 60_000, h: 3_600_000};

/** Parses `90s`, `15m`, `2h` (a bare number is minutes); null when it is not one. */
export function parseSpan(text: string): number | null {
  const match = /^(\d+(?:\.\d+)?)\s*([smh]?)$/i.exec(text.trim());
  if (match === null) return null;
  const amount = Number(match[1]);
  const unit = UNITS[(match[2] ?? '').toLowerCase() || 'm'] ?? 60_000;
  const ms = Math.round(amount * unit);
  return ms > 0 && Number.isFinite(ms) ? ms : null;
}
