// The explorer rendered by Ink on a fake terminal of a chosen size, with an injected client
// and a fixed clock: the harness the app's tests share. ink-testing-library's stdout is
// fixed at 100 columns and has no rows; the explorer lays itself out from both.
import {setTimeout as delay} from 'node:timers/promises';
import {stripVTControlCharacters} from 'node:util';
import {render} from 'ink';
import {App, type AppProps} from '../../source/tui/app.js';
import type {Run} from '../../source/domain/run.js';
import {createFakeClient, type FakeClient} from './fake-client.js';
import {FakeStdin, FakeStdout} from './fake-terminal.js';
import {NOW, makeRuns} from './runs.js';

/** The running explorer and what it has shown. */
export type AppHarness = {
  readonly client: FakeClient;
  readonly stdin: FakeStdin;
  readonly stdout: FakeStdout;
  /** The last frame, without colours. */
  readonly frame: () => string;
  /** The last frame, without colours, as lines. */
  readonly lines: () => string[];
  /** The exit codes the app reported. */
  readonly exits: number[];
  readonly unmount: () => void;
};

/** How to start it: the client (or the runs of a fake one), the terminal's size, props. */
export type AppHarnessOptions = {
  readonly client?: FakeClient;
  /** The fake client's runs when no client is given; 120 by default. */
  readonly runs?: readonly Run[];
  readonly columns?: number;
  readonly rows?: number;
  readonly props?: Partial<AppProps>;
};

/** Lets fetches resolve and Ink repaint. */
export async function settle(): Promise<void> {
  for (let turn = 0; turn < 5; turn += 1) await delay(0);
}

/** Renders the explorer (100x20 unless told) and waits for its first page. */
export async function startApp(options: AppHarnessOptions = {}): Promise<AppHarness> {
  const client = options.client ?? createFakeClient({runs: options.runs ?? makeRuns(120)});
  const stdout = new FakeStdout(options.columns ?? 100, options.rows ?? 20);
  const stdin = new FakeStdin();
  const exits: number[] = [];
  const instance = render(
    <App
      client={client}
      host="api.tableflow.com"
      limit={50}
      intervalMs={60_000}
      now={() => NOW}
      onExit={(code) => exits.push(code)}
      {...options.props}
    />,
    {
      stdout: stdout as unknown as NodeJS.WriteStream,
      stdin: stdin as unknown as NodeJS.ReadStream,
      debug: true,
      exitOnCtrlC: false,
      patchConsole: false,
    },
  );
  await settle();
  // The bell, OSC 52 and OSC 9 are written beside the frames; they are not frames.
  const frame = () =>
    stripVTControlCharacters(
      stdout.frames.findLast((written) => stripVTControlCharacters(written).trim() !== '') ?? '',
    );
  return {
    client,
    stdin,
    stdout,
    frame,
    lines: () => frame().split('\n'),
    exits,
    unmount: () => instance.unmount(),
  };
}
