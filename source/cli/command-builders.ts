// Builds each command from its parsed flags and the chosen profile, once parse-cli.ts has
// settled the command, the connection and the symbol set. Flags win over the profile, the
// profile over the defaults; every refusal is one line naming the flag.
import {COLUMN_NAMES} from '../commands/list/fields.js';
import {checkFormat} from '../commands/status-line/format.js';
import type {Profile} from '../config/schema.js';
import * as value from '../config/values.js';
import type {KnownStatus} from '../domain/run.js';
import {DEFAULT_STUCK_AFTER_MS, parseSpan} from '../domain/stuck.js';
import {BELL_MODES} from '../explorer/alerts.js';
import {FAULT_MODES} from '../simulator/faults/fault-modes.js';
import {
  DEFAULT_ALL_LIMIT,
  DEFAULT_INTERVAL_SECONDS,
  DEFAULT_LIST_LIMIT,
  DEFAULT_MAX_AGE_SECONDS,
  DEFAULT_MAX_RUNS,
  DEFAULT_SIMULATOR_HOST,
  DEFAULT_TUI_LIMIT,
  OUTPUTS,
  TUI_VIEWS,
  type CliResult,
  type Connected,
  type ListCommand,
  type Output,
  type StatusLineCommand,
} from './commands.js';
import type {Values} from './flags.js';
import {building, need, refuse} from './refusal.js';

type Filters = {readonly status: KnownStatus | undefined; readonly flowId: string | undefined};

/** The status and flow filters; `--flow all`, like `--status all`, clears the profile's. */
export function filters(values: Pick<Values, 'status' | 'flow'>, profile: Profile): Filters {
  const status = need(value.statusFilter(values.status ?? profile.status ?? 'all'));
  const rawFlow = values.flow ?? profile.flow;
  if (rawFlow === undefined || rawFlow === 'all') return {status, flowId: undefined};
  return {status, flowId: need(value.token('flow', rawFlow, 'a flow id'))};
}

function interval(values: Values, profile: Profile): number {
  if (values.interval !== undefined) return need(value.intervalMs(values.interval));
  return profile.intervalMs ?? DEFAULT_INTERVAL_SECONDS * 1000;
}

const limit = (values: Values, fallback: number): number =>
  need(value.integerIn('limit', values.limit ?? String(fallback), 1, 1000));

/** The interactive UI. */
export const tuiCommand = (
  values: Values,
  profile: Profile,
  base: Connected,
  name?: string,
): CliResult =>
  building(() => {
    const chosen = filters(values, profile);
    const pageSize = limit(values, DEFAULT_TUI_LIMIT);
    const intervalMs = interval(values, profile);
    const bell =
      values.bell === undefined
        ? profile.bell === true
          ? ('failed' as const)
          : ('off' as const)
        : need(value.oneOf('bell', values.bell, BELL_MODES));
    const span = values['stuck-after'];
    const stuckAfterMs =
      (span === undefined ? DEFAULT_STUCK_AFTER_MS : parseSpan(span)) ??
      refuse(
        `--stuck-after must be a duration such as 90s, 15m or 2h, not '${value.shown(span ?? '')}'`,
      );
    const view = need(value.oneOf('view', values.view ?? 'list', TUI_VIEWS));
    return {
      mode: 'tui',
      view,
      ...base,
      ...chosen,
      limit: pageSize,
      intervalMs,
      bell,
      notify: values.notify === true,
      stuckAfterMs,
      utc: values.utc === true,
      links: values['no-links'] !== true,
      mouse: values['no-mouse'] !== true && profile.mouse !== false,
      ...(name === undefined ? {} : {profile: name}),
    };
  });

function output(values: Values): Output {
  const asked =
    values.output === undefined ? undefined : need(value.oneOf('output', values.output, OUTPUTS));
  if (values.json === true && asked !== undefined && asked !== 'json')
    refuse(`--json is --output json; it conflicts with --output ${asked}`);
  return asked ?? (values.json === true ? 'json' : 'table');
}

