// A process in a pseudo-terminal, its output fed to a headless xterm so the bench can
// read the screen, with every chunk timestamped and counted: the figures come from what
// actually crosses the wire, as an SSH session would carry it.
import {readFileSync} from 'node:fs';
import pty from 'node-pty';
import xterm from '@xterm/headless';

/** One spawned process and what it wrote. */
export type Session = {
  readonly pid: number;
  /** ms (performance.now) of the spawn. */
  readonly startedAt: number;
  /** Bytes written so far. */
  readonly bytes: () => number;
  /** The screen as text, rows joined by newlines. */
  readonly text: () => string;
  readonly write: (data: string) => void;
  /** Once `test` holds for the screen, resolves with the arrival time of the latest chunk. */
  readonly waitFor: (test: (screen: string) => boolean, timeoutMs?: number) => Promise<number>;
  readonly cpuSeconds: () => number;
  readonly rssBytes: () => number;
  readonly kill: () => void;
};

const CLOCK_TICKS = 100;

/** Spawns `node ...args` in a `cols`x`rows` pseudo-terminal. */
export function spawnSession(
  args: readonly string[],
  options: {readonly cols: number; readonly rows: number; readonly env?: Record<string, string>},
): Session {
  const term = new xterm.Terminal({cols: options.cols, rows: options.rows, allowProposedApi: true});
  let count = 0;
  let lastAt = 0;
  let parsed = Promise.resolve();
  let waiter: ((at: number) => void) | null = null;
  const env: Record<string, string> = {TERM: 'xterm-256color'};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  Object.assign(env, {TERM: 'xterm-256color'}, options.env);
  delete env.NO_COLOR;
  const startedAt = performance.now();
  const child = pty.spawn(process.execPath, [...args], {
    name: 'xterm-256color',
    cols: options.cols,
    rows: options.rows,
    env,
  });
  child.onData((data) => {
    const at = performance.now();
    count += Buffer.byteLength(data);
    lastAt = at;
    waiter?.(at);
    waiter = null;
    parsed = parsed.then(() => new Promise<void>((resolve) => term.write(data, resolve)));
  });
  const text = (): string => {
    const buffer = term.buffer.active;
    const rows: string[] = [];
    for (let y = 0; y < term.rows; y++)
      rows.push(buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '');
    return rows.join('\n');
  };
  // utime + stime, fields 14 and 15 of /proc/PID/stat (after the parenthesised name).
  const cpuSeconds = (): number => {
    const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  };
  const rssBytes = (): number => {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const match = /VmRSS:\s+(\d+) kB/.exec(status);
    return Number(match?.[1] ?? 0) * 1024;
  };
  return {
    pid: child.pid,
    startedAt,
    bytes: () => count,
    text,
    write: (data) => child.write(data),
    async waitFor(test, timeoutMs = 15_000) {
      const deadline = performance.now() + timeoutMs;
      while (performance.now() < deadline) {
        await parsed;
        // The arrival of the latest chunk, not the moment the emulator got round to it.
        if (test(text())) return lastAt;
        await new Promise<number>((resolve) => {
          waiter = resolve;
          setTimeout(() => resolve(0), 25);
        });
      }
      throw new Error(`timed out; screen:\n${text()}`);
    },
    cpuSeconds,
    rssBytes,
    kill: () => child.kill('SIGKILL'),
  };
}
