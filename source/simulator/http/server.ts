// The simulator's HTTP server: a real node:http server on 127.0.0.1 that serves the
// TableFlow v2 endpoints from a generated, slowly moving world. Used by `--demo`,
// `tableflow-runs simulate`, and every test that wants a server to talk to.

import {createServer} from 'node:http';
import type {IncomingMessage, ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import {generateKey} from './auth.js';
import {createLiveWorld, DEFAULT_LIVE_OPTIONS} from '../world/live.js';
import {CONTROL_PREFIX, handleControl, type RequestStats} from './control.js';
import {createFaultSwitch} from '../faults/faults.js';
import type {Fault, FaultMode, FaultSwitch, Outcome} from '../faults/faults.js';
import {chaosFault, type ChaosOptions} from '../faults/chaos.js';
import {readBody, sendOutcome} from './http-io.js';
import {handleRequest, json} from './routes.js';
import {toWireRun} from '../world/run.js';
import type {WireFlow, WireRun} from '../world/wire.js';
import {generateWorkspace} from '../world/workspace.js';
import {addHistory, type HistoryOptions} from '../world/history.js';

export {formatBanner} from './banner.js';
export {FAULT_MODES, isFaultMode} from '../faults/faults.js';
export type {Fault, FaultMode} from '../faults/faults.js';
export {DEFAULT_CHAOS_PERIOD_MS} from '../faults/chaos.js';

/** How to start a simulator; every field is optional. */
export type SimulatorOptions = {
  readonly port?: number;
  readonly host?: string;
  /** Same seed and same clock readings give the same world. Default: random. */
  readonly seed?: number;
  /** The Bearer key clients must send. Default: a fresh `sim_…` key. */
  readonly key?: string;
  /** Epoch ms. Default: Date.now. */
  readonly clock?: () => number;
  /** How often the world moves on, ms. Default 2000. */
  readonly tickMs?: number;
  /** Average ms between new runs. Default 6500. */
  readonly meanArrivalMs?: number;
  /** Most runs kept, oldest dropped first. Default 2000. */
  readonly maxRuns?: number;
  /** Exactly one new run every `meanArrivalMs`, not at random (the bench's live workspace). */
  readonly steady?: boolean;
  /** The live world starts this long ago and catches up at once: it opens in full swing. */
  readonly warmUpMs?: number;
  /** How long new runs' steps take, as a share of their usual time. Default 1. */
  readonly pace?: number;
  /** False freezes the world as generated. Default true. */
  readonly live?: boolean;
  /** Days of settled runs before the start, for flow health (world/history.ts). Default none. */
  readonly history?: HistoryOptions;
  /** A fault active from the start (see faults.ts); switch it with POST /__sim/fault. */
  readonly fault?: Fault | null;
  /** Cycle through the fault modes on a schedule (see chaos.ts); off when absent. */
  readonly chaos?: ChaosOptions;
  /** Told each time the chaos schedule switches the fault (null: healthy again). */
  readonly onFaultChange?: (mode: FaultMode | null) => void;
};

/** A handle on the simulated world, for tests and the CLI. */
export type SimulatorWorld = {
  readonly workspaceId: string;
  /** The simulated time, epoch ms: the clock plus everything `advance` added. */
  readonly now: () => number;
  /** Moves simulated time forward by `ms` and lets the world catch up. */
  readonly advance: (ms: number) => void;
  /** Every run, newest first, as the wire shows it. */
  readonly runs: () => readonly WireRun[];
  /** Every flow, inactive ones included. */
  readonly flows: () => readonly WireFlow[];
};

/** A running simulator. */
export type Simulator = {
  /** Origin, e.g. `http://127.0.0.1:38123`; the API lives under `${url}/v2`. */
  readonly url: string;
  readonly key: string;
  readonly seed: number;
  readonly live: boolean;
  readonly tickMs: number;
  readonly meanArrivalMs: number;
  readonly world: SimulatorWorld;
  /** The active fault mode; the /__sim/fault endpoint drives the same switch. */
  readonly faults: FaultSwitch;
  /** Request counts, to check that a client never has two requests in flight. */
  readonly stats: () => RequestStats;
  /** Starts counting again (maxInFlight becomes what is in flight now). */
  readonly resetStats: () => void;
  /** Stops the timer and the server, dropping idle keep-alive connections. */
  readonly close: () => Promise<void>;
};

// Request targets kept for tests and the bench to read back.
const RECENT_KEPT = 200;

/** Starts a simulator and resolves once it is listening. */
export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const clock = options.clock ?? Date.now;
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  const key = options.key ?? generateKey();
  const live = options.live ?? true;
  let skew = 0;
  const now = (): number => clock() + skew;
  const origin = now() - Math.max(0, options.warmUpMs ?? 0);
  const generated = generateWorkspace(seed, origin);
  if (options.history !== undefined) addHistory(generated, seed, origin, options.history);
  // A history is kept whole, and the live world adds to it as to any other.
  const keep =
    (options.history === undefined ? 0 : generated.runs.length) + DEFAULT_LIVE_OPTIONS.maxRuns;
  const liveOptions = {
    tickMs: Math.max(1, Math.floor(options.tickMs ?? DEFAULT_LIVE_OPTIONS.tickMs)),
    meanArrivalMs: Math.max(1, options.meanArrivalMs ?? DEFAULT_LIVE_OPTIONS.meanArrivalMs),
    maxRuns: Math.max(1, Math.floor(options.maxRuns ?? keep)),
    steady: options.steady === true,
    ...(options.pace === undefined ? {} : {pace: options.pace}),
  };
  const moving = createLiveWorld(generated, origin, liveOptions);
  const sync = (): void => {
    if (live) moving.advanceTo(now());
  };

  const faults = createFaultSwitch(options.fault ?? null);
  const advance = (ms: number): void => {
    skew += Math.max(0, ms);
    sync();
  };
  let stats: RequestStats = {requests: 0, inFlight: 0, maxInFlight: 0, recent: []};
  const resetStats = (): void => {
    stats = {requests: 0, inFlight: stats.inFlight, maxInFlight: stats.inFlight, recent: []};
  };
  const control = {key, faults, advance, now, stats: () => stats, resetStats};

  const answer = async (request: IncomingMessage): Promise<Outcome> => {
    const target = request.url ?? '/';
    const method = request.method ?? 'GET';
    const authorization = request.headers.authorization;
    if (target.startsWith(CONTROL_PREFIX)) {
      const body = await readBody(request);
      if (body === null) return {kind: 'respond', response: json(413, {error: 'Body too large'})};
      return {
        kind: 'respond',
        response: handleControl(control, {method, path: target, authorization, body}),
      };
    }
    // GET bodies are meaningless here, but must be drained for keep-alive to work.
    request.resume();
    sync();
    return faults.apply(() => handleRequest(moving.world, key, {method, target, authorization}));
  };
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    if (!(request.url ?? '/').startsWith(CONTROL_PREFIX)) {
      const inFlight = stats.inFlight + 1;
      stats = {
        requests: stats.requests + 1,
        inFlight,
        maxInFlight: Math.max(stats.maxInFlight, inFlight),
        recent: [...stats.recent.slice(1 - RECENT_KEPT), request.url ?? '/'],
      };
      // Done once the answer is handed to the socket ('finish') or the client has gone
      // ('close'), whichever is first: 'close' alone can come after the client, having read
      // the answer, has already sent its next request, which then counted two in flight.
      let done = false;
      const finished = (): void => {
        if (done) return;
        done = true;
        stats = {...stats, inFlight: stats.inFlight - 1};
      };
      response.once('finish', finished);
      response.once('close', finished);
    }
    answer(request)
      .catch((): Outcome => ({
        kind: 'respond',
        response: json(500, {error: 'Internal server error'}),
      }))
      .then((outcome) => sendOutcome(response, outcome))
      .catch(() => response.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  // Once listening, the only server errors are transient accept failures (EMFILE); a
  // simulator left running for days should shrug them off rather than exit.
  server.on('error', () => undefined);
  const timer = setInterval(sync, liveOptions.tickMs);
  timer.unref();
  const chaos = options.chaos;
  let chaosTimer: ReturnType<typeof setInterval> | undefined;
  if (chaos !== undefined) {
    const started = clock();
    let mode: FaultMode | null = null;
    const step = (): void => {
      const next = chaosFault(clock() - started, chaos);
      if (next === mode) return;
      mode = next;
      faults.set(next === null ? null : {mode: next, remaining: null});
      options.onFaultChange?.(next);
    };
    // Checked often so each switch lands within a tenth of a period of its time.
    chaosTimer = setInterval(step, Math.max(10, Math.floor(chaos.periodMs / 10)));
    chaosTimer.unref();
  }

  const address = server.address() as AddressInfo;
  // A wildcard listener is reachable on loopback; print an address a client can dial.
  const dialable =
    address.address === '0.0.0.0'
      ? '127.0.0.1'
      : address.address === '::'
        ? '::1'
        : address.address;
  const host = address.family === 'IPv6' ? `[${dialable}]` : dialable;
  const world: SimulatorWorld = {
    workspaceId: moving.world.workspaceId,
    now,
    advance,
    runs: () => {
      sync();
      return moving.world.runs.map(toWireRun);
    },
    flows: () => moving.world.flows.map((flow) => structuredClone(flow.wire)),
  };
  return {
    url: `http://${host}:${address.port}`,
    key,
    seed,
    live,
    tickMs: liveOptions.tickMs,
    meanArrivalMs: liveOptions.meanArrivalMs,
    world,
    faults,
    stats: () => stats,
    resetStats,
    close: async () => {
      clearInterval(timer);
      clearInterval(chaosTimer);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
