// Which profile applies: `--profile`, else TABLEFLOW_PROFILE, else the config's
// defaultProfile, else the one named `default` if there is one, else none. A name asked
// for that does not exist is an error listing the names that do; a profile with a bad
// value is an error only when it is the one chosen.

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
  const broken = config?.broken ?? {};
  const names = [...Object.keys(profiles), ...Object.keys(broken)];
  const pick = (name: string): ProfileChoice | null => {
    if (Object.hasOwn(broken, name)) return {ok: false, message: broken[name] ?? name};
    const profile = Object.hasOwn(profiles, name) ? profiles[name] : undefined;
    return profile === undefined ? null : {ok: true, name, profile};
  };
  if (asked !== undefined)
    return (
      pick(asked) ?? {
        ok: false,
        message: `${source}: no profile '${shown(asked)}' in ${path}; ${known(names)}`,
      }
    );
  const fallback = config?.defaultProfile;
  if (fallback !== undefined)
    return (
      pick(fallback) ?? {
        ok: false,
        message: `${path}: defaultProfile '${fallback}' is not defined; ${known(names)}`,
      }
    );
  return pick('default') ?? {ok: true, name: undefined, profile: {}};
}

/** Every profile name in the config, usable or not, sorted. */
export function profileNames(config: Config | null): readonly string[] {
  if (config === null) return [];
  return [...Object.keys(config.profiles), ...Object.keys(config.broken ?? {})].sort();
}

function known(names: readonly string[]): string {
  return names.length === 0 ? 'it defines none' : `known profiles: ${names.join(', ')}`;
}
