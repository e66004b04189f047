// What the clock alone changes on screen, as one string. The app dispatches a tick only
// when this differs between the time on screen and now: every render makes Ink rebuild
// the whole frame (about 20 ms at 120x40), and past their first minute the list's times
// show minutes, so most ticks of an idle pane would change nothing.
import {isFinished} from '../domain/run.js';
import {waitingSince} from '../domain/durations.js';
import {formatAge, formatLiveDuration} from '../text/format.js';
import {isHealthLive} from './health-selectors.js';
import {isLive, visibleRuns} from './selectors.js';
import type {State} from './state.js';
import {stuckFor} from '../domain/stuck.js';

/** The clock-driven texts of the screen at `now`; equal strings mean an equal screen. */
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
  const rows = visibleRuns(state)
    .map((run) => {
      const start = run.startedAt ?? run.createdAt;
      const age = formatAge(now - start);
      if (isFinished(run.status)) return age;
      const since = run.status === 'review' ? (waitingSince(run) ?? start) : start;
      const stuck = stuckFor(run, now, state.stuckAfterMs) !== null;
      return `${age} ${formatLiveDuration(now - since)} ${stuck ? '!' : ''}`;
    })
    .join('|');
  return `${marks} ${String(message)}|${rows}`;
}
