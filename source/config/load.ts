// Reading the config file and key files: the only I/O of the config module. A file that
// holds a key must not be readable by other users; such a file is refused with the fix.

import {readFileSync, statSync} from 'node:fs';
import type {Config} from './schema.js';

/** The config as read from disk: `config` is null when there is no file. */
export type LoadedConfig = {
  readonly path: string;
  readonly config: Config | null;
  readonly warnings: readonly string[];
};

/** A loaded config, or the one-line reason it cannot be used (exit 2). */
export type LoadResult =
  ({readonly ok: true} & LoadedConfig) | {readonly ok: false; readonly message: string};

/** True when `mode` lets the group or others read, write or run the file. */
export function isExposed(mode: number): boolean {
  return (mode & 0o077) !== 0;
}

/** The refusal for a key-holding file that others can read. */
export function exposedMessage(path: string, mode: number): string {
  const octal = (mode & 0o777).toString(8).padStart(3, '0');
  return `${path} holds an API key and other users can read it (mode ${octal}); run: chmod 600 ${path}`;
}

// Windows has no POSIX modes: stat reports 0o666 for every file, which would refuse all.
const checksModes = process.platform !== 'win32';

function reason(error: unknown): string {
  const code = (error as {code?: unknown} | null)?.code;
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
}

/**
 * Reads and validates the config at `path`; a missing file is no config, not an error.
 * The validator (zod) loads only when there is a file: most runs of a status line have none.
 */
export async function loadConfig(path: string, home: string): Promise<LoadResult> {
  let text: string;
  let mode: number;
  try {
    mode = statSync(path).mode;
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as {code?: unknown}).code === 'ENOENT')
      return {ok: true, path, config: null, warnings: []};
    return {ok: false, message: `cannot read ${path}: ${reason(error)}`};
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return {ok: false, message: `${path} is not valid JSON: ${reason(error)}`};
  }
  const {parseConfig} = await import('./schema.js');
  const parsed = parseConfig(raw, path, home);
  if (!parsed.ok) return parsed;
  const holdsKey = Object.values(parsed.config.profiles).some(
    (profile) => profile.apiKey !== undefined,
  );
  if (checksModes && holdsKey && isExposed(mode))
    return {ok: false, message: exposedMessage(path, mode)};
  return {ok: true, path, config: parsed.config, warnings: parsed.warnings};
}

/** The key in `path` (surrounding whitespace trimmed), or why it cannot be used. */
export function readKeyFile(path: string): {readonly key: string} | {readonly message: string} {
  let text: string;
  try {
    const {mode} = statSync(path);
    if (checksModes && isExposed(mode)) return {message: exposedMessage(path, mode)};
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return {message: `cannot read the key file ${path}: ${reason(error)}`};
  }
  const key = text.trim();
  if (key === '') return {message: `the key file ${path} is empty`};
  if (!/^[\x21-\x7e]+$/.test(key)) {
    return {message: `the key file ${path} holds spaces or characters an API key cannot have`};
  }
  return {key};
}
