// Builds each command from its parsed flags and the chosen profile, once options.ts has
// settled the mode, the connection and the symbol set. Flags win over the profile, the
// profile over the defaults; every refusal is one line naming the flag.

import type {Profile} from '../config/schema.js';
import type {KnownStatus} from '../domain/run.js';
import type {
  CliResult,
  ListCommand,
  Output,
  PlannedConnection,
  StatusLineCommand,
  Values,
} from './options.js';
import {COLUMN_NAMES} from '../commands/list/fields.js';
import * as value from './option-values.js';
import {FAULT_MODES} from '../simulator/faults/fault-modes.js';
import {checkFormat} from '../commands/status-line/format.js';
import {BELL_MODES} from '../explorer/alerts.js';
import {DEFAULT_STUCK_AFTER_MS, parseSpan} from '../domain/stuck.js';

/** `list` asks for what the API itself defaults to. */
export const DEFAULT_LIST_LIMIT = 100;
// The TUI re-fetches its page on every refresh for as long as it stays open (days, over
// SSH): 50 runs more than fill a tall terminal while halving each poll's payload.
/** Page size of the TUI. */
export const DEFAULT_TUI_LIMIT = 50;
/** Page size of `list --all`: the API's maximum, so the fewest requests. */
export const DEFAULT_ALL_LIMIT = 1000;
/** Most runs `list --all` fetches unless `--max` says otherwise. */
export const DEFAULT_MAX_RUNS = 10_000;
/** Seconds between TUI refreshes and `watch` polls. */
export const DEFAULT_INTERVAL_SECONDS = 5;
/** Seconds a status-line answer is reused by every pane and client. */
export const DEFAULT_MAX_AGE_SECONDS = 10;
/** Where `simulate` listens unless told otherwise: loopback only. */
export const DEFAULT_SIMULATOR_HOST = '127.0.0.1';

type Base = {
  readonly connection: PlannedConnection;
  readonly ascii: boolean;
  readonly warning?: string;
  readonly debugFile?: string;
};
type Filters = {readonly status: KnownStatus | undefined; readonly flowId: string | undefined};

const usage = (message: string): CliResult => ({mode: 'usage-error', message});

// `--flow all`, like `--status all`, clears a filter the profile set.
function filters(values: Values, profile: Profile): Filters | {readonly message: string} {
  const status = value.statusFilter(values.status ?? profile.status ?? 'all');
  if (!status.ok) return status;
  const rawFlow = values.flow ?? profile.flow;
  if (rawFlow === undefined || rawFlow === 'all') return {status: status.value, flowId: undefined};
  const flowId = value.token('flow', rawFlow, 'a flow id');
  if (!flowId.ok) return flowId;
  return {status: status.value, flowId: flowId.value};
}

function interval(values: Values, profile: Profile): value.Parsed<number> {
  if (values.interval !== undefined) return value.intervalMs(values.interval);
  return {ok: true, value: profile.intervalMs ?? DEFAULT_INTERVAL_SECONDS * 1000};
}

/** The interactive UI. */
export function tuiCommand(values: Values, profile: Profile, base: Base): CliResult {
  const chosen = filters(values, profile);
  if ('message' in chosen) return usage(chosen.message);
  const limit = value.integerIn('limit', values.limit ?? String(DEFAULT_TUI_LIMIT), 1, 1000);
  if (!limit.ok) return usage(limit.message);
  const every = interval(values, profile);
  if (!every.ok) return usage(every.message);
  const bell =
    values.bell === undefined
      ? {ok: true as const, value: profile.bell === true ? ('failed' as const) : ('off' as const)}
      : value.oneOf('bell', values.bell, BELL_MODES);
  if (!bell.ok) return usage(bell.message);
  const stuckAfterMs =
    values['stuck-after'] === undefined ? DEFAULT_STUCK_AFTER_MS : parseSpan(values['stuck-after']);
  if (stuckAfterMs === null)
    return usage(
      `--stuck-after must be a duration such as 90s, 15m or 2h, not '${value.shown(values['stuck-after'] ?? '')}'`,
    );
  return {
    mode: 'tui',
    ...base,
    ...chosen,
    limit: limit.value,
    intervalMs: every.value,
    bell: bell.value,
    notify: values.notify === true,
    stuckAfterMs,
    utc: values.utc === true,
    links: values['no-links'] !== true,
  };
}

function output(values: Values): value.Parsed<Output> {
  const asked =
    values.output === undefined
      ? undefined
      : value.oneOf('output', values.output, ['table', 'json', 'ndjson', 'csv'] as const);
  if (asked !== undefined && !asked.ok) return asked;
  if (values.json === true && asked !== undefined && asked.value !== 'json') {
    return {
      ok: false,
      message: `--json is --output json; it conflicts with --output ${asked.value}`,
    };
  }
  return {ok: true, value: asked?.value ?? (values.json === true ? 'json' : 'table')};
}

