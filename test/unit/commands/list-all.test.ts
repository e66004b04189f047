// list --all's pagination loop over real HTTP, against a scripted server that pages,
// shifts, stalls and fails the ways the contract warns about.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {createClient} from '../../../source/api/client.js';
import {toWireRun} from '../../../source/api/to-wire.js';
import {fetchAllRuns} from '../../../source/commands/list/list-all.js';
import type {TableFlowClient} from '../../../source/domain/run.js';
import {makeRuns} from '../../helpers/runs.js';
import {
  startServer,
  type Recorded,
  type Reply,
  type TestServer,
} from '../../helpers/test-server.js';

const RUNS = makeRuns(25).map(toWireRun);
let server: TestServer;
before(async () => {
  server = await startServer();
});
after(() => server.close());

// A server paging RUNS honestly; `tweak` may change any page.
function paging(
  tweak: (page: Record<string, unknown>, offset: number) => Reply | null = () => null,
) {
  return (request: Recorded): Reply => {
    const offset = Number(request.query.get('offset') ?? 0);
    const limit = Number(request.query.get('limit') ?? 100);
    const rows = RUNS.slice(offset, offset + limit);
    const next = offset + limit < RUNS.length ? offset + limit : null;
    const page = {
      flow_runs: rows,
      pagination: {total: RUNS.length, limit, offset, next_offset: next, filter: 'all'},
    };
    return tweak(page, offset) ?? {body: page};
  };
}

const client = () => createClient({baseUrl: server.url, apiKey: 'tf_test_key'});
const waits: number[] = [];
const options = {
  status: undefined,
  flowId: undefined,
  limit: 10,
  max: 10_000,
  sleep: async (ms: number) => void waits.push(ms),
};

test('every page is fetched by following next_offset', async () => {
  server.reply(paging());
  server.requests.length = 0;
  const all = await fetchAllRuns(client(), options);
  assert.equal(all.runs.length, 25);
  assert.equal(all.stop, 'end');
  assert.deepEqual(
    server.requests.map((r) => r.query.get('offset')),
    ['0', '10', '20'],
  );
});

test('runs repeated by a shifting page are kept once', async () => {
  // Three new runs arrive after page one: every later page starts three runs earlier.
  server.reply((request) => {
    const offset = Number(request.query.get('offset'));
    const start = offset === 0 ? 0 : offset - 3;
    const next = offset + 10 < RUNS.length + 3 ? offset + 10 : null;
    return {
      body: {
        flow_runs: RUNS.slice(start, start + 10),
        pagination: {total: RUNS.length + 3, limit: 10, offset, next_offset: next, filter: 'all'},
      },
    };
  });
  const all = await fetchAllRuns(client(), options);
  assert.equal(new Set(all.runs.map((r) => r.id)).size, all.runs.length);
  assert.equal(all.runs.length, 25);
});

test('a next_offset that does not advance is never followed', async () => {
  server.reply(
    paging((page, offset) => ({
      body: {...page, pagination: {...(page.pagination as object), next_offset: offset}},
    })),
  );
  server.requests.length = 0;
  const all = await fetchAllRuns(client(), options);
  assert.equal(all.runs.length, 25);
  assert.deepEqual(
    server.requests.map((r) => r.query.get('offset')),
    ['0', '10', '20'],
  );
});

test('a client that hands back a non-advancing next_offset stops the loop', async () => {
  const [run] = makeRuns(1);
  assert.ok(run);
  let calls = 0;
  const stuck: TableFlowClient = {
    listRuns: async (query) => {
      calls += 1;
      return {
        runs: [run],
        pagination: {
          total: 99,
          limit: 10,
          offset: query.offset,
          nextOffset: query.offset,
          filter: null,
        },
      };
    },
    getRun: () => Promise.reject(new Error('unused')),
    listFlows: async () => [],
    listFlowRuns: async () => [],
  };
  const all = await fetchAllRuns(stuck, options);
  assert.equal(all.stop, 'bad-next-offset');
  assert.equal(all.reason, "the server's next_offset (0) does not move past 0");
  assert.equal(calls, 1);
});

test('an empty page stops the loop even when next_offset goes on', async () => {
  server.reply(
    paging((page, offset) =>
      offset >= 20
        ? {
            body: {
              ...page,
              flow_runs: [],
              pagination: {...(page.pagination as object), next_offset: offset + 10},
            },
          }
        : null,
    ),
  );
  const all = await fetchAllRuns(client(), options);
  assert.equal(all.stop, 'empty');
  assert.equal(all.runs.length, 20);
});

test('the cap stops the loop and asks for no more than it needs', async () => {
  server.reply(paging());
  server.requests.length = 0;
  const all = await fetchAllRuns(client(), {...options, max: 15});
  assert.equal(all.runs.length, 15);
  assert.equal(all.stop, 'max');
  assert.deepEqual(
    server.requests.map((r) => r.query.get('limit')),
    ['10', '5'],
  );
});

test('a rate-limited page is retried after Retry-After; auth failures are not retried', async () => {
  let refused = false;
  server.reply(
    paging((_page, offset) => {
      if (offset !== 10 || refused) return null;
      refused = true;
      return {status: 429, headers: {'retry-after': '2'}, body: {error: 'Too many requests'}};
    }),
  );
  waits.length = 0;
  assert.equal((await fetchAllRuns(client(), options)).runs.length, 25);
  assert.deepEqual(waits, [2000]);
  server.reply({status: 401, body: {error: 'Unauthorized'}});
  waits.length = 0;
  const unauthorized = await fetchAllRuns(client(), options);
  assert.equal(unauthorized.stop, 'failed');
  assert.match(unauthorized.reason ?? '', /^HTTP 401 /);
  assert.deepEqual(waits, []);
});

test('progress is reported after each page', async () => {
  server.reply(paging());
  const seen: [number, number][] = [];
  await fetchAllRuns(client(), {...options, onProgress: (n, total) => seen.push([n, total])});
  assert.deepEqual(seen, [
    [10, 25],
    [20, 25],
    [25, 25],
  ]);
});
