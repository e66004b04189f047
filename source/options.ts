// Turns argv and the environment into one command to run. Pure: no I/O, no exit, so every
// rule (defaults, env, which flag belongs to which mode, why keys never come from argv)
// is unit-tested. Usage errors carry a single line; the caller prints it and exits 2.

import {parseArgs} from 'node:util';
import type {KnownStatus} from './domain.js';
import {connectionFrom, type Connection} from './commands/connection.js';
import * as value from './commands/option-values.js';

export {DEFAULT_BASE_URL, type Connection} from './commands/connection.js';

/** Filters shared by the TUI and `list`. */
type RunFilters = {readonly status: KnownStatus | undefined; readonly flowId: string | undefined};

/** The interactive UI. */
export type TuiCommand = RunFilters & {
  readonly mode: 'tui';
  readonly connection: Connection;
  readonly limit: number;
  readonly intervalMs: number;
};

/** One page of runs printed as a table or JSON. */
export type ListCommand = RunFilters & {
  readonly mode: 'list';
  readonly connection: Connection;
  readonly limit: number;
  readonly offset: number;
  readonly json: boolean;
};

/** Run the local simulator until interrupted. */
export type SimulateCommand = {
  readonly mode: 'simulate';
  readonly port: number;
  readonly host: string;
  readonly seed: number | undefined;
  readonly key: string | undefined;
};

/** What `parseCli` decided; `usage-error` means print `message` and exit 2. */
export type CliResult =
  | TuiCommand
  | ListCommand
  | SimulateCommand
  | {readonly mode: 'help'}
  | {readonly mode: 'version'}
  | {readonly mode: 'usage-error'; readonly message: string};

/** `list` asks for what the API itself defaults to. */
export const DEFAULT_LIST_LIMIT = 100;
// The TUI re-fetches its page on every refresh for as long as it stays open (days, over
// SSH): 50 runs more than fill a tall terminal while halving each poll's payload.
/** Page size of the TUI. */
export const DEFAULT_TUI_LIMIT = 50;
/** Seconds between TUI refreshes. */
export const DEFAULT_INTERVAL_SECONDS = 5;
/** Where `simulate` listens unless told otherwise: loopback only. */
export const DEFAULT_SIMULATOR_HOST = '127.0.0.1';

const OPTIONS = {
  'base-url': {type: 'string'},
  status: {type: 'string'},
  flow: {type: 'string'},
  limit: {type: 'string'},
  offset: {type: 'string'},
  interval: {type: 'string'},
  json: {type: 'boolean'},
  demo: {type: 'boolean'},
  port: {type: 'string'},
  seed: {type: 'string'},
  key: {type: 'string'},
  host: {type: 'string'},
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean', short: 'v'},
} as const;

type Values = {
  readonly [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]['type'] extends 'boolean'
    ? boolean
    : string;
};
type Mode = 'tui' | 'list' | 'simulate';

// Which flags each mode takes; anything else is refused rather than silently ignored.
const ALLOWED: Readonly<Record<Mode, readonly (keyof typeof OPTIONS)[]>> = {
  tui: ['base-url', 'status', 'flow', 'limit', 'interval', 'demo'],
  list: ['base-url', 'status', 'flow', 'limit', 'offset', 'json', 'demo'],
  simulate: ['port', 'seed', 'key', 'host'],
};

const SECRET_FLAG = /^--(api-?key|api_key|token|secret|password)(=|$)/i;

const usage = (message: string): CliResult => ({mode: 'usage-error', message});

const refuseSecret = (flag: string): string =>
  `${flag}: keys on the command line are visible to other users (ps); set TABLEFLOW_API_KEY instead`;

/** Decides what to run from argv (without node and script), the environment and whether stdout is a terminal. */
export function parseCli(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  stdoutIsTTY: boolean,
): CliResult {
  const end = argv.indexOf('--');
  const secret = (end === -1 ? argv : argv.slice(0, end)).find((arg) => SECRET_FLAG.test(arg));
  // Checked before parsing so the refusal never depends on (or echoes) the value.
  if (secret !== undefined) return usage(refuseSecret(secret.split('=')[0] ?? secret));

  let values: Values;
  let positionals: string[];
  try {
    ({values, positionals} = parseArgs({
      args: [...argv],
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
  if (rest.length > 0)
    return usage(`unexpected argument '${value.shown(rest[0] ?? '')}' (see --help)`);
  let mode: Mode;
  if (first === undefined) {
    mode = stdoutIsTTY && env.TERM !== 'dumb' ? 'tui' : 'list';
  } else if (first === 'list' || first === 'simulate' || first === 'tui') {
    mode = first;
  } else {
    return usage(
      `unknown command '${value.shown(first)}'; commands are tui, list, simulate and help`,
    );
  }
  if (mode === 'tui' && !stdoutIsTTY)
    return usage('tui needs a terminal on stdout; use `list` in scripts');

  const stray = (Object.keys(values) as (keyof typeof OPTIONS)[]).find(
    (flag) => values[flag] !== undefined && !ALLOWED[mode].includes(flag),
  );
  if (stray === 'key') return usage(refuseSecret('--key'));
  if (stray !== undefined) return usage(`--${stray} does not apply to ${mode} (see --help)`);

  return mode === 'simulate' ? simulateCommand(values) : runsCommand(mode, values, env);
}

function simulateCommand(values: Values): CliResult {
  const port = value.integerIn('port', values.port ?? '0', 0, 65_535);
  if (!port.ok) return usage(port.message);
  const seed =
    values.seed === undefined ? undefined : value.integerIn('seed', values.seed, 0, 4_294_967_295);
  if (seed !== undefined && !seed.ok) return usage(seed.message);
  const host = value.token('host', values.host ?? DEFAULT_SIMULATOR_HOST, 'a host name or address');
  if (!host.ok) return usage(host.message);
  const key =
    values.key === undefined ? undefined : value.token('key', values.key, 'a non-empty key');
  if (key !== undefined && !key.ok) return usage(key.message);
  return {mode: 'simulate', port: port.value, host: host.value, seed: seed?.value, key: key?.value};
}

function runsCommand(
  mode: 'tui' | 'list',
  values: Values,
  env: Readonly<Record<string, string | undefined>>,
): CliResult {
  const status = value.statusFilter(values.status ?? 'all');
  if (!status.ok) return usage(status.message);
  const flowId =
    values.flow === undefined ? undefined : value.token('flow', values.flow, 'a flow id');
  if (flowId !== undefined && !flowId.ok) return usage(flowId.message);
  const defaultLimit = mode === 'tui' ? DEFAULT_TUI_LIMIT : DEFAULT_LIST_LIMIT;
  const limit = value.integerIn('limit', values.limit ?? String(defaultLimit), 1, 1000);
  if (!limit.ok) return usage(limit.message);
  const connection = connectionFrom(values.demo === true, values['base-url'], env);
  if ('message' in connection) return usage(connection.message);
  const filters = {status: status.value, flowId: flowId?.value, limit: limit.value, connection};

  if (mode === 'list') {
    const offset = value.integerIn('offset', values.offset ?? '0', 0, Number.MAX_SAFE_INTEGER);
    if (!offset.ok) return usage(offset.message);
    return {mode, ...filters, offset: offset.value, json: values.json === true};
  }
  const interval = value.intervalMs(values.interval ?? String(DEFAULT_INTERVAL_SECONDS));
  if (!interval.ok) return usage(interval.message);
  return {mode, ...filters, intervalMs: interval.value};
}
