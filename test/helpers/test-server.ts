// A real HTTP server on 127.0.0.1 (port 0) that tests script per request and that records
// what it received, so client tests exercise axios for real instead of mocking it.
import {createServer, type IncomingHttpHeaders, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import {after, before, beforeEach} from 'node:test';

/** One scripted answer. `body` objects are sent as JSON. */
export type Reply = {
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  /** Wait this long before answering. */
  readonly delayMs?: number;
  /** Never answer (for timeouts and aborts). */
  readonly hang?: boolean;
  /** Drop the connection without an answer. */
  readonly destroy?: boolean;
  /** Send the headers, then the body one character every this many ms. */
  readonly trickleMs?: number;
};

/** What the server saw. */
export type Recorded = {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
};

/** A running scripted server. */
export type TestServer = {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  readonly requests: Recorded[];
  /** Sets the answer for the following requests. */
  reply: (next: Reply | ((request: Recorded) => Reply)) => void;
  close: () => Promise<void>;
};

function send(res: ServerResponse, reply: Reply, timers: Set<NodeJS.Timeout>): void {
  if (reply.destroy) {
    res.socket?.destroy();
    return;
  }
  const body =
    reply.body === undefined
      ? ''
      : typeof reply.body === 'string'
        ? reply.body
        : JSON.stringify(reply.body);
  const contentType = typeof reply.body === 'string' ? 'text/plain' : 'application/json';
  res.writeHead(reply.status ?? 200, {'content-type': contentType, ...reply.headers});
  if (reply.trickleMs === undefined) {
    res.end(body);
    return;
  }
  res.flushHeaders();
  let index = 0;
  const step = (): void => {
    if (index >= body.length || res.destroyed) {
      res.end();
      return;
    }
    res.write(body[index++]);
    const timer = setTimeout(() => {
      timers.delete(timer);
      step();
    }, reply.trickleMs);
    timers.add(timer);
  };
  step();
}

/** Starts a server answering with `initial` (default: 200 `[]`) until told otherwise. */
export async function startServer(
  initial: Reply | ((request: Recorded) => Reply) = {body: []},
): Promise<TestServer> {
  let script = initial;
  const requests: Recorded[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const recorded: Recorded = {
      method: req.method ?? '',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
    };
    requests.push(recorded);
    const reply = typeof script === 'function' ? script(recorded) : script;
    if (reply.hang) return;
    if (!reply.delayMs) {
      send(res, reply, timers);
      return;
    }
    const timer = setTimeout(() => {
      timers.delete(timer);
      send(res, reply, timers);
    }, reply.delayMs);
    timers.add(timer);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    reply: (next) => {
      script = next;
    },
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * One scripted server for the calling test file: started before its tests, closed after
 * them, its request log cleared before each; `onStart` receives it.
 */
export function scriptedServerForFile(onStart: (server: TestServer) => void): void {
  let server: TestServer | undefined;
  before(async () => {
    server = await startServer();
    onStart(server);
  });
  after(async () => {
    await server?.close();
  });
  beforeEach(() => {
    if (server !== undefined) server.requests.length = 0;
  });
}
