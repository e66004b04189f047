import {fileURLToPath} from 'node:url';
import {setTimeout as delay} from 'node:timers/promises';
import {after} from 'node:test';
import pty from 'node-pty';
import xterm from '@xterm/headless';

/** Path of the built CLI that the end-to-end tests drive. */
export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

/** A process in a pseudo-terminal whose output is parsed by a real terminal emulator. */
export type Screen = {
  /** The visible screen, one string per row, trailing spaces trimmed. */
  readonly lines: () => string[];
  /** The visible screen as one string. */
  readonly text: () => string;
  /** Every byte the process wrote, as received. */
  readonly raw: () => string;
  /** Count of bytes the process wrote so far. */
  readonly bytes: () => number;
  readonly write: (data: string) => void;
  readonly resize: (cols: number, rows: number) => void;
  /** Resolves when `test` holds for the screen; rejects with the screen after `timeoutMs`. */
  readonly waitFor: (
    test: string | RegExp | ((text: string) => boolean),
    timeoutMs?: number,
  ) => Promise<string>;
  /** Resolves when the bytes written so far contain `text` (effects may follow the frame). */
  readonly waitForRaw: (text: string, timeoutMs?: number) => Promise<void>;
  /** Whether the emulator is showing the alternate screen buffer. */
  readonly inAlternateScreen: () => boolean;
  readonly cursorHidden: () => boolean;
  /** The mouse reporting the emulator has been asked for: 'none' when it is off. */
  readonly mouseTracking: () => 'none' | 'x10' | 'vt200' | 'drag' | 'any';
  readonly pid: number;
  readonly exited: Promise<{exitCode: number; signal: number | undefined}>;
  readonly kill: (signal?: string) => void;
  /** Closes the terminal itself (the pty's master), as a dropped SSH connection does. */
  readonly destroy: () => void;
};

/** How `spawnCli` starts the CLI. */
export type SpawnOptions = {
  cols?: number;
  rows?: number;
  env?: Record<string, string | undefined>;
  cwd?: string;
  /**
   * A /bin/sh script to run instead of node directly; `$NODE` and `$CLI` are set and the
   * arguments are in `"$@"` (e.g. `ulimit -c unlimited; exec "$NODE" "$CLI" "$@"`).
   */
  script?: string;
};

// A test that fails half-way leaves its pty child running, and a live child keeps the test
// file (and so CI) waiting forever: whatever a file spawned is killed when it ends.
const running = new Set<{kill: (signal?: string) => void}>();
after(() => {
  for (const child of running) child.kill('SIGKILL');
});

/** Spawns `node dist/cli.js ...args` in a pseudo-terminal of the given size. */
export function spawnCli(args: readonly string[], options: SpawnOptions = {}): Screen {
  const cols = options.cols ?? 100;
  const rows = options.rows ?? 30;
  const term = new xterm.Terminal({cols, rows, allowProposedApi: true});
  let raw = '';
  let byteCount = 0;
  let pending = Promise.resolve();
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries({
    ...process.env,
    TERM: 'xterm-256color',
    ...options.env,
    ...(options.script === undefined ? {} : {NODE: process.execPath, CLI}),
  })) {
    if (value !== undefined) env[key] = value;
  }

  const [file, argv] =
    options.script === undefined
      ? [process.execPath, [CLI, ...args]]
      : ['/bin/sh', ['-c', options.script, 'sh', ...args]];
  const child = pty.spawn(file, argv, {
    name: 'xterm-256color',
    cols,
    rows,
    env,
    ...(options.cwd === undefined ? {} : {cwd: options.cwd}),
  });
  running.add(child);
  child.onData((data) => {
    raw += data;
    byteCount += Buffer.byteLength(data);
    pending = pending.then(() => new Promise<void>((resolve) => term.write(data, resolve)));
  });
  const exited = new Promise<{exitCode: number; signal: number | undefined}>((resolve) => {
    child.onExit((event) => {
      running.delete(child);
      resolve({exitCode: event.exitCode, signal: event.signal});
    });
  });

  const lines = (): string[] => {
    const buffer = term.buffer.active;
    const out: string[] = [];
    // Cut at the width: after a shrink xterm keeps the cells it hid, which no one sees.
    for (let y = 0; y < term.rows; y++)
      out.push(
        buffer
          .getLine(buffer.viewportY + y)
          ?.translateToString(true, 0, term.cols)
          .trimEnd() ?? '',
      );
    return out;
  };
  const text = () => lines().join('\n');

  return {
    lines,
    text,
    raw: () => raw,
    bytes: () => byteCount,
    write: (data) => child.write(data),
    resize(newCols, newRows) {
      term.resize(newCols, newRows);
      child.resize(newCols, newRows);
    },
    async waitFor(test, timeoutMs = 8000) {
      const matches =
        typeof test === 'string'
          ? (t: string) => t.includes(test)
          : test instanceof RegExp
            ? (t: string) => test.test(t)
            : test;
      const deadline = performance.now() + timeoutMs;
      while (performance.now() < deadline) {
        await pending;
        const current = text();
        if (matches(current)) return current;
        await delay(20);
      }
      await pending;
      throw new Error(`Timed out waiting for ${String(test)}; screen:\n${text()}`);
    },
    async waitForRaw(wanted, timeoutMs = 8000) {
      const deadline = performance.now() + timeoutMs;
      while (!raw.includes(wanted)) {
        if (performance.now() > deadline)
          throw new Error(`Timed out waiting for ${JSON.stringify(wanted)} in the output`);
        await delay(20);
      }
    },
    inAlternateScreen: () => term.buffer.active.type === 'alternate',
    cursorHidden: () => {
      // xterm tracks DECTCEM in its core; the last show/hide sequence in the stream tells the same.
      const hide = raw.lastIndexOf('\u001B[?25l');
      const show = raw.lastIndexOf('\u001B[?25h');
      return hide > show;
    },
    mouseTracking: () => term.modes.mouseTrackingMode,
    pid: child.pid,
    exited,
    kill: (signal) => child.kill(signal),
    // UnixTerminal has destroy() (close the master, then SIGHUP), its typings do not.
    destroy: () => (child as unknown as {destroy: () => void}).destroy(),
  };
}
