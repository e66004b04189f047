// A clock the tests move by hand whose rows draw through `draw`, each call recorded.
import type {DrawText} from '../../source/terminal/renderer/screen.js';
import {movingClock, type Clock} from '../../source/tui/hooks/use-clock.js';
import {NOW} from './runs.js';

/** One call of the clock's `draw`, and its answer. */
export type Drawn = {row: number; column: number; before: string; after: string; done: boolean};

/** A clock at NOW, moved by `set`, drawing with `draw`: `drawn` has every call. */
export function drawingClock(draw: DrawText) {
  const moving = movingClock(NOW);
  const drawn: Drawn[] = [];
  const clock: Clock = {
    now: moving.now,
    subscribe: moving.subscribe,
    draw(row, column, before, after) {
      const done = draw(row, column, before, after);
      drawn.push({row, column, before, after, done});
      return done;
    },
  };
  return {clock, drawn, set: moving.set};
}
