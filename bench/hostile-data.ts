// What an attacker's server can send within the 20 MB a response may have: 100,000 flows,
// and a page of 1,000 runs, each longer than every cap of the detail (metadata, status
// history, Drive files). Built as strings, once, and served on 127.0.0.1 by a plain
// node:http server, so the bench reads what the built CLI does with them.
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';

/** Flows in the `/v2/flows` answer. */
export const FLOW_COUNT = 100_000;
/** Runs in the page. */
export const PAGE_RUNS = 1000;
// One more than each display cap (source/tui/views/detail-caps.ts), so every cap is hit.
const HISTORY = 201;
const DRIVE_FILES = 51;
const LIST = 101;

const START = 1_764_400_000;
const STATUSES = ['completed', 'processing', 'review', 'failed'] as const;

/** Flow ids are `F` and 15 digits; names are shuffled so the picker has to sort them. */
export const flowId = (index: number): string => `F${String(index).padStart(15, '0')}`;

/** The `/v2/flows` body: FLOW_COUNT small flows, about 6 MB. */
export function flowsBody(): string {
  const parts: string[] = [];
  for (let index = 0; index < FLOW_COUNT; index++) {
    const name = `Flow ${String((index * 7919) % FLOW_COUNT).padStart(5, '0')}`;
    parts.push(`{"id":"${flowId(index)}","name":"${name}","active":true}`);
  }
  return `[${parts.join(',')}]`;
}

/** The id of the page's run number `index`. */
export const runId = (index: number): string => `R${String(index).padStart(15, '0')}`;

function run(index: number): string {
  const status = STATUSES[index % STATUSES.length] ?? 'completed';
  const start = START - index * 60;
  const history: string[] = [];
  for (let step = 0; step < HISTORY - 1; step++)
    history.push(
      `{"status":"${step % 2 === 0 ? 'processing' : 'review'}","time":${start + step},"message":"s"}`,
    );
  history.push(`{"status":"${status}","time":${start + HISTORY},"message":"last"}`);
  const drive: string[] = [];
  for (let file = 0; file < DRIVE_FILES; file++)
    drive.push(
      `"e${file}":{"file_id":"D${file}","mime_type":"application/vnd.google-apps.spreadsheet","sheets":[{"sheet_id":0,"title":"S"}]}`,
    );
  const list = Array.from({length: LIST}, (_, item) => item).join(',');
  const finished = status === 'completed' || status === 'failed';
  return [
    `{"id":"${runId(index)}","flow_id":"${flowId(index % 50)}","status":"${status}"`,
    `"status_history":[${history.join(',')}]`,
    `"error":${status === 'failed' ? '"Verification failed"' : 'null'}`,
    `"metadata":{"customer_id":"C${index}","list":[${list}],"tags":[${list}],"lines":[${list}]}`,
    `"trigger_method":"api","start_time":${start},"end_time":${finished ? start + HISTORY : 'null'}`,
    `"duration":${finished ? HISTORY * 1000 : 0},"drive_files":{${drive.join(',')}}`,
    `"created_at":${start},"updated_at":${start + HISTORY}}`,
  ].join(',');
}

/** Bodies for `GET /v2/flows/runs`: a page, the one-run answer for the header's counts. */
export type PageBodies = {
  readonly page: string;
  readonly count: string;
  readonly runs: readonly string[];
};

/** A page of `count` runs (PAGE_RUNS by default), and the answers that go with it. */
export function pageBodies(count = PAGE_RUNS): PageBodies {
  const runs = Array.from({length: count}, (_, index) => run(index));
  const pagination = (limit: number) =>
    `"pagination":{"total":${count},"limit":${limit},"offset":0,"next_offset":null,"filter":"all"}`;
  return {
    page: `{"flow_runs":[${runs.join(',')}],${pagination(count)}}`,
    count: `{"flow_runs":[${runs[0] ?? ''}],${pagination(1)}}`,
    runs,
  };
}

/** A running hostile server. */
export type HostileServer = {readonly url: string; readonly close: () => Promise<void>};

/** Serves `flows` at `/v2/flows`, and the page, its counts and its runs. */
export async function startHostileServer(options: {
  readonly flows: string;
  readonly bodies: PageBodies;
}): Promise<HostileServer> {
  const {flows, bodies} = options;
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const send = (body: string, status = 200): void => {
      response.writeHead(status, {'content-type': 'application/json'});
      response.end(body);
    };
    if (url.pathname === '/v2/flows') return send(flows);
    if (url.pathname === '/v2/flows/runs')
      return send(url.searchParams.get('limit') === '1' ? bodies.count : bodies.page);
    const match = /^\/v2\/flows\/runs\/R(\d+)$/.exec(url.pathname);
    const body = match === null ? undefined : bodies.runs[Number(match[1])];
    return body === undefined ? send('{"error":"Not found"}', 404) : send(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
