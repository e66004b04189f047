// Heap after GC over many refreshes, in process: the real runTui on a terminal-sized
// sink, fed by a client that answers at once with the simulator's page, one run changing
// status on every refresh. Run bundled, with --expose-gc, as `npm run bench` does.
// Prints one JSON line: the heap (MB) after a full GC at every sample.
import {createClient} from '../source/api/client.js';
import type {Run, RunPage, TableFlowClient} from '../source/domain/run.js';
import {startSimulator} from '../source/simulator/http/server.js';
import {runTui} from '../source/tui/run-tui.js';
import {FakeStdin} from '../test/helpers/fake-terminal.js';
import {Sink} from './fake-terminal.js';

const REFRESHES = Number(process.env.BENCH_REFRESHES ?? 10_000);
const EVERY = Number(process.env.BENCH_SAMPLE_EVERY ?? 1000);

const gc = (globalThis as {gc?: () => void}).gc;
if (gc === undefined) throw new Error('run with --expose-gc');

const heapMb = (): number => {
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

const sim = await startSimulator({seed: 7, live: false});
const real = createClient({baseUrl: sim.url, apiKey: sim.key});
const first = await real.listRuns({limit: 50, offset: 0});
const flows = await real.listFlows();
await sim.close();

const samples: number[] = [];
let refreshes = 0;
let quit: () => void = () => {};
const finished = new Promise<void>((resolve) => (quit = resolve));

// Row 5 flips between completed and failed on every refresh: one row changes, as live.
const flipped = (run: Run, n: number): Run =>
  n % 2 === 0
    ? run
    : {
        ...run,
        status: run.status === 'failed' ? 'completed' : 'failed',
        updatedAt: run.updatedAt + n,
      };

const client: TableFlowClient = {
  listRuns: async () => {
    refreshes += 1;
    if (refreshes % EVERY === 0) {
      // Sampled outside the app's own work: after this turn's render has settled.
      setImmediate(() => {
        samples.push(heapMb());
        if (refreshes >= REFRESHES) quit();
      });
    }
    const runs = first.runs.map((run, index) => (index === 4 ? flipped(run, refreshes) : run));
    const page: RunPage = {runs, pagination: first.pagination};
    return page;
  },
  getRun: () => Promise.reject(new Error('not used')),
  listFlows: async () => flows,
  listFlowRuns: async () => [],
};

const stdout = new Sink();
const start = heapMb();
const running = runTui(
  {client, host: 'bench', limit: 50, intervalMs: 1},
  {
    stdin: new FakeStdin() as unknown as NodeJS.ReadStream,
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: new Sink() as unknown as NodeJS.WriteStream,
  },
);
const startedAt = performance.now();
await finished;
const seconds = (performance.now() - startedAt) / 1000;
process.emit('SIGTERM');
await running;
console.log(JSON.stringify({start, samples, refreshes, seconds, bytes: stdout.bytes}));
process.exit(0);
