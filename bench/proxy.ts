// A counting HTTP proxy in front of the simulator: how many list requests the app makes
// and how many are ever in flight at once, measured where the server sees them. It can
// also rewrite list replies, so one chosen row changes on every refresh.
import {createServer, request as forward} from 'node:http';
import type {AddressInfo} from 'node:net';

/** A running proxy. */
export type Proxy = {
  readonly url: string;
  /** Requests for the page on screen: `GET /v2/flows/runs` with the page's limit. */
  readonly pageRequests: () => number;
  /** Every API request (the header's counts and the flow names included). */
  readonly allRequests: () => number;
  /** The most API requests ever in flight at the same time. */
  readonly maxConcurrent: () => number;
  readonly reset: () => void;
  readonly close: () => Promise<void>;
};

/** Rewrites the JSON body of a page reply; `n` counts the page requests so far. */
export type Rewrite = (body: {flow_runs: Record<string, unknown>[]}, n: number) => void;

const isList = (path: string): boolean => /^\/v2\/flows\/runs(\?|$)/.test(path);
// The explorer's page is 50 runs unless --limit says otherwise; the header's counts ask
// for one.
const isPage = (path: string): boolean => isList(path) && /[?&]limit=50(&|$)/.test(path);

/** Starts a proxy to `target` (an origin such as http://127.0.0.1:1234). */
export async function startProxy(target: string, rewrite?: Rewrite): Promise<Proxy> {
  const origin = new URL(target);
  let pages = 0;
  let all = 0;
  let inFlight = 0;
  let most = 0;
  const server = createServer((incoming, outgoing) => {
    const path = incoming.url ?? '';
    const list = incoming.method === 'GET' && isList(path);
    const page = list && isPage(path);
    all += 1;
    if (page) pages += 1;
    inFlight += 1;
    most = Math.max(most, inFlight);
    const n = pages;
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
          if (page && rewrite !== undefined && reply.statusCode === 200) {
            const parsed = JSON.parse(body.toString()) as {flow_runs: Record<string, unknown>[]};
            rewrite(parsed, n);
            body = Buffer.from(JSON.stringify(parsed));
          }
          const headers = {...reply.headers, 'content-length': String(body.length)};
          delete headers['transfer-encoding'];
          outgoing.writeHead(reply.statusCode ?? 502, headers);
          outgoing.end(body);
          inFlight -= 1;
        });
      },
    );
    upstream.on('error', () => {
      inFlight -= 1;
      outgoing.destroy();
    });
    incoming.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    pageRequests: () => pages,
    allRequests: () => all,
    maxConcurrent: () => most,
    reset: () => {
      pages = 0;
      all = 0;
      most = inFlight;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
