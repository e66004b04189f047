// Where API requests go, decided from --demo, --base-url and the environment. The key is
// read from TABLEFLOW_API_KEY only: argv is visible to every user of a shared host.

import * as value from './option-values.js';

/** Default API origin; the client adds `/v2/...`. */
export const DEFAULT_BASE_URL = 'https://api.tableflow.com';

/** Where API requests go: the embedded simulator (`--demo`) or a real TableFlow API. */
export type Connection =
  | {readonly kind: 'demo'}
  | {readonly kind: 'api'; readonly baseUrl: string; readonly apiKey: string};

/** The connection asked for, or why it cannot be made (a one-line usage message). */
export function connectionFrom(
  demo: boolean,
  baseUrlFlag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Connection | {readonly message: string} {
  if (demo) {
    if (baseUrlFlag !== undefined)
      return {message: '--demo runs its own simulator; drop --base-url'};
    return {kind: 'demo'};
  }
  const fromFlag = baseUrlFlag;
  const fromEnv = env.TABLEFLOW_BASE_URL?.trim() ? env.TABLEFLOW_BASE_URL : undefined;
  const url = value.baseUrl(
    fromFlag ?? fromEnv ?? DEFAULT_BASE_URL,
    fromFlag === undefined ? 'TABLEFLOW_BASE_URL' : '--base-url',
  );
  if (!url.ok) return {message: url.message};
  // Shell captures like $(cat key-file) keep a trailing newline; that is not part of the key.
  const apiKey = env.TABLEFLOW_API_KEY?.trim() ?? '';
  if (apiKey === '') {
    return {
      message: 'no API key: set TABLEFLOW_API_KEY, or try --demo to explore a local simulator',
    };
  }
  if (!value.isUsableKey(apiKey)) {
    return {
      message:
        'TABLEFLOW_API_KEY contains spaces or characters an API key cannot have; check how it was set',
    };
  }
  return {kind: 'api', baseUrl: url.value, apiKey};
}
