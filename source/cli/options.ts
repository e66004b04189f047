// Turns argv, the environment and the config file's contents into one command to run.
// Pure: no I/O, no exit, so every rule (defaults, precedence, which flag belongs to which
// mode, why keys never come from argv) is unit-tested. Usage errors carry a single line;
// the caller prints it and exits 2. Precedence everywhere: flags > env > profile > defaults.

import type {FaultMode} from '../simulator/faults/fault-modes.js';
import {parseArgs} from 'node:util';
import type {KnownStatus} from '../domain/run.js';
import type {BellMode} from '../explorer/alerts.js';
import type {Config} from '../config/schema.js';
import {selectProfile} from '../config/profile.js';
import {connectionFrom, shadowedKeyWarning, type PlannedConnection} from './connection.js';
import type {ColumnName} from '../commands/list/fields.js';
import * as build from './args.js';
import * as value from './option-values.js';
import {wantsAscii} from './terminal-env.js';

export {DEFAULT_BASE_URL, type Connection, type PlannedConnection} from './connection.js';

/** Filters shared by the TUI, `list` and `watch`. */
type RunFilters = {readonly status: KnownStatus | undefined; readonly flowId: string | undefined};
/** What every command that talks to TableFlow carries. */
type Connected = {
  readonly connection: PlannedConnection;
  readonly ascii: boolean;
  /** A line for stderr about the connection (present only when there is one). */
  readonly warning?: string;
  /** `--debug FILE`: where to log each request (key redacted, mode 0600). */
  readonly debugFile?: string;
};

/** The interactive UI. */
export type TuiCommand = RunFilters &
  Connected & {
    readonly mode: 'tui';
    readonly limit: number;
    readonly intervalMs: number;
    /** `--bell[=review]` or the profile's `bell: true` (failures). */
    readonly bell: BellMode;
    /** `--notify`: OSC 9 desktop notifications too. */
    readonly notify: boolean;
    /** `--stuck-after`: processing longer than this is flagged. */
    readonly stuckAfterMs: number;
    /** `--utc`: absolute times in UTC. */
    readonly utc: boolean;
    /** False with `--no-links` (the terminal may still rule them out). */
    readonly links: boolean;
  };

/** `list` output formats. */
export const OUTPUTS = ['table', 'json', 'ndjson', 'csv'] as const;
/** A `list` output format. */
export type Output = (typeof OUTPUTS)[number];

/** Runs printed as a table, JSON, NDJSON or CSV: one page, or every page with `all`. */
export type ListCommand = RunFilters &
  Connected & {
    readonly mode: 'list';
    readonly limit: number;
    readonly offset: number;
    readonly output: Output;
    /** Null: the default columns. */
    readonly columns: readonly ColumnName[] | null;
    readonly all: boolean;
    /** With `all`: stop after this many runs. */
    readonly max: number;
  };

/** One run's detail and timeline, or its JSON. */
export type ShowCommand = Connected & {
  readonly mode: 'show';
  readonly runId: string;
  readonly json: boolean;
};

/** Status transitions as lines: of the newest runs, or of one run until it settles. */
export type WatchCommand = RunFilters &
  Connected & {
    readonly mode: 'watch';
    readonly runId: string | undefined;
    readonly limit: number;
    readonly intervalMs: number;
    readonly json: boolean;
  };

/** One short line of counts for a status bar. */
export type StatusLineCommand = Connected & {
  readonly mode: 'status-line';
  readonly flowId: string | undefined;
  /** Part of the cache key, shown by `{profile}`. */
  readonly profile: string | undefined;
  readonly format: string | undefined;
  readonly tmux: boolean;
  readonly maxAgeMs: number;
};

/** Run the local simulator until interrupted. */
export type SimulateCommand = {
  readonly mode: 'simulate';
  readonly port: number;
  readonly host: string;
  readonly seed: number | undefined;
  readonly key: string | undefined;
  /** `--fault MODE`: a fault active from the start, until cleared. */
  readonly fault: FaultMode | undefined;
  /** `--faults`: the chaos schedule's period in ms (`--fault-seconds`); undefined: off. */
  readonly chaosPeriodMs: number | undefined;
};

/** What `parseCli` decided; `usage-error` means print `message` and exit 2. */
export type CliResult =
  | TuiCommand
  | ListCommand
  | ShowCommand
  | WatchCommand
  | StatusLineCommand
  | SimulateCommand
  | {readonly mode: 'help'}
  | {readonly mode: 'version'}
  | {readonly mode: 'usage-error'; readonly message: string};

/** The config file's path and contents (null: no file). */
export type ConfigInput = {readonly path: string; readonly config: Config | null};

export {
  DEFAULT_ALL_LIMIT,
  DEFAULT_INTERVAL_SECONDS,
  DEFAULT_LIST_LIMIT,
  DEFAULT_MAX_AGE_SECONDS,
  DEFAULT_MAX_RUNS,
  DEFAULT_SIMULATOR_HOST,
  DEFAULT_TUI_LIMIT,
} from './args.js';

const OPTIONS = {
  'base-url': {type: 'string'},
  profile: {type: 'string'},
  status: {type: 'string'},
  flow: {type: 'string'},
  limit: {type: 'string'},
  offset: {type: 'string'},
  interval: {type: 'string'},
  json: {type: 'boolean'},
  output: {type: 'string', short: 'o'},
  columns: {type: 'string'},
  all: {type: 'boolean'},
  max: {type: 'string'},
  format: {type: 'string'},
  tmux: {type: 'boolean'},
  'max-age': {type: 'string'},
  ascii: {type: 'boolean'},
  bell: {type: 'string'},
  notify: {type: 'boolean'},
  'stuck-after': {type: 'string'},
  utc: {type: 'boolean'},
  'no-links': {type: 'boolean'},
  demo: {type: 'boolean'},
  port: {type: 'string'},
  seed: {type: 'string'},
  key: {type: 'string'},
  host: {type: 'string'},
  fault: {type: 'string'},
  faults: {type: 'boolean'},
  'fault-seconds': {type: 'string'},
  debug: {type: 'string'},
  'insecure-http': {type: 'boolean'},
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean', short: 'v'},
} as const;

