// The interactive UI's start, once the session is open: the first page is requested while
// Ink and the app load, then the UI runs with the command's settings and a profile
// switcher for `P` that reconnects as `--profile NAME` would have.
import type {TuiCommand} from './commands.js';
import type {Session} from './connect.js';
import type {ConfigInput} from './commands.js';
import {noColor} from './terminal-env.js';
import {tuneJitForUi} from './jit.js';

/** What the UI's start needs from the process: argv, the environment and the config. */
export type LaunchContext = {
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly config: ConfigInput;
};

/** Runs the UI for `command` on `session`; resolves to its exit code. */
export async function launchTui(
  command: TuiCommand,
  session: Session,
  context: LaunchContext,
): Promise<number> {
  const {env} = context;
  tuneJitForUi();
  // The first page travels while Ink and the app load (see api/prefetch.ts).
  const {prefetchFirstPage} = await import('../api/prefetch.js');
  const prefetched = prefetchFirstPage(session.client, {
    status: command.status,
    flowId: command.flowId,
    limit: command.limit,
    offset: 0,
  });
  const [{runTui}, {createTheme}, {linksSupported, multiplexerOf}, {profileSwitcher}] =
    await Promise.all([
      import('../tui/run-tui.js'),
      import('../tui/theme.js'),
      import('../terminal/codes.js'),
      import('./switch-profile.js'),
    ]);
  const profiles = profileSwitcher({
    ...context,
    current: command.connection.kind === 'demo' ? undefined : command.profile,
  });
  return runTui({
    client: prefetched.client,
    firstPage: prefetched.arrived() ?? undefined,
    host: session.host,
    status: command.status,
    flowId: command.flowId,
    limit: command.limit,
    intervalMs: command.intervalMs,
    theme: createTheme({color: !noColor(env), ascii: command.ascii}),
    alerts: {bell: command.bell, notify: command.notify},
    stuckAfterMs: command.stuckAfterMs,
    utc: command.utc,
    links: command.links && linksSupported(env),
    multiplexer: multiplexerOf(env),
    view: command.view,
    mouse: command.mouse,
    profiles,
  }).finally(() => profiles.close());
}
