// What the command line decides to run: one command, with every value it needs settled
// (flags over the environment over the profile over these defaults), or a usage error.
import type {ColumnName} from '../commands/list/fields.js';
import type {Config} from '../config/schema.js';
import type {KnownStatus} from '../domain/run.js';
import type {BellMode} from '../explorer/alerts.js';
import type {FaultMode} from '../simulator/faults/fault-modes.js';
import type {PlannedConnection} from './connection.js';

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

/** Filters shared by the TUI, `list` and `watch`. */
export type RunFilters = {
  readonly status: KnownStatus | undefined;
  readonly flowId: string | undefined;
};
/** What every command that talks to TableFlow carries. */
export type Connected = {
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
    /** `--view`: the view to open on. */
    readonly view: TuiView;
    /** False with `--no-mouse` or the profile's `"mouse": false`. */
    readonly mouse: boolean;
    /** The profile in use, when there is one: the header names it. */
    readonly profile?: string;
  };

/** The views the UI can open on. */
export const TUI_VIEWS = ['list', 'health'] as const;
/** A view the UI can open on. */
export type TuiView = (typeof TUI_VIEWS)[number];

/** Flow health figures over a window, for scripts. */
export type StatsCommand = Connected & {
  readonly mode: 'stats';
  /** The window's length in ms (whole hours). */
  readonly windowMs: number;
  readonly flowId: string | undefined;
  readonly json: boolean;
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
  | StatsCommand
  | SimulateCommand
  | {readonly mode: 'help'}
  | {readonly mode: 'version'}
  | {readonly mode: 'usage-error'; readonly message: string};

/** The config file's path and contents (null: no file). */
export type ConfigInput = {readonly path: string; readonly config: Config | null};
