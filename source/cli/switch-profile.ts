// Switching profile from inside the UI (`P`): connecting to a profile is what starting with
// `--profile NAME` would have done, with the same flags and environment (so the documented
// precedence holds: a flag or TABLEFLOW_API_KEY still wins over the profile), except
// `--demo`, which would ignore the profile. A profile with a bad value, a key file that
// cannot be read, or a connection refused for any reason, is reported as a message, when
// that profile is chosen and not before.
import {profileNames} from '../config/profile.js';
import {shown} from '../config/values.js';
import type {ProfileEntry} from '../explorer/state.js';
import type {ProfileConnection, ProfileSwitcher} from '../tui/hooks/use-profile-switch.js';
import type {ConfigInput} from './commands.js';
import {DEFAULT_BASE_URL} from './connection.js';
import type {Session} from './connect.js';
import {resolveConnection} from './open-session.js';
import {parseCli} from './parse-cli.js';

/** The argv of the same command with `--profile NAME` instead of any profile or `--demo`. */
export function withProfile(argv: readonly string[], name: string): string[] {
  const end = argv.indexOf('--');
  const flags = end === -1 ? argv : argv.slice(0, end);
  const kept: string[] = [];
  for (let at = 0; at < flags.length; at += 1) {
    const arg = flags[at] ?? '';
    if (arg === '--profile') at += 1;
    else if (arg !== '--demo' && !arg.startsWith('--profile=')) kept.push(arg);
  }
  return [...kept, '--profile', name, ...(end === -1 ? [] : argv.slice(end))];
}

function entryOf(config: ConfigInput['config'], name: string): ProfileEntry {
  const profile = config?.profiles[name];
  if (profile === undefined) return {name, detail: ''};
  try {
    return {name, detail: new URL(profile.baseUrl ?? DEFAULT_BASE_URL).host};
  } catch {
    return {name, detail: ''};
  }
}

/** The switcher the UI gets, and `close` for the sessions it opened (their debug logs). */
export function profileSwitcher(options: {
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly config: ConfigInput;
  /** The profile the UI starts on (none with --demo or without a profile). */
  readonly current: string | undefined;
}): ProfileSwitcher & {readonly close: () => Promise<void>} {
  const {argv, env, config} = options;
  const sessions: Session[] = [];
  const connect = async (name: string): Promise<ProfileConnection | {message: string}> => {
    const command = parseCli(withProfile(argv, name), env, true, config);
    if (command.mode === 'usage-error') return {message: command.message};
    if (command.mode !== 'tui') return {message: `profile ${shown(name)} cannot start the UI`};
    const connection = resolveConnection(command.connection);
    if ('message' in connection) return connection;
    try {
      const {connect: open} = await import('./connect.js');
      const session = await open(
        connection,
        command.debugFile === undefined ? {} : {debugFile: command.debugFile},
      );
      sessions.push(session);
      const {status, flowId, intervalMs, limit} = command;
      return {client: session.client, host: session.host, status, flowId, intervalMs, limit};
    } catch (error) {
      return {message: error instanceof Error ? error.message : String(error)};
    }
  };
  const path = config.path;
  return {
    entries: profileNames(config.config).map((name) => entryOf(config.config, name)),
    current: options.current ?? null,
    none:
      config.config === null
        ? `No profiles: there is no config file (${path})`
        : `No profiles: ${path} defines none`,
    connect,
    close: async () => {
      for (const session of sessions.splice(0)) await session.close();
    },
  };
}
