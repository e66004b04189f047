// The live scenario's measurements: a pane over a workspace in full swing, and the bytes a
// new run at the top of the list costs.
import {execFile} from 'node:child_process';
import {setTimeout as delay} from 'node:timers/promises';
import {promisify} from 'node:util';
import {startSimulator, type Simulator} from '../source/simulator/http/server.js';
import {bytesPerRefresh, launch} from './scenarios.js';
import {median, percentile, type Figure} from './stats.js';

/** What a pane costs in a live workspace over `seconds`, scaled to one minute. */
export type LiveFigures = {
  readonly bytesPerMinute: number;
  readonly cpuPerMinute: number;
  /** Runs processing, started under a minute ago, on screen at the end (they count seconds). */
  readonly youngInFlight: number;
};

// A processing run whose age and duration both still count seconds.
const YOUNG_IN_FLIGHT = /● processing .* <1m +\d{1,2}s /;

/**
 * A pane refreshing every 2 s over a workspace in full swing: the simulator at a fixed
 * seed, a new run every 5 s, runs settling as their plans say, the ones in flight counting
 * seconds on screen. Measured for `seconds` after `settle` seconds.
 */
export async function livePane(
  sim: Simulator,
  seconds: number,
  settle: number,
): Promise<LiveFigures> {
  const session = launch(sim.url, sim.key, ['--interval', '2']);
  try {
    await session.waitFor((screen) => /runs 1-/.test(screen));
    await delay(settle * 1000);
    // The selection stays on its run as newer ones arrive above it, and the list scrolls
    // to keep it in view: after about 3 min the newest runs are above the window. `g`
    // selects the first run again, as a user glancing at the top would, so the runs in
    // flight are on screen for the whole measure (one key, a second before it starts).
    if (settle > 60) {
      session.write('g');
      await delay(1000);
    }
    const bytes = session.bytes();
    const cpu = session.cpuSeconds();
    await delay(seconds * 1000);
    const scale = 60 / seconds;
    const young = session
      .text()
      .split('\n')
      .filter((line) => YOUNG_IN_FLIGHT.test(line)).length;
    return {
      bytesPerMinute: (session.bytes() - bytes) * scale,
      cpuPerMinute: (session.cpuSeconds() - cpu) * scale,
      youngInFlight: young,
    };
  } finally {
    session.kill();
  }
}

/**
 * Bytes written per refresh when one new (finished) run arrives at the top of the page on
 * each refresh, pushing every other row down by one, as in a busy workspace.
 */
export async function arriving(sim: Simulator, refreshes: number): Promise<number[]> {
  const arrived: Record<string, unknown>[] = [];
  return bytesPerRefresh(sim, refreshes, (body, n) => {
    const model = body.flow_runs.find((run) => run.status === 'completed');
    if (model !== undefined && n > 1) {
      const at = Math.floor(Date.now() / 1000) - 120;
      arrived.unshift({
        ...model,
        id: `Arrived${String(n).padStart(9, '0')}`,
        created_at: at,
        updated_at: at + 40,
      });
    }
    body.flow_runs.splice(0, 0, ...arrived);
    body.flow_runs.splice(50);
  });
}

const LIVE_SETTLE = 10;

// A workspace in full swing: a new run every 5 s since a few minutes ago, so runs in
// flight on screen count seconds and one settles about every 5 s.
const busyWorkspace = (): Promise<Simulator> =>
  startSimulator({
    seed: 5,
    live: true,
    tickMs: 1000,
    meanArrivalMs: 5000,
    steady: true,
    warmUpMs: 5 * 60_000,
    // Steps at half their usual time: 3 to 6 runs in flight at once, as in the issue.
    pace: 0.5,
  });

/**
 * The live scenario's four figures: a clock tick in process (`tickHarness`, bundled), the
 * bytes of a new run at the top (over `frozen`), and a busy pane's CPU and output.
 */
export async function liveFigures(
  frozen: Simulator,
  tickHarness: string,
  quick: boolean,
): Promise<Figure[]> {
  const {stdout} = await promisify(execFile)(process.execPath, [tickHarness], {
    maxBuffer: 1 << 20,
  });
  const all = JSON.parse(stdout) as {cpuMs: number[]; bytes: number[]};
  // A tick whose frame the next one took over (React batched the two) changed nothing on
  // its own: the figure is for ticks that change the cell.
  const drawn = all.bytes.flatMap((bytes, index) => (bytes > 0 ? [index] : []));
  const ticks = {
    cpuMs: drawn.map((index) => all.cpuMs[index] ?? 0),
    bytes: drawn.map((index) => all.bytes[index] ?? 0),
  };
  const skipped = all.bytes.length - drawn.length;
  const arrivals = await arriving(frozen, quick ? 5 : 10);
  const busy = await busyWorkspace();
  const lives = [];
  for (let i = 0; i < (quick ? 1 : 3); i++)
    lives.push(await livePane(busy, quick ? 30 : 60, LIVE_SETTLE));
  await busy.close();
  // The same pane as it runs for days, measured once after a 3 min warm-up, when V8 has
  // compiled what it is going to (the first minutes pay for that too). A workspace of
  // its own, as busy as the others were.
  const fresh = await busyWorkspace();
  const warm = await livePane(fresh, quick ? 30 : 60, quick ? 60 : 180);
  await fresh.close();
  const liveCpu = lives.map((figure) => figure.cpuPerMinute);
  const liveBytes = lives.map((figure) => figure.bytesPerMinute / 1024);
  return [
    {
      name: 'clock tick, 1 cell changes (in process)',
      unit: 'ms CPU',
      samples: ticks.cpuMs,
      budget: '<= 3 (p50)',
      ok: median(ticks.cpuMs) <= 3,
      note: `p90 ${percentile(ticks.cpuMs, 90).toFixed(2)} ms, p99 ${percentile(ticks.cpuMs, 99).toFixed(2)} ms; ${median(ticks.bytes)} B per tick; ${skipped} of ${all.bytes.length} ticks drew nothing (left out)`,
    },
    {
      name: 'bytes for a new run at the top',
      unit: 'B',
      samples: arrivals,
      budget: '<= 500',
      ok: median(arrivals) <= 500,
    },
    {
      name: 'live pane CPU (2 s interval)',
      unit: 's/min',
      samples: liveCpu,
      budget: '<= 0.4',
      ok: median(liveCpu) <= 0.4,
      note: `runs in flight under a minute old on screen: ${lives.map((f) => f.youngInFlight).join(', ')}`,
    },
    {
      name: 'live pane CPU after 3 min (2 s interval)',
      unit: 's/min',
      samples: [warm.cpuPerMinute],
      budget: '-',
      ok: true,
      note: `a pane left open: ${(warm.bytesPerMinute / 1024).toFixed(2)} KB/min; runs in flight under a minute old on screen: ${warm.youngInFlight}`,
    },
    {
      name: 'live pane output (2 s interval)',
      unit: 'KB/min',
      samples: liveBytes,
      budget: '<= 12',
      ok: median(liveBytes) <= 12,
    },
  ];
}
