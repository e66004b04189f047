// The command line's flags, and which command takes which: anything else is refused
// rather than silently ignored.

/** Every flag, as `util.parseArgs` takes them. */
export const OPTIONS = {
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
  'no-mouse': {type: 'boolean'},
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
  view: {type: 'string'},
  window: {type: 'string'},
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean', short: 'v'},
} as const;

/** Parsed flag values. */
export type Values = {
  readonly [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]['type'] extends 'boolean'
    ? boolean
    : string;
};
/** A flag's name. */
export type Flag = keyof typeof OPTIONS;
/** The commands, by their name on the command line (the bare command is `tui` or `list`). */
export const COMMANDS = [
  'tui',
  'list',
  'show',
  'watch',
  'status-line',
  'stats',
  'simulate',
] as const;
/** A command's name. */
export type CommandName = (typeof COMMANDS)[number];

const CONNECT: readonly Flag[] = ['base-url', 'demo', 'profile', 'ascii', 'debug', 'insecure-http'];
// Which flags each mode takes; anything else is refused rather than silently ignored.
export const FLAGS_OF: Readonly<Record<CommandName, readonly Flag[]>> = {
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
    'view',
    'no-mouse',
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
  stats: [...CONNECT, 'window', 'flow', 'json'],
  simulate: ['port', 'seed', 'key', 'host', 'fault', 'faults', 'fault-seconds'],
};
