// Each figure's measurement: spawn the built CLI in a 120x40 pseudo-terminal against a
// simulator (through a counting proxy where requests matter) and read what it costs.
import {setTimeout as delay} from 'node:timers/promises';
import {fileURLToPath} from 'node:url';
import type {Simulator} from '../source/simulator/http/server.js';
import {startProxy, type Rewrite} from './proxy.js';
import {spawnSession, type Session} from './pty-session.js';
import {median} from './stats.js';

/** The built CLI, as users run it. */
export const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
/** The terminal every scenario uses. */
export const SIZE = {cols: 120, rows: 40} as const;

/** Spawns the CLI against `url` (with the simulator's key). */
export function launch(url: string, key: string, args: readonly string[]): Session {
  return spawnSession([CLI, ...args], {
    ...SIZE,
    env: {TABLEFLOW_BASE_URL: url, TABLEFLOW_API_KEY: key, XDG_CONFIG_HOME: '/nonexistent'},
  });
}

/** The newest run's id: on screen means the first frame with data is up. */
export const newestId = (sim: Simulator): string => sim.world.runs()[0]?.id ?? '';

/** ms from spawn until a minimal Ink app at `entry` says hello. */
export async function hello(entry: string): Promise<number> {
  // Production React, as for the CLI: the yardstick is not slowed by development checks.
  const session = spawnSession([entry], {...SIZE, env: {NODE_ENV: 'production'}});
  const at = await session.waitFor((screen) => screen.includes('hello'));
  session.kill();
  return at - session.startedAt;
}

/** ms from spawn until the newest run is on screen. */
export async function firstFrame(sim: Simulator): Promise<number> {
  const id = newestId(sim);
  const app = launch(sim.url, sim.key, ['--interval', '0']);
  const appAt = await app.waitFor((screen) => screen.includes(id));
  app.kill();
  return appAt - app.startedAt;
}

/** What an idle pane costs over `seconds`, scaled to one minute, and the requests it made. */
export type IdleFigures = {
  readonly bytesPerMinute: number;
  readonly cpuPerMinute: number;
  readonly pageRequests: number;
  readonly allRequests: number;
  readonly maxConcurrent: number;
};

/** A pane refreshing every 2 s over data that does not change. */
export async function idle(sim: Simulator, seconds: number): Promise<IdleFigures> {
  const proxy = await startProxy(sim.url);
  const session = launch(proxy.url, sim.key, ['--interval', '2']);
  try {
    await session.waitFor((screen) => screen.includes(newestId(sim)));
    await delay(4000);
    const bytes = session.bytes();
    const cpu = session.cpuSeconds();
    proxy.reset();
    await delay(seconds * 1000);
    const scale = 60 / seconds;
    return {
      bytesPerMinute: (session.bytes() - bytes) * scale,
      cpuPerMinute: (session.cpuSeconds() - cpu) * scale,
      pageRequests: proxy.pageRequests() * scale,
      allRequests: proxy.allRequests() * scale,
      maxConcurrent: proxy.maxConcurrent(),
    };
  } finally {
    session.kill();
    await proxy.close();
  }
}

// A finished run on the first screen turns failed, then completed again, on alternate
// refreshes: one visible row changes on every refresh, nothing else does.
const flipRow: Rewrite = (body, n) => {
  const run = body.flow_runs.find(
    (candidate, index) => index >= 4 && candidate.status === 'completed',
  );
  if (run === undefined || n % 2 === 0) return;
  run.status = 'failed';
  run.error = 'Verification failed: totals differ by 12.40';
  run.updated_at = Number(run.updated_at) + 1;
};

/**
 * Bytes written per refresh, `refreshes` times, by a pane whose every page answer goes
 * through `rewrite` on its way (after a 3 s settle).
 */
export async function bytesPerRefresh(
  sim: Simulator,
  refreshes: number,
  rewrite: Rewrite,
): Promise<number[]> {
  const marks: number[] = [];
  let session: Session | null = null;
  const proxy = await startProxy(sim.url, (body, n) => {
    rewrite(body, n);
    if (session !== null) marks.push(session.bytes());
  });
  session = launch(proxy.url, sim.key, ['--interval', '2']);
  try {
    await session.waitFor((screen) => screen.includes(newestId(sim)));
    await delay(3000);
    const from = marks.length;
    while (marks.length < from + refreshes + 1) await delay(200);
    const window = marks.slice(from);
    return window.slice(1).map((bytes, index) => bytes - (window[index] ?? bytes));
  } finally {
    session.kill();
    await proxy.close();
  }
}

/** Bytes written per refresh when one of the visible rows changes on each refresh. */
export const changing = (sim: Simulator, refreshes: number): Promise<number[]> =>
  bytesPerRefresh(sim, refreshes, flipRow);

/** RSS growth (bytes) over a window, from the start and once the process has warmed up. */
export type RssGrowth = {readonly fromStart: number; readonly warm: number};

/**
 * RSS growth over `seconds` of refreshing every 50 ms against a moving world: in the
 * first `seconds` after start, and in the `seconds` after `warmUp` seconds. A lean start
 * grows its heap and JIT code for a while before it levels off; a leak keeps growing.
 */
export async function rssGrowth(
  sim: Simulator,
  seconds: number,
  warmUp: number,
): Promise<RssGrowth> {
  const session = launch(sim.url, sim.key, ['--interval', '0.05']);
  try {
    await session.waitFor((screen) => /runs 1-/.test(screen));
    await delay(3000);
    // Sampled every second; the medians of the first and last five smooth out the
    // garbage collector's sawtooth, which is not growth.
    const samples: number[] = [];
    for (let i = 0; i <= warmUp + seconds; i++) {
      samples.push(session.rssBytes());
      if (i < warmUp + seconds) await delay(1000);
    }
    const growth = (window: readonly number[]): number =>
      median(window.slice(-5)) - median(window.slice(0, 5));
    return {
      fromStart: growth(samples.slice(0, seconds + 1)),
      warm: growth(samples.slice(warmUp)),
    };
  } finally {
    session.kill();
  }
}

const SELECTED = /^.*›.*$/m;
const selectedLine = (screen: string): string => SELECTED.exec(screen)?.[0] ?? '';

/**
 * ms from each Down key until the frame showing the new selection has arrived, on a
 * page of `limit` runs.
 */
export async function keyLatency(
  sim: Simulator,
  presses: number,
  limit: number,
): Promise<number[]> {
  const session = launch(sim.url, sim.key, ['--interval', '0', '--limit', String(limit)]);
  try {
    await session.waitFor((screen) => screen.includes(newestId(sim)), 30_000);
    await delay(1000);
    const latencies: number[] = [];
    for (let i = 0; i < presses; i++) {
      await session.waitFor(() => true);
      const before = selectedLine(session.text());
      const sent = performance.now();
      session.write('\u001B[B');
      const at = await session.waitFor((screen) => selectedLine(screen) !== before, 5000);
      latencies.push(at - sent);
      // A pause between keys, so each one meets an app that has finished the last frame.
      await delay(70);
    }
    return latencies;
  } finally {
    session.kill();
  }
}