/** `list`: one page, or every page with `--all`. */
export function listCommand(values: Values, profile: Profile, base: Base): CliResult {
  const chosen = filters(values, profile);
  if ('message' in chosen) return usage(chosen.message);
  const all = values.all === true;
  const limit = value.integerIn(
    'limit',
    values.limit ?? String(all ? DEFAULT_ALL_LIMIT : DEFAULT_LIST_LIMIT),
    1,
    1000,
  );
  if (!limit.ok) return usage(limit.message);
  if (all && values.offset !== undefined)
    return usage('--offset does not apply with --all, which starts at the first run');
  if (!all && values.max !== undefined) return usage('--max applies only with --all');
  const offset = value.integerIn('offset', values.offset ?? '0', 0, Number.MAX_SAFE_INTEGER);
  if (!offset.ok) return usage(offset.message);
  const max = value.integerIn('max', values.max ?? String(DEFAULT_MAX_RUNS), 1, 1_000_000);
  if (!max.ok) return usage(max.message);
  const format = output(values);
  if (!format.ok) return usage(format.message);
  let columns: ListCommand['columns'] = null;
  if (values.columns !== undefined) {
    if (format.value === 'json' || format.value === 'ndjson') {
      return usage(`--columns applies to table and csv output, not ${format.value}`);
    }
    const parsed = value.listOf('columns', values.columns, COLUMN_NAMES);
    if (!parsed.ok) return usage(parsed.message);
    columns = parsed.value;
  }
  return {
    mode: 'list',
    ...base,
    ...chosen,
    limit: limit.value,
    offset: offset.value,
    output: format.value,
    columns,
    all,
    max: max.value,
  };
}

/** `show RUN_ID`. */
export function showCommand(values: Values, rawId: string, base: Base): CliResult {
  const runId = value.runId(rawId);
  if (!runId.ok) return usage(runId.message);
  return {mode: 'show', ...base, runId: runId.value, json: values.json === true};
}

/** `watch` (the newest runs) or `watch RUN_ID` (one run until it settles). */
export function watchCommand(
  values: Values,
  rawId: string | undefined,
  profile: Profile,
  base: Base,
): CliResult {
  let runId: string | undefined;
  if (rawId !== undefined) {
    const parsed = value.runId(rawId);
    if (!parsed.ok) return usage(parsed.message);
    runId = parsed.value;
    const stray = (['status', 'flow', 'limit'] as const).find((flag) => values[flag] !== undefined);
    if (stray !== undefined) return usage(`--${stray} does not apply to watch RUN_ID`);
  }
  const chosen: Filters | {readonly message: string} =
    runId === undefined ? filters(values, profile) : {status: undefined, flowId: undefined};
  if ('message' in chosen) return usage(chosen.message);
  const limit = value.integerIn('limit', values.limit ?? String(DEFAULT_LIST_LIMIT), 1, 1000);
  if (!limit.ok) return usage(limit.message);
  const every = interval(values, profile);
  if (!every.ok) return usage(every.message);
  if (every.value === 0) return usage('--interval must be more than 0 for watch, which only polls');
  return {
    mode: 'watch',
    ...base,
    ...chosen,
    runId,
    limit: limit.value,
    intervalMs: every.value,
    json: values.json === true,
  };
}

/** `status-line`. */
export function statusLineCommand(
  values: Values,
  profile: Profile,
  name: string | undefined,
  base: Base,
): CliResult {
  const chosen = filters({flow: values.flow}, profile);
  if ('message' in chosen) return usage(chosen.message);
  let format: StatusLineCommand['format'];
  if (values.format !== undefined) {
    const checked = checkFormat(values.format);
    if (!checked.ok) return usage(checked.message);
    format = checked.value;
  }
  const maxAge = value.integerIn(
    'max-age',
    values['max-age'] ?? String(DEFAULT_MAX_AGE_SECONDS),
    0,
    86_400,
  );
  if (!maxAge.ok) return usage(maxAge.message);
  return {
    mode: 'status-line',
    ...base,
    flowId: chosen.flowId,
    profile: name,
    format,
    tmux: values.tmux === true,
    maxAgeMs: maxAge.value * 1000,
  };
}

/** `simulate`. */
export function simulateCommand(values: Values): CliResult {
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
  const fault =
    values.fault === undefined ? undefined : value.oneOf('fault', values.fault, FAULT_MODES);
  if (fault !== undefined && !fault.ok) return usage(fault.message);
  if (values['fault-seconds'] !== undefined && values.faults !== true)
    return usage('--fault-seconds sets the period of --faults; add --faults');
  const period = value.integerIn('fault-seconds', values['fault-seconds'] ?? '10', 1, 86_400);
  if (!period.ok) return usage(period.message);
  if (fault !== undefined && values.faults === true)
    return usage('--fault starts in one mode, --faults cycles through all; choose one');
  return {
    mode: 'simulate',
    port: port.value,
    host: host.value,
    seed: seed?.value,
    key: key?.value,
    fault: fault?.value,
    chaosPeriodMs: values.faults === true ? period.value * 1000 : undefined,
  };
}
