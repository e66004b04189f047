// Which profile applies: `--profile`, else TABLEFLOW_PROFILE, else the config's
// defaultProfile, else the one named `default` if there is one, else none. A name asked
// for that does not exist is an error listing the names that do.

import {shown} from './values.js';
import type {Config, Profile} from './schema.js';

/** The profile in effect (empty when there is none), or why the one asked for is unusable. */
export type ProfileChoice =
  | {readonly ok: true; readonly name: string | undefined; readonly profile: Profile}
  | {readonly ok: false; readonly message: string};

/** Picks the profile from the flag, the environment and the config at `path`. */
export function selectProfile(
  config: Config | null,
  path: string,
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): ProfileChoice {
  const fromEnv = env.TABLEFLOW_PROFILE === '' ? undefined : env.TABLEFLOW_PROFILE;
  const asked = flag ?? fromEnv;
  const source = flag !== undefined ? '--profile' : 'TABLEFLOW_PROFILE';
  const profiles = config?.profiles ?? {};
  const names = Object.keys(profiles);
  if (asked !== undefined) {
    const profile = profiles[asked];
    if (profile !== undefined && Object.hasOwn(profiles, asked))
      return {ok: true, name: asked, profile};
    return {
      ok: false,
      message: `${source}: no profile '${shown(asked)}' in ${path}; ${known(names)}`,
    };
  }
  const fallback = config?.defaultProfile;
  if (fallback !== undefined) {
    const profile = profiles[fallback];
    if (profile !== undefined && Object.hasOwn(profiles, fallback))
      return {ok: true, name: fallback, profile};
    return {
      ok: false,
      message: `${path}: defaultProfile '${fallback}' is not defined; ${known(names)}`,
    };
  }
  const standard = Object.hasOwn(profiles, 'default') ? profiles.default : undefined;
  return standard === undefined
    ? {ok: true, name: undefined, profile: {}}
    : {ok: true, name: 'default', profile: standard};
}

function known(names: readonly string[]): string {
  return names.length === 0 ? 'it defines none' : `known profiles: ${names.join(', ')}`;
}
