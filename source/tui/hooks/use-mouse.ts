// Mouse reports, from the filtered stdin (terminal/mouse-input.ts), become actions stamped
// with the clock: the reducer tells a double click by their times.
import {useEffect, type Dispatch} from 'react';
import type {Action} from '../../explorer/actions.js';
import type {MouseEvent} from '../../terminal/mouse.js';

/** Subscribes to mouse reports; returns the unsubscribe. */
export type MouseSource = (listener: (event: MouseEvent) => void) => () => void;

/** Dispatches each report from `source` (none when it is absent: no mouse). */
export function useMouse(
  source: MouseSource | undefined,
  dispatch: Dispatch<Action>,
  clock: () => number,
): void {
  useEffect(
    () => source?.((event) => dispatch({type: 'mouse', event, now: clock()})),
    [source, dispatch, clock],
  );
}
