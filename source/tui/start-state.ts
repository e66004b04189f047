// The explorer's first state, from the app's props: the CLI's filters and settings, the
// terminal's size, the config's profiles, and the first page when it came early.
import {reduce} from '../explorer/reduce.js';
import type {KnownStatus, RunPage} from '../domain/run.js';
import type {AlertSettings} from '../explorer/alerts.js';
import {type ProfilesState, type State} from '../explorer/state.js';
import {initialState} from '../explorer/initial-state.js';

/** The app's props the first state is made of. */
export type StartProps = {
  readonly status?: KnownStatus | undefined;
  readonly flowId?: string | undefined;
  readonly limit: number;
  readonly intervalMs: number;
  readonly stuckAfterMs?: number | undefined;
  readonly alerts?: AlertSettings | undefined;
  readonly utc?: boolean | undefined;
  readonly profiles?: Pick<ProfilesState, 'entries' | 'current' | 'none'> | undefined;
  readonly firstPage?: RunPage | undefined;
  /** The view to open on (`--view`). */
  readonly view?: 'list' | 'health' | undefined;
};

/** The state the app starts in, at `now`, in a terminal of `size`. */
export function startState(
  props: StartProps,
  size: {readonly columns: number; readonly rows: number},
  now: number,
): State {
  const {status, flowId, limit, intervalMs, stuckAfterMs, alerts, utc, profiles} = props;
  const initial = initialState({
    ...{status, flowId, limit, intervalMs, stuckAfterMs, alerts, utc, now},
    health: props.view === 'health',
    ...size,
    // The connector stays at the edge; the state holds what `P` shows.
    ...(profiles === undefined
      ? {}
      : {
          profiles: {
            entries: profiles.entries,
            current: profiles.current,
            none: profiles.none,
            picker: null,
          },
        }),
  });
  // Already here: one frame with data instead of an empty one and a second soon after.
  return props.firstPage === undefined
    ? initial
    : reduce(initial, {
        type: 'runs-loaded',
        generation: initial.generation,
        page: props.firstPage,
        now,
      });
}
