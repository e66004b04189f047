// The health view's slice of the state, and its shape before anything has loaded. The
// transitions are explorer/health.ts.
import type {HealthBoard} from '../domain/health-board.js';
import type {HealthData} from '../domain/health-data.js';
import {DEFAULT_HEALTH_WINDOW, type HealthWindow} from '../domain/health-window.js';
import type {LoadError} from './shapes.js';

/** The health view (explorer/health.ts): its window, the runs behind it, its table. */
export type HealthState = {
  /** The view is on screen (and its data kept fresh). */
  readonly open: boolean;
  readonly window: HealthWindow;
  /** The runs loaded so far; null before the first page. */
  readonly data: HealthData | null;
  /** The table of `data` for the window; null without data. */
  readonly board: HealthBoard | null;
  /** The selected line by flow id; null is the workspace total. */
  readonly selectedId: string | null;
  /** Index of the selection among the lines, the total first. */
  readonly cursor: number;
  /** First flow line on screen. */
  readonly top: number;
  /** Bumped to sync at once; results of older generations are dropped. */
  readonly generation: number;
  readonly requestedAt: number | null;
  /** Epoch ms of the last finished sync: the end of the window. */
  readonly loadedAt: number | null;
  readonly error: LoadError | null;
};

/** The health view before it has loaded anything. */
export function initialHealth(
  open = false,
  window: HealthWindow = DEFAULT_HEALTH_WINDOW,
): HealthState {
  return {
    open,
    window,
    data: null,
    board: null,
    selectedId: null,
    cursor: 0,
    top: 0,
    generation: 0,
    requestedAt: null,
    loadedAt: null,
    error: null,
  };
}
