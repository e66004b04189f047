// Where API requests go, decided from --demo, --base-url, the environment and the
// profile, in that order. The key is never read from argv (visible to every user of a
// shared host): TABLEFLOW_API_KEY first, then the profile's apiKey or apiKeyFile.

import {plainHttpMessage, sendsKeyInClear} from '../api/plain-http.js';
import type {Profile} from '../config/schema.js';
import * as value from '../config/values.js';

/** Default API origin; the client adds `/v2/...`. */
export const DEFAULT_BASE_URL = 'https://api.tableflow.com';

/** `insecureHttp`: `--insecure-http` was given, so plain http to another host is allowed. */
type Insecure = {readonly insecureHttp?: true};

/** Where API requests go: the embedded simulator (`--demo`) or a real TableFlow API. */
export type Connection =
  | {readonly kind: 'demo'}
  | ({readonly kind: 'api'; readonly baseUrl: string; readonly apiKey: string} & Insecure);

/**
 * A connection whose key may still be in a file: parsing stays pure, and the file is read
 * (and its permissions checked) only once the command is known to need it.
 */
export type PlannedConnection =
  | Connection
  | ({readonly kind: 'key-file'; readonly baseUrl: string; readonly apiKeyFile: string} & Insecure);

/**
 * A warning when TABLEFLOW_API_KEY overrides the key of a profile that sets its own and
 * also its own base URL: the environment's key (likely another workspace's) then goes to
 * the profile's host. The documented precedence stands; the person is told.
 */
export function shadowedKeyWarning(
  env: Readonly<Record<string, string | undefined>>,
  baseUrlFlag: string | undefined,
  profile: Profile,
  profileName: string | undefined,
): string | undefined {
  const envKey = env.TABLEFLOW_API_KEY?.trim() ?? '';
  const envUrl = env.TABLEFLOW_BASE_URL?.trim() ?? '';
  const ownKey = profile.apiKey !== undefined || profile.apiKeyFile !== undefined;
  if (envKey === '' || !ownKey || profile.baseUrl === undefined) return undefined;
  if (baseUrlFlag !== undefined || envUrl !== '') return undefined;
  return `warning: TABLEFLOW_API_KEY overrides the key of profile '${profileName ?? ''}' and is sent to ${profile.baseUrl}; unset it to use the profile's key`;
}

/**
 * The connection asked for, or why it cannot be made (a one-line usage message). Plain
 * http to a host that is not this machine is refused unless `insecureHttp`: checked here,
 * before any lookup or connection, whichever source the URL came from.
 */
export function connectionFrom(
  demo: boolean,
  baseUrlFlag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
  profile: Profile = {},
  profileName?: string,
  insecureHttp = false,
): PlannedConnection | {readonly message: string} {
  if (demo) {
    if (baseUrlFlag !== undefined)
      return {message: '--demo runs its own simulator; drop --base-url'};
    return {kind: 'demo'};
  }
  const fromEnv = env.TABLEFLOW_BASE_URL?.trim() ? env.TABLEFLOW_BASE_URL : undefined;
  const [raw, source] =
    baseUrlFlag !== undefined
      ? [baseUrlFlag, '--base-url']
      : fromEnv !== undefined
        ? [fromEnv, 'TABLEFLOW_BASE_URL']
        : [profile.baseUrl ?? DEFAULT_BASE_URL, `profile ${profileName ?? ''} baseUrl`];
  const url = value.baseUrl(raw, source);
  if (!url.ok) return {message: url.message};
  if (!insecureHttp && sendsKeyInClear(url.value))
    return {message: plainHttpMessage(url.value, source)};
  const insecure: Insecure = insecureHttp ? {insecureHttp: true} : {};
  // Shell captures like $(cat key-file) keep a trailing newline; that is not part of the key.
  const fromEnvKey = env.TABLEFLOW_API_KEY?.trim() ?? '';
  if (fromEnvKey === '' && profile.apiKeyFile !== undefined) {
    return {kind: 'key-file', baseUrl: url.value, apiKeyFile: profile.apiKeyFile, ...insecure};
  }
  const apiKey = fromEnvKey === '' ? (profile.apiKey?.trim() ?? '') : fromEnvKey;
  if (apiKey === '') {
    return {
      message:
        'no API key: set TABLEFLOW_API_KEY or a profile in the config file, or try --demo to explore a local simulator',
    };
  }
  if (!value.isUsableKey(apiKey)) {
    return {
      message:
        'TABLEFLOW_API_KEY contains spaces or characters an API key cannot have; check how it was set',
    };
  }
  return {kind: 'api', baseUrl: url.value, apiKey, ...insecure};
}
