// The edge of a profile switch: when the reducer has a profile to connect to, ask the CLI's
// connector for a client on it, then tell the reducer how that went. The app keeps the
// client (and the host the header names) this hook hands back.
import {useEffect, useState, type Dispatch} from 'react';
import type {KnownStatus, TableFlowClient} from '../../domain/run.js';
import type {Action} from '../../explorer/actions.js';
import type {ProfilesState, State} from '../../explorer/state.js';

/** A connection to a profile, ready to use. */
export type ProfileConnection = {
  readonly client: TableFlowClient;
  readonly host: string;
  /** Where the explorer starts on it: the profile's filters and interval, or the flags'. */
  readonly status: KnownStatus | undefined;
  readonly flowId: string | undefined;
  readonly intervalMs: number;
  readonly limit: number;
};

/** The config's profiles as the picker lists them, and how to connect to one (or why not). */
export type ProfileSwitcher = Pick<ProfilesState, 'entries' | 'current' | 'none'> & {
  readonly connect: (name: string) => Promise<ProfileConnection | {readonly message: string}>;
};

/** The client and host in use: the app's own until another profile is connected. */
export function useProfileSwitch(
  state: State,
  dispatch: Dispatch<Action>,
  clock: () => number,
  first: {readonly client: TableFlowClient; readonly host: string},
  switcher: ProfileSwitcher | undefined,
): {readonly client: TableFlowClient; readonly host: string} {
  const [session, setSession] = useState(first);
  const connecting = state.profiles.picker?.connecting ?? null;
  useEffect(() => {
    if (connecting === null || switcher === undefined) return;
    let cancelled = false;
    const failed = (message: string): void =>
      dispatch({type: 'profile-failed', name: connecting, message});
    switcher.connect(connecting).then(
      (result) => {
        if (cancelled) return;
        if ('message' in result) return failed(result.message);
        const {client, host, ...start} = result;
        // The client first, so the feeds the reducer restarts ask the new one.
        setSession({client, host});
        dispatch({type: 'profile-connected', name: connecting, ...start, now: clock()});
      },
      (error: unknown) => {
        if (!cancelled) failed(error instanceof Error ? error.message : String(error));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [connecting, switcher, dispatch, clock]);
  return session;
}
