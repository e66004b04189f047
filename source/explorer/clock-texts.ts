// What the clock alone changes on screen outside the run list's rows, as one string. The
// app dispatches a tick only when this differs between the time on screen and now: every
// tick makes the app render again, and a live list changes nothing else by the second.
// The rows follow the clock themselves (tui/hooks/use-clock.ts), each re-rendering when
// its own age or duration changes.
import {isHealthLive} from './health-selectors.js';
import {isLive} from './selectors.js';
import type {State} from './state.js';

/** The clock-driven texts of the screen at `now`, rows aside; equal strings mean an equal screen. */
export function clockTexts(state: State, now: number): string {
  // The health view's times are those of its last sync; only its age and retry count.
  if (state.health.open)
    return isHealthLive(state) && (state.message === null || state.message.until > now)
      ? `health ${String(state.message !== null)}`
      : String(Math.floor(now / 1000));
  // These count seconds (detail times, retry countdown, the header's age): every second
  // is news.
  if (state.detail !== null || state.error !== null || !isLive(state))
    return String(Math.floor(now / 1000));
  // Change marks and a footer message only matter when they expire.
  const marks = [...state.changed.values()].filter((until) => until > now).length;
  const message = state.message !== null && state.message.until > now;
  return `${marks} ${String(message)}`;
}
