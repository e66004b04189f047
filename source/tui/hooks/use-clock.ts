// The clock, as actions: a tick is dispatched only when the texts the clock changes on
// screen differ (explorer/clock-texts.ts); every render makes Ink lay the frame out again,
// and past their first minute the list's times show minutes, so most ticks of an idle
// pane would change nothing. How often it looks is the state's to say (tickInterval).
import {useEffect, useRef, type Dispatch} from 'react';
import type {Action} from '../../explorer/actions.js';
import {clockTexts} from '../../explorer/clock-texts.js';
import {tickInterval} from '../../explorer/selectors.js';
import type {State} from '../../explorer/state.js';

/** Dispatches `tick` whenever the time on screen would change. */
export function useClock(state: State, dispatch: Dispatch<Action>, clock: () => number): void {
  const tickMs = tickInterval(state);
  const shown = useRef(state);
  useEffect(() => {
    shown.current = state;
  });
  useEffect(() => {
    const timer = setInterval(() => {
      const now = clock();
      const texts = clockTexts(shown.current, shown.current.now);
      if (clockTexts(shown.current, now) !== texts) dispatch({type: 'tick', now});
    }, tickMs);
    return () => clearInterval(timer);
  }, [tickMs, clock, dispatch]);
}
