// npm run bench: every performance figure of the explorer, measured on the built CLI in
// a 120x40 pseudo-terminal, printed as a table beside its budget. Not a test: figures
// vary with the machine and its load (printed too), so nothing here fails a build.
import {execFile} from 'node:child_process';
import {cpus, loadavg} from 'node:os';
import {promisify} from 'node:util';
import {startSimulator} from '../source/simulator/http/server.js';
import {bundle, bundlePlain, compileOnly} from './bundle.js';
import {changing, firstFrame, hello, idle, keyLatency, rssGrowth, SIZE} from './scenarios.js';
import {formatTable, median, percentile, type Figure} from './stats.js';
import {healthBench} from './health.js';
import {liveFigures} from './live.js';

const run = promisify(execFile);
const quick = process.argv.includes('--quick');
// `--live`: only the live scenario's figures (the clock tick, new runs, the busy pane).
const liveOnly = process.argv.includes('--live');
const FIRST_FRAME_RUNS = quick ? 3 : 7;
const IDLE_SESSIONS = 3;
const IDLE_SECONDS = quick ? 20 : 60;
const MB = 2 ** 20;
const RSS_WARM_UP = quick ? 20 : 60;

const load = (): string =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
const log = (message: string): void => void process.stderr.write(`bench: ${message}\n`);

log(`node ${process.version}, ${cpus().length} cores, load ${load()}, ${SIZE.cols}x${SIZE.rows}`);
const [asWritten, bundled, heapHarness, tickHarness] = await Promise.all([
  compileOnly('./baseline.tsx', 'baseline-as-written'),
  bundlePlain('./baseline.tsx', 'baseline'),
  bundle('./heap-harness.tsx', 'heap-harness'),
  bundle('./tick-harness.tsx', 'tick-harness'),
]);
const frozen = await startSimulator({seed: 7, live: false});
const figures: Figure[] = [];

log('the live scenario: a clock tick in process, new runs at the top, a busy pane (alone)');
figures.push(...(await liveFigures(frozen, tickHarness, quick)));
if (liveOnly) {
  await frozen.close();
  process.stdout.write(`${formatTable(figures)}\n`);
  process.exit(0);
}

log('time to first frame (alone)');
const app: number[] = [];
const bare: number[] = [];
const bareBundled: number[] = [];
for (let i = 0; i < FIRST_FRAME_RUNS; i++) {
  bare.push(await hello(asWritten));
  bareBundled.push(await hello(bundled));
  app.push(await firstFrame(frozen));
}
figures.push(
  {
    name: 'first frame with data',
    unit: 'ms',
    samples: app,
    budget: `<= ${median(bare).toFixed(0)} (Ink hello)`,
    ok: median(app) <= median(bare),
  },
  {name: 'Ink hello, as written (baseline)', unit: 'ms', samples: bare, budget: '-', ok: true},
  {
    name: 'Ink hello, bundled (stricter)',
    unit: 'ms',
    samples: bareBundled,
    budget: '-',
    ok: true,
    note: `not the budget; the first frame is ${(median(app) - median(bareBundled)).toFixed(0)} ms ${median(app) <= median(bareBundled) ? 'under' : 'over'} it`,
  },
);

log('key latency on a 1,000-run page (alone)');
const crowded = await startSimulator({seed: 7, live: true, meanArrivalMs: 300, tickMs: 3_600_000});
crowded.world.advance(6 * 60 * 60_000);
const latencies = await keyLatency(crowded, 150, 1000);
await crowded.close();
figures.push({
  name: 'key to frame, p95 (1,000 runs)',
  unit: 'ms',
  samples: [percentile(latencies, 95), median(latencies), percentile(latencies, 99)],
  budget: '<= 30',
  ok: percentile(latencies, 95) <= 30,
  note: 'samples: p95, p50, p99',
});

