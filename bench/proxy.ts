// A counting HTTP proxy in front of the simulator: how many list requests the app makes
// and how many are ever in flight at once, measured where the server sees them. It can
// also rewrite list replies, so one chosen row changes on every refresh.
import {createServer, request as forward} from 'node:http';
import type {AddressInfo} from 'node:net';

/** A running proxy. */
export type Proxy = {
  readonly url: string;
  /** List requests (`GET /v2/flows/runs`) answered or in flight. */
  readonly listRequests: () => number;
  /** The most list requests ever in flight at the same time. */
  readonly maxConcurrent: () => number;
  readonly reset: () => void;
  readonly close: () => Promise<void>;
};

/** Rewrites the JSON body of a list reply; `n` counts the list replies so far. */
export type Rewrite = (body: {flow_runs: Record<string, unknown>[]}, n: number) => void;

const isList = (path: string): boolean => /^\/v2\/flows\/runs(\?|$)/.test(path);

/** Starts a proxy to `target` (an origin such as http://127.0.0.1:1234). */
export async function startProxy(target: string, rewrite?: Rewrite): Promise<Proxy> {
  const origin = new URL(target);
  let count = 0;
  let inFlight = 0;
  let most = 0;
  const server = createServer((incoming, outgoing) => {
    const list = incoming.method === 'GET' && isList(incoming.url ?? '');
    if (list) {
      count += 1;
      inFlight += 1;
      most = Math.max(most, inFlight);
    }
    const n = count;
    const upstream = forward(
      {
        host: origin.hostname,
        port: origin.port,
        path: incoming.url,
        method: incoming.method,
        headers: incoming.headers,
      },
      (reply) => {
        const chunks: Buffer[] = [];
        reply.on('data', (chunk: Buffer) => chunks.push(chunk));
        reply.on('end', () => {
          let body = Buffer.concat(chunks);
          if (list && rewrite !== undefined && reply.statusCode === 200) {
            const parsed = JSON.parse(body.toString()) as {flow_runs: Record<string, unknown>[]};
            rewrite(parsed, n);
            body = Buffer.from(JSON.stringify(parsed));
          }
          const headers = {...reply.headers, 'content-length': String(body.length)};
          delete headers['transfer-encoding'];
          outgoing.writeHead(reply.statusCode ?? 502, headers);
          outgoing.end(body);
          if (list) inFlight -= 1;
        });
      },
    );
    upstream.on('error', () => {
      if (list) inFlight -= 1;
      outgoing.destroy();
    });
    incoming.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    listRequests: () => count,
    maxConcurrent: () => most,
    reset: () => {
      count = 0;
      most = inFlight;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
