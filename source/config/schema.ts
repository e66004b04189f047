// The config file's shape, validated with zod. Unknown keys are reported, not fatal (a
// newer version's option should not break an older binary); a known key with a bad value
// is named by its path (`profiles.work.interval`), so the fix is obvious. A bad profile
// is fatal only when it is used: one typo in a profile for another workspace must not
// stop every command (a tmux status bar going blank) on the good one.

import {isAbsolute, dirname, resolve} from 'node:path';
import * as z from 'zod';
import {KNOWN_STATUSES, type KnownStatus} from '../domain/run.js';
import * as value from './values.js';

/** One profile: where to connect and how to start. Every field is optional. */
export type Profile = {
  readonly baseUrl?: string;
  readonly apiKey?: string;
  /** Absolute path (relative ones are resolved against the config file's directory). */
  readonly apiKeyFile?: string;
  /** `all` clears the filter, like `--status all`. */
  readonly status?: KnownStatus | 'all';
  readonly flow?: string;
  readonly intervalMs?: number;
  /** Carried to the TUI; ringing the bell is a separate feature. */
  readonly bell?: boolean;
  /** The UI's mouse; false is `--no-mouse`. */
  readonly mouse?: boolean;
};

/** The validated config file. */
export type Config = {
  readonly defaultProfile?: string;
  /** The valid profiles. */
  readonly profiles: Readonly<Record<string, Profile>>;
  /** Profiles with a bad value, by name: why each is unusable (absent when none is). */
  readonly broken?: Readonly<Record<string, string>>;
};

/** A validated config and its warnings, or the one-line reason it is unusable. */
export type ConfigResult =
  | {
      readonly ok: true;
      readonly config: Config;
      readonly warnings: readonly string[];
      /** Some profile, valid or not, holds an `apiKey`: the file must then be private. */
      readonly holdsKey: boolean;
    }
  | {readonly ok: false; readonly message: string};

const PROFILE_KEYS = [
  'baseUrl',
  'apiKey',
  'apiKeyFile',
  'status',
  'flow',
  'interval',
  'bell',
  'mouse',
];
const TOP_KEYS = ['defaultProfile', 'profiles'];
// Profile names end up in messages and in the status-line cache key: keep them tame.
const PROFILE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const NAME_RULE = 'letters, digits, ".", "_" or "-" (at most 64)';

const check = (ok: (raw: string) => boolean, message: string) =>
  z.string({error: message}).refine(ok, {message});

const profileSchema = z.object({
  baseUrl: check(
    (raw) => value.baseUrl(raw, '').ok,
    'must be an http(s) URL without credentials, query or fragment',
  ).optional(),
  apiKey: check(
    (raw) => value.isUsableKey(raw.trim()),
    'must be a key of printable characters without spaces',
  ).optional(),
  apiKeyFile: check((raw) => raw.trim() !== '', 'must be a file path').optional(),
  status: z
    .enum([...KNOWN_STATUSES, 'all'], {error: `must be one of ${KNOWN_STATUSES.join(', ')} or all`})
    .optional(),
  flow: check(
    (raw) => value.token('flow', raw, '').ok,
    'must be a flow id without spaces or control characters',
  ).optional(),
  interval: z
    .number({error: 'must be a number of seconds'})
    .refine((n) => value.intervalMs(String(n)).ok, {
      message: `must be 0 (off) or ${value.MIN_INTERVAL_SECONDS}..${value.MAX_INTERVAL_SECONDS} seconds`,
    })
    .optional(),
  bell: z.boolean({error: 'must be true or false'}).optional(),
  mouse: z.boolean({error: 'must be true or false'}).optional(),
});

const configSchema = z.object({
  defaultProfile: check(
    (raw) => PROFILE_NAME.test(raw),
    `must be a profile name: ${NAME_RULE}`,
  ).optional(),
  profiles: z.record(z.string(), z.unknown(), {error: 'must be an object of profiles'}).optional(),
});

const isObject = (raw: unknown): raw is Record<string, unknown> =>
  typeof raw === 'object' && raw !== null && !Array.isArray(raw);

function unknownKeys(raw: Record<string, unknown>): string[] {
  const found = Object.keys(raw).filter((key) => !TOP_KEYS.includes(key));
  const profiles = raw.profiles;
  if (isObject(profiles)) {
    for (const [name, profile] of Object.entries(profiles)) {
      if (!isObject(profile)) continue;
      for (const key of Object.keys(profile)) {
        if (!PROFILE_KEYS.includes(key)) found.push(`profiles.${name}.${key}`);
      }
    }
  }
  return found;
}

const issueText = (path: string, error: z.ZodError, prefix: string): string => {
  const issue = error.issues[0];
  const where = [prefix, ...(issue?.path.map(String) ?? [])].filter((part) => part !== '');
  return `${path}: ${where.join('.') || 'the file'} ${issue?.message ?? 'is invalid'}`;
};

/** One profile, validated: the profile, or why it cannot be used. */
function parseProfile(
  name: string,
  raw: unknown,
  path: string,
  home: string,
): Profile | {readonly broken: string} {
  if (!PROFILE_NAME.test(name))
    return {broken: `${path}: profile name '${value.shown(name)}' must be ${NAME_RULE}`};
  if (!isObject(raw)) return {broken: `${path}: profiles.${name} must be an object`};
  const parsed = profileSchema.safeParse(raw);
  if (!parsed.success) return {broken: issueText(path, parsed.error, `profiles.${name}`)};
  const profile = parsed.data;
  if (profile.apiKey !== undefined && profile.apiKeyFile !== undefined)
    return {broken: `${path}: profiles.${name} sets both apiKey and apiKeyFile; keep one`};
  const {interval, apiKeyFile, ...rest} = profile;
  return {
    ...rest,
    ...(interval === undefined ? {} : {intervalMs: Math.round(interval * 1000)}),
    ...(apiKeyFile === undefined ? {} : {apiKeyFile: resolveFrom(apiKeyFile.trim(), path, home)}),
  };
}

/** Validates parsed JSON from `path`; `home` expands `~/` in key file paths. */
export function parseConfig(raw: unknown, path: string, home: string): ConfigResult {
  if (!isObject(raw)) return {ok: false, message: `${path}: must hold a JSON object`};
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) return {ok: false, message: issueText(path, parsed.error, '')};
  const profiles: Record<string, Profile> = {};
  const broken: Record<string, string> = {};
  let holdsKey = false;
  for (const [name, entry] of Object.entries(parsed.data.profiles ?? {})) {
    if (isObject(entry) && entry.apiKey !== undefined) holdsKey = true;
    const profile = parseProfile(name, entry, path, home);
    if ('broken' in profile) broken[name] = profile.broken;
    else profiles[name] = profile;
  }
  const warnings = unknownKeys(raw).map(
    (key) => `${path}: unknown key '${value.shown(key)}' ignored`,
  );
  const defaultProfile = parsed.data.defaultProfile;
  return {
    ok: true,
    config: {
      ...(defaultProfile === undefined ? {} : {defaultProfile}),
      profiles,
      ...(Object.keys(broken).length === 0 ? {} : {broken}),
    },
    warnings,
    holdsKey,
  };
}

function resolveFrom(file: string, configPath: string, home: string): string {
  if (file === '~' || file.startsWith('~/')) return resolve(home, file.slice(2));
  return isAbsolute(file) ? file : resolve(dirname(configPath), file);
}
