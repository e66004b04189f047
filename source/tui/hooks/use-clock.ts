// The clock, in two parts. The rows read the time themselves from a small store (one
// listener per row): when a row's own clock text changes, it draws its new text itself,
// or renders alone where it cannot (views/run-list.tsx), so a tick that only moves the
// seconds of runs in flight renders neither the app nor the list: every app render makes
// every hook and selector run again. Everything else on screen that the
// clock changes (change marks and messages expiring, the detail's and the header's times,
// retry countdowns) is a `tick` action for the reducer, dispatched only when those texts
// differ (explorer/clock-texts.ts). How often it looks is the state's to say (tickInterval).
import {useEffect, useRef, useState, type Dispatch} from 'react';
import type {Action} from '../../explorer/actions.js';
import {clockTexts} from '../../explorer/clock-texts.js';
import {tickInterval} from '../../explorer/selectors.js';
import type {State} from '../../explorer/state.js';
import type {DrawText} from '../../terminal/renderer/screen.js';

/** The time the rows show, and a way to hear it move. */
export type Clock = {
  readonly now: () => number;
  /** Calls `listener` after each move; returns the unsubscribe. */
  readonly subscribe: (listener: () => void) => () => void;
  /** Draws a row's new text on the screen between frames (Screen.draw); absent: rows render. */
  readonly draw?: DrawText;
};

/** A clock that never moves: for tests and still frames. */
export function fixedClock(now: number): Clock {
  return {now: () => now, subscribe: () => () => {}};
}

/** A clock moved by hand: `set` tells every listener. */
export type MovingClock = Clock & {readonly set: (now: number) => void};

/** A clock that starts at `start` and moves when `set`. */
export function movingClock(start: number): MovingClock {
  let time = start;
  const listeners = new Set<() => void>();
  return {
    now: () => time,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    set(now) {
      time = now;
      for (const listener of listeners) listener();
    },
  };
}

/** The rows' clock, and a way to show a background refresh in the clock's next frame. */
export type FrameClock = Clock & {
  /**
   * While the clock ticks every second, holds `action` for the next tick (at most a second
   * away) and returns true; else returns false, and the caller dispatches it at once.
   */
  readonly atNextTick: (action: Action) => boolean;
};

/** Moves the rows' clock every tick, and dispatches `tick` when other texts would change. */
export function useClock(
  state: State,
  dispatch: Dispatch<Action>,
  clock: () => number,
  draw?: DrawText,
): FrameClock {
  const [rows] = useState(() => movingClock(clock()));
  const held = useRef<Action[] | null>(null);
  const [frames] = useState<FrameClock>(() => ({
    now: rows.now,
    subscribe: rows.subscribe,
    ...(draw === undefined ? {} : {draw}),
    atNextTick: (action) => {
      if (held.current === null) return false;
      held.current.push(action);
      return true;
    },
  }));
  const tickMs = tickInterval(state);
  const shown = useRef(state);
  useEffect(() => {
    shown.current = state;
  });
  useEffect(() => {
    const release = (): void => {
      for (const action of held.current ?? []) dispatch(action);
      held.current = tickMs <= 1000 ? [] : null;
    };
    release();
    const timer = setInterval(() => {
      const now = clock();
      // All in one task, so React renders them in one frame: a live pane draws at most
      // once a second, however its refreshes and its clock fall.
      release();
      rows.set(now);
      const texts = clockTexts(shown.current, shown.current.now);
      if (clockTexts(shown.current, now) !== texts) dispatch({type: 'tick', now});
    }, tickMs);
    return () => {
      clearInterval(timer);
      const kept = held.current ?? [];
      held.current = null;
      for (const action of kept) dispatch(action);
    };
  }, [tickMs, clock, dispatch, rows]);
  return frames;
}
