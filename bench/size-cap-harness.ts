// Key to frame on a page of 1,000 runs, each holding as much as a run may (just under the
// API module's 1,000,000 values): metadata, status history and Drive files far past every
// cap of the detail. In process: such a page could not come through HTTP (a response may
// have 20 MB), so the runs share their big arrays, as the views never copy them. The real
// runTui on a 120x40 terminal, bundled as the CLI is (bench/hostile.ts builds and runs it).
// Prints one JSON line: ms from each key to the bytes it causes: Down in the list, Enter,
// j in the detail, and typed search text.
import {EventEmitter} from 'node:events';
import {setTimeout as delay} from 'node:timers/promises';
import {MAX_VALUES} from '../source/api/json-limits.js';
import type {Run, RunStatus, TableFlowClient} from '../source/domain/run.js';
import {runTui} from '../source/tui/run-tui.js';
import {FakeStdin} from '../test/helpers/fake-terminal.js';

const RUNS = 1000;
const PRESSES = Number(process.env.BENCH_PRESSES ?? 60);
const START = Date.UTC(2026, 10, 29, 12, 0, 0);
const STATUSES: readonly RunStatus[] = ['completed', 'processing', 'review', 'failed'];

// 500,000 metadata numbers + 100,000 history entries (4 values each) + 15,000 Drive files
// (5 each) + the run's own fields: just under MAX_VALUES.
const list = Array.from({length: 500_000}, (_, n) => n);
const history = Array.from({length: 100_000}, (_, n) => ({
  status: n % 2 === 0 ? 'processing' : 'review',
  at: START - 100_000_000 + n * 1000,
  message: `Retry ${n + 1} of a looping step`,
}));
const driveFiles = Array.from({length: 15_000}, (_, n) => ({
  key: `export${n}`,
  fileId: `1ABC${n}`,
  mimeType: 'application/vnd.google-apps.spreadsheet',
  sheets: [],
}));
if (list.length + history.length * 4 + driveFiles.length * 5 + 20 >= MAX_VALUES)
  throw new Error('the runs must stay under the size cap');

function metadataOf(n: number): Run['metadata'] {
  return small ? {customer_id: `C${n}`} : {customer_id: `C${n}`, list};
}

// BENCH_SMALL=1: the same page with runs of ordinary size, to tell the cost of size apart.
const small = process.env.BENCH_SMALL === '1';
const runs: Run[] = Array.from({length: RUNS}, (_, n) => ({
  id: `R${String(n).padStart(15, '0')}`,
  flowId: 'F1',
  workspaceId: 'W',
  status: STATUSES[n % STATUSES.length] ?? 'completed',
  history: small ? history.slice(-2) : history,
  error: n % 4 === 3 ? 'Verification failed: totals differ'.repeat(small ? 1 : 200) : null,
  metadata: metadataOf(n),
  trigger: 'api',
  startedAt: START - (n + 1) * 60_000,
  endedAt: n % 4 === 0 || n % 4 === 3 ? START - n * 60_000 : null,
  durationMs: 60_000,
  driveFiles: small ? [] : driveFiles,
  createdAt: START - (n + 1) * 60_000,
  updatedAt: START - n * 60_000,
}));

const client: TableFlowClient = {
  listRuns: async (query) => ({
    runs: query.limit === 1 ? runs.slice(0, 1) : runs,
    pagination: {total: RUNS, limit: query.limit, offset: 0, nextOffset: null, filter: null},
  }),
  getRun: async (id) => {
    const run = runs.find((candidate) => candidate.id === id);
    if (run === undefined) throw new Error(`no run ${id}`);
    return {...run, flow: null};
  },
  listFlows: async () => [],
  listFlowRuns: async () => [],
};

// A terminal that keeps only a count of the writes: the bytes themselves do not matter.
class Screen extends EventEmitter {
  readonly isTTY = true;
  columns = 120;
  rows = 40;
  writes = 0;
  write = (_: string, callback?: () => void): boolean => {
    this.writes += 1;
    callback?.();
    return true;
  };
}

const screen = new Screen();
const keyboard = new FakeStdin();
const running = runTui(
  {client, host: 'bench', limit: RUNS, intervalMs: 0},
  {
    stdin: keyboard as unknown as NodeJS.ReadStream,
    stdout: screen as unknown as NodeJS.WriteStream,
    stderr: new Screen() as unknown as NodeJS.WriteStream,
  },
);
await delay(3000);

/** ms from a key until the frame it causes is written. */
async function timed(key: string): Promise<number> {
  const before = screen.writes;
  const started = performance.now();
  keyboard.write(key);
  while (screen.writes === before) await new Promise((resolve) => setImmediate(resolve));
  const ms = performance.now() - started;
  await delay(30);
  return ms;
}

const down: number[] = [];
for (let i = 0; i < PRESSES; i++) down.push(await timed('\u001B[B'));
const open = await timed('\r');
await delay(500);
const scroll: number[] = [];
for (let i = 0; i < 20; i++) scroll.push(await timed('j'));
await timed('\u001B');
await delay(100);
const search: number[] = [];
await timed('/');
for (const char of 'c12') search.push(await timed(char));
process.emit('SIGTERM');
await running;
process.stdout.write(`${JSON.stringify({down, open, scroll, search})}\n`);
process.exit(0);