figures.push(...(await healthBench(quick ? 1 : 3, log)));
log(
  `changing output, RSS over 40 s at 50 ms (from start, and after ${RSS_WARM_UP} s), heap over 10,000 refreshes (together)`,
);
const moving = await startSimulator({seed: 11, live: true, tickMs: 250, meanArrivalMs: 1500});
const [perRefresh, rss, heap] = await Promise.all([
  changing(frozen, quick ? 5 : 12),
  Promise.all([1, 2, 3].map(() => rssGrowth(moving, 40, RSS_WARM_UP))),
  run(process.execPath, ['--expose-gc', heapHarness], {
    env: {...process.env, BENCH_REFRESHES: quick ? '3000' : '10000'},
    maxBuffer: 1 << 20,
  }),
]);
await moving.close();
const heapRun = JSON.parse(heap.stdout) as {
  start: number;
  samples: number[];
  refreshes: number;
  seconds: number;
};
const heapGrowth = heapRun.samples.map((mb) => mb - heapRun.start);
const firstHalf = heapRun.samples.slice(0, heapRun.samples.length / 2);
const secondHalf = heapRun.samples.slice(heapRun.samples.length / 2);
const drift = median(secondHalf) - median(firstHalf);
figures.push(
  {
    name: 'bytes per refresh, 1 row changes',
    unit: 'B',
    samples: perRefresh,
    budget: '<= 400',
    ok: median(perRefresh) <= 400,
  },
  {
    name: `RSS growth over 40 s at 50 ms, after ${RSS_WARM_UP} s`,
    unit: 'MB',
    samples: rss.map((growth) => growth.warm / MB),
    budget: '<= 10',
    ok: median(rss.map((growth) => growth.warm)) / MB <= 10,
  },
  {
    name: 'RSS growth, first 40 s (warming up)',
    unit: 'MB',
    samples: rss.map((growth) => growth.fromStart / MB),
    budget: '-',
    ok: true,
  },
  {
    name: `heap after GC, growth (${heapRun.refreshes} refreshes)`,
    unit: 'MB',
    samples: heapGrowth,
    budget: '<= 5, flat',
    ok: Math.max(...heapGrowth) <= 5 && drift <= 1,
  },
);

// Idle panes last: by now the frozen world is minutes old, no run on screen is in its
// first minute (which counts seconds), as in a pane left alone.
log(`idle panes, ${IDLE_SESSIONS} at once for ${IDLE_SECONDS} s`);
const idles = await Promise.all(
  Array.from({length: IDLE_SESSIONS}, () => idle(frozen, IDLE_SECONDS)),
);
const idleBytes = idles.map((figure) => figure.bytesPerMinute / 1024);
const idleCpu = idles.map((figure) => figure.cpuPerMinute);
const requests = idles.map((figure) => figure.pageRequests);
const allRequests = idles.map((figure) => figure.allRequests);
const concurrent = idles.map((figure) => figure.maxConcurrent);
figures.push(
  {
    name: 'idle output (2 s interval)',
    unit: 'KB/min',
    samples: idleBytes,
    budget: '<= 2',
    ok: median(idleBytes) <= 2,
  },
  {
    name: 'idle CPU (2 s interval)',
    unit: 's/min',
    samples: idleCpu,
    budget: '<= 0.3',
    ok: median(idleCpu) <= 0.3,
  },
  {
    name: 'page requests per 60 s',
    unit: 'requests',
    samples: requests,
    budget: '30 +/- 1',
    ok: requests.every((count) => Math.abs(count - 30) <= 1),
  },
  {
    name: 'all API requests per 60 s',
    unit: 'requests',
    samples: allRequests,
    budget: '-',
    ok: true,
  },
  {
    name: 'API requests in flight at once',
    unit: 'max',
    samples: concurrent,
    budget: '1',
    ok: concurrent.every((count) => count <= 1),
  },
);

log(
  `heap after GC per 1,000 refreshes (MB): ${heapRun.samples.map((mb) => mb.toFixed(1)).join(' ')}; ` +
    `${(heapRun.refreshes / heapRun.seconds).toFixed(0)} refreshes/s`,
);
log(
  `key latency ms: min ${Math.min(...latencies).toFixed(1)}, max ${Math.max(...latencies).toFixed(1)}`,
);
await frozen.close();
log(`done, load ${load()}`);
process.stdout.write(`${formatTable(figures)}\n`);
