// Where the config file and the cache live, per the XDG base directory spec: the
// variable when it holds an absolute path (relative ones are invalid and ignored, as the
// spec says), otherwise the usual directory under the home directory.

import {isAbsolute, join} from 'node:path';

type Env = Readonly<Record<string, string | undefined>>;

/** The program's directory name under the XDG roots. */
export const APP_DIR = 'tableflow-runs';

function xdg(env: Env, variable: string, home: string, fallback: string): string {
  const root = env[variable];
  return root !== undefined && isAbsolute(root) ? root : join(home, fallback);
}

/** `$XDG_CONFIG_HOME/tableflow-runs/config.json` (default `~/.config/...`). */
export function configFile(env: Env, home: string): string {
  return join(xdg(env, 'XDG_CONFIG_HOME', home, '.config'), APP_DIR, 'config.json');
}

/** `$XDG_CACHE_HOME/tableflow-runs` (default `~/.cache/...`). */
export function cacheDir(env: Env, home: string): string {
  return join(xdg(env, 'XDG_CACHE_HOME', home, '.cache'), APP_DIR);
}