/** `list`: one page, or every page with `--all`. */
export const listCommand = (values: Values, profile: Profile, base: Connected): CliResult =>
  building(() => {
    const chosen = filters(values, profile);
    const all = values.all === true;
    const pageSize = limit(values, all ? DEFAULT_ALL_LIMIT : DEFAULT_LIST_LIMIT);
    if (all && values.offset !== undefined)
      refuse('--offset does not apply with --all, which starts at the first run');
    if (!all && values.max !== undefined) refuse('--max applies only with --all');
    const offset = need(
      value.integerIn('offset', values.offset ?? '0', 0, Number.MAX_SAFE_INTEGER),
    );
    const max = need(value.integerIn('max', values.max ?? String(DEFAULT_MAX_RUNS), 1, 1_000_000));
    const format = output(values);
    let columns: ListCommand['columns'] = null;
    if (values.columns !== undefined) {
      if (format === 'json' || format === 'ndjson')
        refuse(`--columns applies to table and csv output, not ${format}`);
      columns = need(value.listOf('columns', values.columns, COLUMN_NAMES));
    }
    return {
      mode: 'list',
      ...base,
      ...chosen,
      limit: pageSize,
      offset,
      output: format,
      columns,
      all,
      max,
    };
  });

/** `show RUN_ID`. */
export const showCommand = (values: Values, rawId: string, base: Connected): CliResult =>
  building(() => ({
    mode: 'show',
    ...base,
    runId: need(value.runId(rawId)),
    json: values.json === true,
  }));

/** `watch` (the newest runs) or `watch RUN_ID` (one run until it settles). */
export const watchCommand = (
  values: Values,
  rawId: string | undefined,
  profile: Profile,
  base: Connected,
): CliResult =>
  building(() => {
    const runId = rawId === undefined ? undefined : need(value.runId(rawId));
    if (runId !== undefined) {
      const stray = (['status', 'flow', 'limit'] as const).find(
        (flag) => values[flag] !== undefined,
      );
      if (stray !== undefined) refuse(`--${stray} does not apply to watch RUN_ID`);
    }
    const chosen =
      runId === undefined ? filters(values, profile) : {status: undefined, flowId: undefined};
    const pageSize = limit(values, DEFAULT_LIST_LIMIT);
    const intervalMs = interval(values, profile);
    if (intervalMs === 0) refuse('--interval must be more than 0 for watch, which only polls');
    return {
      mode: 'watch',
      ...base,
      ...chosen,
      runId,
      limit: pageSize,
      intervalMs,
      json: values.json === true,
    };
  });

/** `status-line`. */
export const statusLineCommand = (
  values: Values,
  profile: Profile,
  name: string | undefined,
  base: Connected,
): CliResult =>
  building(() => {
    const {flowId} = filters({flow: values.flow}, profile);
    const format: StatusLineCommand['format'] =
      values.format === undefined ? undefined : need(checkFormat(values.format));
    const maxAge = need(
      value.integerIn('max-age', values['max-age'] ?? String(DEFAULT_MAX_AGE_SECONDS), 0, 86_400),
    );
    return {
      mode: 'status-line',
      ...base,
      flowId,
      profile: name,
      format,
      tmux: values.tmux === true,
      maxAgeMs: maxAge * 1000,
    };
  });

/** `simulate`. */
export const simulateCommand = (values: Values): CliResult =>
  building(() => {
    const port = need(value.integerIn('port', values.port ?? '0', 0, 65_535));
    const seed =
      values.seed === undefined
        ? undefined
        : need(value.integerIn('seed', values.seed, 0, 4_294_967_295));
    const host = need(
      value.token('host', values.host ?? DEFAULT_SIMULATOR_HOST, 'a host name or address'),
    );
    const key =
      values.key === undefined
        ? undefined
        : need(value.token('key', values.key, 'a non-empty key'));
    const fault =
      values.fault === undefined
        ? undefined
        : need(value.oneOf('fault', values.fault, FAULT_MODES));
    if (values['fault-seconds'] !== undefined && values.faults !== true)
      refuse('--fault-seconds sets the period of --faults; add --faults');
    const period = need(
      value.integerIn('fault-seconds', values['fault-seconds'] ?? '10', 1, 86_400),
    );
    if (fault !== undefined && values.faults === true)
      refuse('--fault starts in one mode, --faults cycles through all; choose one');
    return {
      mode: 'simulate',
      port,
      host,
      seed,
      key,
      fault,
      chaosPeriodMs: values.faults === true ? period * 1000 : undefined,
    };
  });
