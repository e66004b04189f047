// CPU per clock tick, in process: the real runTui at 120x40 on a page of 50 runs where one
// run, 10 to 50 s old and processing, counts seconds, so each tick changes one row's AGE
// and DURATION and nothing else. The clock is ours: Date.now is replaced and the app's
// one-second timer is called directly, so 200 ticks take no 200 seconds. Run bundled, as
// `npm run bench` does. Prints one JSON line: CPU ms and bytes of each tick.
import {createClient} from '../source/api/client.js';
import type {RunPage, TableFlowClient} from '../source/domain/run.js';
import {startSimulator} from '../source/simulator/http/server.js';
import {runTui} from '../source/tui/run-tui.js';
import {FakeStdin} from '../test/helpers/fake-terminal.js';
import {Sink} from './fake-terminal.js';

const TICKS = Number(process.env.BENCH_TICKS ?? 200);

const start = Date.now();
const sim = await startSimulator({seed: 7, live: false});
const real = createClient({baseUrl: sim.url, apiKey: sim.key});
const first = await real.listRuns({limit: 50, offset: 0});
const flows = await real.listFlows();
await sim.close();

let now = Date.now();
Date.now = () => now;
// The app's clock timer, called by hand; other timers run as usual.
let tick: (() => void) | null = null;
const realSetInterval = globalThis.setInterval;
globalThis.setInterval = ((callback: () => void, ms?: number) => {
  if (ms === 1000) tick = callback;
  return realSetInterval(() => {}, 2 ** 30);
}) as typeof setInterval;

// Every run finished an hour or more ago (their ages show minutes), but the second one:
// processing, 10 s old.
const hour = 3_600_000;
const runs = first.runs.map((run, index) => {
  if (index === 1)
    return {
      ...run,
      status: 'processing' as const,
      startedAt: start - 10_000,
      endedAt: null,
      durationMs: 0,
    };
  const startedAt = start - hour - index * 60_000;
  return {
    ...run,
    status: 'completed' as const,
    createdAt: startedAt,
    startedAt,
    endedAt: startedAt + 30_000,
    durationMs: 30_000,
    error: null,
  };
});
const page: RunPage = {runs, pagination: first.pagination};
const client: TableFlowClient = {
  listRuns: async () => page,
  getRun: () => Promise.reject(new Error('not used')),
  listFlows: async () => flows,
  listFlowRuns: async () => [],
};

const stdout = new Sink();
const running = runTui(
  {client, host: 'bench', limit: 50, intervalMs: 60_000, firstPage: page},
  {
    stdin: new FakeStdin() as unknown as NodeJS.ReadStream,
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: new Sink() as unknown as NodeJS.WriteStream,
  },
);
await new Promise((resolve) => setTimeout(resolve, 500));

const cpuMs: number[] = [];
const bytes: number[] = [];
for (let i = 0; i < TICKS + 20; i++) {
  // The run stays between 11 and 50 s old, counting seconds: the clock goes back after 40.
  now = start + 1000 * (1 + (i % 40));
  const before = stdout.bytes;
  const cpu = process.cpuUsage();
  (tick as (() => void) | null)?.();
  // React renders in a task of its own scheduler, and its passive effects in another:
  // the tick's cost is everything until the frame is out and a turn has passed without
  // writes (a few turns at the most).
  for (let turn = 0, quiet = 0; turn < 20 && quiet < 2; turn++) {
    const written = stdout.bytes;
    await new Promise((resolve) => setImmediate(resolve));
    quiet = stdout.bytes === written && stdout.bytes !== before ? quiet + 1 : 0;
  }
  const used = process.cpuUsage(cpu);
  // The first ticks warm the JIT up; they are not what a pane left open pays.
  if (i >= 20) {
    cpuMs.push((used.user + used.system) / 1000);
    bytes.push(stdout.bytes - before);
  }
}
process.emit('SIGTERM');
await running;
console.log(JSON.stringify({cpuMs, bytes}));
process.exit(0);
