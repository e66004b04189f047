// Turns a parsed Connection into a client: either the real API, or (for --demo) a
// simulator started in this process and spoken to over real HTTP with its generated key,
// so the demo exercises exactly the code paths a real workspace does.

import {createClient} from '../api/client.js';
import type {TableFlowClient} from '../domain.js';
import type {Connection} from './connection.js';
import {startSimulator} from '../simulator/server.js';

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
  options: {readonly timeoutMs?: number} = {},
): Promise<Session> {
  if (connection.kind === 'api') {
    return {
      client: createClient({
        baseUrl: connection.baseUrl,
        apiKey: connection.apiKey,
        timeoutMs: options.timeoutMs,
      }),
      host: new URL(connection.baseUrl).host,
      baseUrl: connection.baseUrl,
      secret: connection.apiKey,
      close: async () => {},
    };
  }
  const simulator = await startSimulator({});
  return {
    client: createClient({
      baseUrl: simulator.url,
      apiKey: simulator.key,
      timeoutMs: options.timeoutMs,
    }),
    host: `demo ${new URL(simulator.url).host}`,
    baseUrl: simulator.url,
    secret: simulator.key,
    close: () => simulator.close(),
  };
}
