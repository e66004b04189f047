// Validators for single values, shared by the command line's flags and the config file's
// fields. Each returns the parsed value or a one-line message that names the flag and what
// it accepts, so every usage error reads the same.

import {KNOWN_STATUSES, type KnownStatus} from '../domain/run.js';

/** A parsed value, or the reason it was refused. */
export type Parsed<T> =
  {readonly ok: true; readonly value: T} | {readonly ok: false; readonly message: string};

const ok = <T>(value: T): Parsed<T> => ({ok: true, value});
const fail = (message: string): Parsed<never> => ({ok: false, message});

// Control characters and whitespace never belong in ids, hosts or keys; letting them
// through would put them into URLs, headers or the terminal.
const UNPRINTABLE = /[\s\u0000-\u001f\u007f-\u009f]/;

/** Longest interval we accept: Node's timers overflow (and fire at once) past 2^31-1 ms. */
export const MAX_INTERVAL_SECONDS = 86_400;

/** Shortest non-zero interval: anything faster hammers the API and the terminal for nothing. */
export const MIN_INTERVAL_SECONDS = 0.05;

/** An integer within [min, max], written in plain decimal digits (no signs, exponents or hex). */
export function integerIn(flag: string, raw: string, min: number, max: number): Parsed<number> {
  const value = /^\d{1,10}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `>= ${min}` : `${min}..${max}`;
    return fail(`--${flag} must be an integer ${range}, got '${shown(raw)}'`);
  }
  return ok(value);
}

/** The refresh interval in milliseconds; 0 turns auto-refresh off. */
export function intervalMs(raw: string): Parsed<number> {
  const seconds = /^(\d+(\.\d*)?|\.\d+)$/.test(raw) ? Number(raw) : Number.NaN;
  const allowed = `0 (off) or ${MIN_INTERVAL_SECONDS}..${MAX_INTERVAL_SECONDS} seconds`;
  if (!Number.isFinite(seconds)) return fail(`--interval must be ${allowed}, got '${shown(raw)}'`);
  if (seconds !== 0 && (seconds < MIN_INTERVAL_SECONDS || seconds > MAX_INTERVAL_SECONDS)) {
    return fail(`--interval must be ${allowed}, got '${shown(raw)}'`);
  }
  return ok(Math.round(seconds * 1000));
}

/** A status filter; `all` (or any case of a known status) is accepted, `all` means none. */
export function statusFilter(raw: string): Parsed<KnownStatus | undefined> {
  const value = raw.trim().toLowerCase();
  if (value === 'all') return ok(undefined);
  const known = KNOWN_STATUSES.find((status) => status === value);
  if (known === undefined) {
    return fail(`--status must be one of ${KNOWN_STATUSES.join(', ')} or all, got '${shown(raw)}'`);
  }
  return ok(known);
}

/** An http(s) base URL without credentials, query or fragment, with no trailing slash. */
export function baseUrl(raw: string, source: string): Parsed<string> {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return fail(`${source} must be an http(s) URL, got '${shown(raw)}'`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return fail(`${source} must be an http(s) URL, got '${shown(raw)}'`);
  }
  if (url.username !== '' || url.password !== '') {
    // The URL is shown in the header and in errors; credentials in it would leak.
    return fail(`${source} must not contain credentials; put the API key in TABLEFLOW_API_KEY`);
  }
  if (url.search !== '' || url.hash !== '') {
    return fail(
      `${source} must not have a query or fragment, got '${shown(url.origin + url.pathname)}…'`,
    );
  }
  return ok(url.href.replace(/\/+$/, ''));
}

/** A non-empty token without whitespace or control characters (flow ids, hosts, keys). */
export function token(flag: string, raw: string, what: string): Parsed<string> {
  if (raw === '' || UNPRINTABLE.test(raw)) {
    return fail(`--${flag} must be ${what} without spaces or control characters`);
  }
  return ok(raw);
}

/** True when the value can be sent as a bearer token: printable ASCII, no spaces. */
export function isUsableKey(key: string): boolean {
  return /^[\x21-\x7e]+$/.test(key);
}

// Echoed values are cut short and stripped of control characters so a pasted
// blob cannot flood or corrupt the terminal.
/** `raw` made safe to echo in a one-line message. */
export function shown(raw: string): string {
  const clean = raw.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
  return clean.length > 40 ? `${clean.slice(0, 40)}…` : clean;
}

// parseArgs's own messages suggest '--' tricks and run over several lines; one short line is enough.
/** parseArgs's error as one short line naming the flag. */
export function describeParseError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const code = (error as {code?: unknown}).code;
  const flag = shown(/'(-{1,2}[^'\s=<]+)/.exec(text)?.[1] ?? 'an option');
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${flag} (see --help)`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (text.includes('does not take an argument')) return `${flag} does not take a value`;
    return `${flag} needs a value (use ${flag}=VALUE for values starting with '-')`;
  }
  return `${text.split('\n')[0] ?? text} (see --help)`;
}

/** A run id given as an argument: non-empty, no whitespace or control characters. */
export function runId(raw: string): Parsed<string> {
  if (raw === '' || UNPRINTABLE.test(raw) || raw.length > 200) {
    return fail(
      `RUN_ID must be a run id without spaces or control characters, got '${shown(raw)}'`,
    );
  }
  return ok(raw);
}

/** One of `choices`, named in the message when it is not. */
export function oneOf<T extends string>(
  flag: string,
  raw: string,
  choices: readonly T[],
): Parsed<T> {
  const found = choices.find((choice) => choice === raw.trim().toLowerCase());
  if (found === undefined) {
    return fail(`--${flag} must be one of ${choices.join(', ')}, got '${shown(raw)}'`);
  }
  return ok(found);
}

/** A comma-separated list, each item one of `choices`, without repeats. */
export function listOf<T extends string>(
  flag: string,
  raw: string,
  choices: readonly T[],
): Parsed<T[]> {
  const items = raw.split(',').map((item) => item.trim().toLowerCase());
  const unknown = items.find((item) => !(choices as readonly string[]).includes(item));
  if (unknown !== undefined) {
    const what = unknown === '' ? 'an empty name' : `'${shown(unknown)}'`;
    return fail(`--${flag}: ${what} is not one of ${choices.join(', ')}`);
  }
  const repeated = items.find((item, index) => items.indexOf(item) !== index);
  if (repeated !== undefined) return fail(`--${flag}: '${repeated}' is listed twice`);
  return ok(items as T[]);
}
