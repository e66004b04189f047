// Turns argv, the environment and the config file's contents into one command to run.
// Pure: no I/O, no exit, so every rule (defaults, precedence, which flag belongs to which
// mode, why keys never come from argv) is unit-tested. Usage errors carry a single line;
// the caller prints it and exits 2. Precedence everywhere: flags > env > profile > defaults.

import {parseArgs} from 'node:util';
import {selectProfile} from '../config/profile.js';
import * as value from '../config/values.js';
import * as build from './command-builders.js';
import {statsCommand} from './stats-builder.js';
import type {CliResult, ConfigInput} from './commands.js';
import {connectionFrom, shadowedKeyWarning} from './connection.js';
import {COMMANDS, FLAGS_OF, OPTIONS, type CommandName, type Flag, type Values} from './flags.js';
import {wantsAscii} from './terminal-env.js';

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
  let mode: CommandName;
  if (first === undefined) {
    mode = stdoutIsTTY && env.TERM !== 'dumb' ? 'tui' : 'list';
  } else if ((COMMANDS as readonly string[]).includes(first)) {
    mode = first as CommandName;
  } else {
    return usage(
      `unknown command '${value.shown(first)}'; commands are ${COMMANDS.join(', ')} and help`,
    );
  }
  const takes = mode === 'show' || mode === 'watch' ? 1 : 0;
  if (rest.length > takes)
    return usage(`unexpected argument '${value.shown(rest[takes] ?? '')}' (see --help)`);
  if (mode === 'show' && rest.length === 0) return usage('show needs a RUN_ID (see --help)');
  if (mode === 'tui' && !stdoutIsTTY)
    return usage('tui needs a terminal on stdout; use `list` in scripts');

  const stray = (Object.keys(values) as Flag[]).find(
    (flag) => values[flag] !== undefined && !FLAGS_OF[mode].includes(flag),
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
      return build.tuiCommand(values, profile, base, name);
    case 'list':
      return build.listCommand(values, profile, base);
    case 'show':
      return build.showCommand(values, runId ?? '', base);
    case 'watch':
      return build.watchCommand(values, runId, profile, base);
    case 'status-line':
      return build.statusLineCommand(values, profile, name, base);
    case 'stats':
      return statsCommand(values, profile, base);
  }
}
