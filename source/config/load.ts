// Reading the config file and key files: the only I/O of the config module. Both are
// refused, whatever they hold, when another user could have written them, or when they
// are not regular files (see trusted-file.ts); a file that holds a key must also not be
// readable by others. Each refusal names the file and the fix.

import type {Config} from './schema.js';
import {locateJsonError} from './json-error.js';
import {checksOwnership, readTrustedFile} from './trusted-file.js';

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

// Generous for a file of a few profiles; a larger one is not a config file.
const MAX_CONFIG_BYTES = 1024 * 1024;
const MAX_KEY_FILE_BYTES = 64 * 1024;

/** `path is not valid JSON: line 3, column 14: expected ',' or '}'`: never the file's text. */
export function jsonMessage(path: string, text: string): string {
  const error = locateJsonError(text);
  if (error === null) return `${path} is not valid JSON`;
  return `${path} is not valid JSON: line ${error.line}, column ${error.column}: ${error.reason}`;
}

/**
 * Reads and validates the config at `path`; a missing file is no config, not an error.
 * The validator (zod) loads only when there is a file: most runs of a status line have none.
 */
export async function loadConfig(path: string, home: string): Promise<LoadResult> {
  const read = readTrustedFile(path, MAX_CONFIG_BYTES);
  if (!read.ok) {
    if (read.missing) return {ok: true, path, config: null, warnings: []};
    return {ok: false, message: read.message};
  }
  // Editors on Windows save a byte-order mark, which JSON.parse refuses.
  const text = read.text.replace(/^\uFEFF/, '');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {ok: false, message: jsonMessage(path, text)};
  }
  const {parseConfig} = await import('./schema.js');
  const parsed = parseConfig(raw, path, home);
  if (!parsed.ok) return parsed;
  // Any profile's key counts, a broken profile's too: the file holds it all the same.
  if (checksOwnership && parsed.holdsKey && isExposed(read.mode))
    return {ok: false, message: exposedMessage(path, read.mode)};
  return {ok: true, path, config: parsed.config, warnings: parsed.warnings};
}

/** The key in `path` (surrounding whitespace trimmed), or why it cannot be used. */
export function readKeyFile(path: string): {readonly key: string} | {readonly message: string} {
  const read = readTrustedFile(path, MAX_KEY_FILE_BYTES);
  if (!read.ok) {
    return {message: read.message.replace(/^cannot read /, 'cannot read the key file ')};
  }
  if (checksOwnership && isExposed(read.mode)) return {message: exposedMessage(path, read.mode)};
  const key = read.text.trim();
  if (key === '') return {message: `the key file ${path} is empty`};
  if (!/^[\x21-\x7e]+$/.test(key)) {
    return {message: `the key file ${path} holds spaces or characters an API key cannot have`};
  }
  return {key};
}