/** Parsed flag values. */
export type Values = {
  readonly [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]['type'] extends 'boolean'
    ? boolean
    : string;
};
type Flag = keyof typeof OPTIONS;
const MODES = ['tui', 'list', 'show', 'watch', 'status-line', 'simulate'] as const;
type Mode = (typeof MODES)[number];

const CONNECT: readonly Flag[] = ['base-url', 'demo', 'profile', 'ascii', 'debug', 'insecure-http'];
// Which flags each mode takes; anything else is refused rather than silently ignored.
const ALLOWED: Readonly<Record<Mode, readonly Flag[]>> = {
  tui: [
    ...CONNECT,
    'status',
    'flow',
    'limit',
    'interval',
    'bell',
    'notify',
    'stuck-after',
    'utc',
    'no-links',
  ],
  list: [
    ...CONNECT,
    'status',
    'flow',
    'limit',
    'offset',
    'json',
    'output',
    'columns',
    'all',
    'max',
  ],
  show: [...CONNECT, 'json'],
  watch: [...CONNECT, 'status', 'flow', 'limit', 'interval', 'json'],
  'status-line': [...CONNECT, 'flow', 'format', 'tmux', 'max-age'],
  simulate: ['port', 'seed', 'key', 'host', 'fault', 'faults', 'fault-seconds'],
};

const SECRET_FLAG = /^--(api-?key|api_key|token|secret|password)(=|$)/i;

const usage = (message: string): CliResult => ({mode: 'usage-error', message});

const refuseSecret = (flag: string): string =>
  `${flag}: keys on the command line are visible to other users (ps); set TABLEFLOW_API_KEY instead`;

const NO_CONFIG: ConfigInput = {path: 'the config file', config: null};

/**
 * Decides what to run from argv (without node and script), the environment, whether stdout
 * is a terminal and the config file's contents (read by the caller).
 */
export function parseCli(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  stdoutIsTTY: boolean,
  config: ConfigInput = NO_CONFIG,
): CliResult {
  const end = argv.indexOf('--');
  const secret = (end === -1 ? argv : argv.slice(0, end)).find((arg) => SECRET_FLAG.test(arg));
  // Checked before parsing so the refusal never depends on (or echoes) the value.
  if (secret !== undefined) return usage(refuseSecret(secret.split('=')[0] ?? secret));

  let values: Values;
  let positionals: string[];
  try {
    ({values, positionals} = parseArgs({
      // A bare `--bell` means failures; parseArgs wants every string flag to have a value.
      args: argv.map((arg, index) =>
        arg === '--bell' && (end === -1 || index < end) ? '--bell=failed' : arg,
      ),
      options: OPTIONS,
      strict: true,
      allowPositionals: true,
    }));
  } catch (error) {
    return usage(value.describeParseError(error));
  }
  if (values.help === true || positionals[0] === 'help') return {mode: 'help'};
  if (values.version === true) return {mode: 'version'};

  const [first, ...rest] = positionals;
  let mode: Mode;
  if (first === undefined) {
    mode = stdoutIsTTY && env.TERM !== 'dumb' ? 'tui' : 'list';
  } else if ((MODES as readonly string[]).includes(first)) {
    mode = first as Mode;
  } else {
    return usage(
      `unknown command '${value.shown(first)}'; commands are ${MODES.join(', ')} and help`,
    );
  }
  const takes = mode === 'show' || mode === 'watch' ? 1 : 0;
  if (rest.length > takes)
    return usage(`unexpected argument '${value.shown(rest[takes] ?? '')}' (see --help)`);
  if (mode === 'show' && rest.length === 0) return usage('show needs a RUN_ID (see --help)');
  if (mode === 'tui' && !stdoutIsTTY)
    return usage('tui needs a terminal on stdout; use `list` in scripts');

  const stray = (Object.keys(values) as Flag[]).find(
    (flag) => values[flag] !== undefined && !ALLOWED[mode].includes(flag),
  );
  if (stray === 'key') return usage(refuseSecret('--key'));
  if (stray !== undefined) return usage(`--${stray} does not apply to ${mode} (see --help)`);
  if (mode === 'simulate') return build.simulateCommand(values);

  const chosen = selectProfile(config.config, config.path, values.profile, env);
  if (!chosen.ok) return usage(chosen.message);
  const {profile, name} = chosen;
  const connection = connectionFrom(
    values.demo === true,
    values['base-url'],
    env,
    profile,
    name,
    values['insecure-http'] === true,
  );
  if ('message' in connection) return usage(connection.message);
  const warning =
    values.demo === true ? undefined : shadowedKeyWarning(env, values['base-url'], profile, name);
  const base = {
    connection,
    ascii: wantsAscii(values.ascii === true, env),
    ...(warning === undefined ? {} : {warning}),
    ...(values.debug === undefined ? {} : {debugFile: values.debug}),
  };
  const runId = rest[0];
  switch (mode) {
    case 'tui':
      return build.tuiCommand(values, profile, base);
    case 'list':
      return build.listCommand(values, profile, base);
    case 'show':
      return build.showCommand(values, runId ?? '', base);
    case 'watch':
      return build.watchCommand(values, runId, profile, base);
    case 'status-line':
      return build.statusLineCommand(values, profile, name, base);
  }
}
