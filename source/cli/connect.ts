// Turns a parsed Connection into a client: either the real API, or (for --demo) a
// simulator started in this process and spoken to over real HTTP with its generated key,
// so the demo exercises exactly the code paths a real workspace does.

import {createClient} from '../api/client.js';
import type {TableFlowClient} from '../domain/run.js';
import type {Connection} from './connection.js';
import {openDebugLog} from './debug-log.js';

/** A ready client, what to call its server in the header, and how to let go of it. */
export type Session = {
  readonly client: TableFlowClient;
  /** Shown in the TUI header: `api.tableflow.com`, or `demo 127.0.0.1:PORT`. */
  readonly host: string;
  /** The API origin (the simulator's for --demo). */
  readonly baseUrl: string;
  /** The key in use, so callers can scrub it from anything they print. */
  readonly secret: string;
  readonly close: () => Promise<void>;
};

/** Builds the client for `connection`, starting the demo simulator when asked to. */
export async function connect(
  connection: Connection,
  options: SessionOptions = {},
): Promise<Session> {
  if (connection.kind === 'api') {
    const log = debugLog(options.debugFile, connection.apiKey);
    return {
      client: createClient({
        baseUrl: connection.baseUrl,
        apiKey: connection.apiKey,
        timeoutMs: options.timeoutMs,
        onRequest: log?.onRequest,
        allowPlainHttp: connection.insecureHttp === true,
      }),
      host: new URL(connection.baseUrl).host,
      baseUrl: connection.baseUrl,
      secret: connection.apiKey,
      close: async () => log?.close(),
    };
  }
  // Only --demo needs the simulator: the real API's start-up does not parse it.
  const [{startSimulator}, {DEMO_WORLD}] = await Promise.all([
    import('../simulator/http/server.js'),
    import('../simulator/world/history.js'),
  ]);
  const simulator = await startSimulator(DEMO_WORLD);
  let log: ReturnType<typeof debugLog>;
  try {
    log = debugLog(options.debugFile, simulator.key);
  } catch (error) {
    await simulator.close();
    throw error;
  }
  return {
    client: createClient({
      baseUrl: simulator.url,
      apiKey: simulator.key,
      timeoutMs: options.timeoutMs,
      onRequest: log?.onRequest,
    }),
    host: `demo ${new URL(simulator.url).host}`,
    baseUrl: simulator.url,
    secret: simulator.key,
    close: async () => {
      log?.close();
      await simulator.close();
    },
  };
}

/** How a session's client behaves: its deadline, and where to log requests (`--debug`). */
export type SessionOptions = {readonly timeoutMs?: number; readonly debugFile?: string};

/** Thrown when `--debug FILE` cannot be opened: a usage problem, not an API one. */
export class DebugLogError extends Error {
  override readonly name = 'DebugLogError';
}

function debugLog(path: string | undefined, secret: string) {
  if (path === undefined) return undefined;
  try {
    return openDebugLog(path, secret, Date.now);
  } catch (error) {
    throw new DebugLogError(error instanceof Error ? error.message : String(error));
  }
}
