import assert from 'node:assert/strict';
import {request as httpRequest, Agent} from 'node:http';
import {after, before, test} from 'node:test';
import {formatBanner, startSimulator} from '../../../source/simulator/http/server.js';
import type {Simulator} from '../../../source/simulator/http/server.js';
import {
  START,
  assertCoherentRun,
  assertNewestFirst,
  fakeClock,
} from '../../helpers/simulator-checks.js';

type Json = Record<string, unknown>;
type Page = {flow_runs: Json[]; pagination: Json};

const clock = fakeClock();
let sim: Simulator;
before(async () => {
  sim = await startSimulator({seed: 3, key: 'test-key', clock: clock.now});
});
after(() => sim.close());

async function get(path: string, key: string | null = sim.key, on: Simulator = sim) {
  const headers: Record<string, string> = key === null ? {} : {authorization: `Bearer ${key}`};
  const response = await fetch(`${on.url}${path}`, {headers});
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    body: (await response.json()) as unknown,
  };
}
const page = async (query: string) => (await get(`/v2/flows/runs${query}`)).body as Page;

test('two simulators with the same seed and clock answer identically, also after time passes', async () => {
  const shared = fakeClock();
  const [one, two] = await Promise.all(
    [1, 2].map(() => startSimulator({seed: 99, clock: shared.now, key: 'k'})),
  );
  try {
    const paths = ['/v2/flows', '/v2/flows/runs?limit=1000', '/v2/flows/runs?status=review'];
    for (const step of [0, 45_000, 600_000]) {
      shared.tick(step);
      for (const path of paths)
        assert.deepEqual(await get(path, 'k', one), await get(path, 'k', two));
    }
  } finally {
    await Promise.all([one?.close(), two?.close()]);
  }
});

test('the run list has the documented envelope, coherent runs, newest first', async () => {
  const {status, type, body} = await get('/v2/flows/runs');
  const {flow_runs: runs, pagination} = body as Page;
  assert.equal(status, 200);
  assert.equal(type, 'application/json; charset=utf-8');
  assert.deepEqual(Object.keys(body as Json), ['flow_runs', 'pagination']);
  assert.equal(runs.length, 100);
  assert.deepEqual(pagination, {
    total: sim.world.runs().length,
    limit: 100,
    offset: 0,
    next_offset: 100,
    filter: 'all',
  });
  runs.forEach(assertCoherentRun);
  assertNewestFirst(runs);
});

test('following next_offset visits every run once and ends with null', async () => {
  const seen: string[] = [];
  let offset: number | null = 0;
  let last: Json = {};
  while (offset !== null) {
    const {flow_runs: runs, pagination}: Page = await page(`?limit=70&offset=${offset}`);
    seen.push(...runs.map((run) => run.id as string));
    last = pagination;
    offset = pagination.next_offset as number | null;
  }
  const total = sim.world.runs().length;
  assert.deepEqual(
    seen,
    sim.world.runs().map((run) => run.id),
  );
  assert.equal(last.total, total);
  assert.equal(last.offset, Math.floor((total - 1) / 70) * 70);
});

test('a page that ends exactly at the total is the last one', async () => {
  const total = sim.world.runs().length;
  const {flow_runs: runs, pagination} = await page(`?offset=${total - 10}&limit=10`);
  assert.equal(runs.length, 10);
  assert.equal(pagination.next_offset, null);
  assert.equal((await page(`?offset=${total - 11}&limit=10`)).pagination.next_offset, total - 1);
});

test('an offset at or beyond the total gives an empty last page', async () => {
  const total = sim.world.runs().length;
  for (const offset of [total, total + 500]) {
    const {flow_runs: runs, pagination} = await page(`?offset=${offset}`);
    assert.deepEqual(runs, []);
    assert.deepEqual(pagination, {total, limit: 100, offset, next_offset: null, filter: 'all'});
  }
});

test('the status filter returns only that status and echoes it', async () => {
  for (const status of ['processing', 'review', 'completed', 'failed']) {
    const {flow_runs: runs, pagination} = await page(`?status=${status}&limit=1000`);
    assert.ok(runs.length > 0, status);
    assert.ok(runs.every((run) => run.status === status));
    assert.equal(pagination.filter, status);
    assert.equal(pagination.total, runs.length);
  }
});

test('the flow_id filter returns only that flow, and an unknown flow matches nothing', async () => {
  const flowId = sim.world.flows()[1]?.id ?? '';
  const {flow_runs: runs, pagination} = await page(
    `?flow_id=${flowId}&limit=1000&status=completed`,
  );
  assert.ok(
    runs.length > 0 && runs.every((run) => run.flow_id === flowId && run.status === 'completed'),
  );
  assert.equal(pagination.total, runs.length);
  assert.equal((await page('?flow_id=nope')).pagination.total, 0);
});

test('bad parameters get 400 with the documented error body', async () => {
  const cases = {
    'limit=0': 'limit',
    'limit=1001': 'limit',
    'limit=ten': 'limit',
    'limit=2.5': 'limit',
    'limit=': 'limit',
    'offset=-1': 'offset',
    'offset=1e3': 'offset',
    'status=done': 'status',
    'status=failed&status=review': 'status',
    'flow_id=': 'flow_id',
  };
  for (const [query, name] of Object.entries(cases)) {
    const {status, body} = await get(`/v2/flows/runs?${query}`);
    assert.equal(status, 400, query);
    assert.equal((body as Json).error, 'Invalid parameters');
    assert.match((body as Json).message as string, new RegExp(`^The parameter '${name}' `), query);
  }
  const {body} = await get('/v2/flows/runs?limit=1001');
  assert.deepEqual(body, {
    error: 'Invalid parameters',
    message: "The parameter 'limit' must be an integer between 1 and 1000",
  });
});

test('a run detail adds the reduced flow object of fixture 3.2', async () => {
  const listed = sim.world.runs()[5];
  const {status, body} = await get(`/v2/flows/runs/${listed?.id ?? ''}`);
  const {flow, ...run} = body as Json & {flow: Json & {steps: Json[]}};
  assert.equal(status, 200);
  assert.deepEqual(run, listed);
  assert.deepEqual(Object.keys(flow), [
    'id',
    'workspace_id',
    'name',
    'description',
    'steps',
    'active',
  ]);
  assert.equal(flow.id, listed?.flow_id);
  for (const step of flow.steps) assert.deepEqual(Object.keys(step), ['id', 'title', 'type']);
});

test('runs of an inactive flow are listed and detailed although GET /v2/flows omits the flow', async () => {
  const inactive = sim.world.flows().find((flow) => !flow.active);
  const flows = (await get('/v2/flows')).body as Json[];
  assert.ok(inactive !== undefined && flows.length === sim.world.flows().length - 1);
  assert.ok(flows.every((flow) => flow.active === true && flow.id !== inactive.id));
  assert.deepEqual(
    flows,
    sim.world.flows().filter((flow) => flow.active),
  );
  const runs = (await get(`/v2/flows/${inactive.id}/runs`)).body as Json[];
  assert.ok(runs.length > 0);
  const detail = (await get(`/v2/flows/runs/${runs[0]?.id as string}`)).body as {flow: Json};
  assert.equal(detail.flow.name, inactive.name);
  assert.equal(detail.flow.active, false);
});

test('runs by flow are a bare array of that flow, newest first', async () => {
  const flowId = sim.world.flows()[0]?.id ?? '';
  const {status, body} = await get(`/v2/flows/${flowId}/runs`);
  assert.equal(status, 200);
  assert.ok(Array.isArray(body));
  const runs = body as Json[];
  assert.deepEqual(
    runs,
    sim.world.runs().filter((run) => run.flow_id === flowId),
  );
  assertNewestFirst(runs);
});

test('unknown runs, flows and paths get 404', async () => {
  assert.deepEqual(await get('/v2/flows/runs/AAAAAAAAAAAAAAAA'), {
    status: 404,
    type: 'application/json; charset=utf-8',
    body: {error: 'Flow run not found'},
  });
  assert.deepEqual((await get('/v2/flows/AAAAAAAAAAAAAAAA/runs')).body, {error: 'Flow not found'});
  for (const path of ['/v2/flows/x', '/v1/importer', '/', '/v2/flows/runs/a/b']) {
    assert.equal((await get(path)).status, 404, path);
  }
});

test('a missing, wrong or malformed key gets 401', async () => {
  const expected = {error: 'Unauthorized', message: 'Invalid or missing API key'};
  for (const key of [null, 'wrong', '', `${sim.key}x`]) {
    const {status, body} = await get('/v2/flows/runs', key);
    assert.equal(status, 401, String(key));
    assert.deepEqual(body, expected);
  }
  const basic = await fetch(`${sim.url}/v2/flows`, {headers: {authorization: `Basic ${sim.key}`}});
  assert.equal(basic.status, 401);
  const lower = await fetch(`${sim.url}/v2/flows`, {headers: {authorization: `bearer ${sim.key}`}});
  assert.equal(lower.status, 200);
});

test('methods other than GET get 405', async () => {
  const response = await fetch(`${sim.url}/v2/flows/runs`, {
    method: 'POST',
    headers: {authorization: `Bearer ${sim.key}`},
    body: '{}',
  });
  assert.equal(response.status, 405);
  assert.equal(response.headers.get('allow'), 'GET, HEAD');
});

test('HEAD answers like GET without a body', async () => {
  const response = await fetch(`${sim.url}/v2/flows`, {
    method: 'HEAD',
    headers: {authorization: `Bearer ${sim.key}`},
  });
  assert.equal(response.status, 200);
  assert.equal(
    Number(response.headers.get('content-length')),
    JSON.stringify(sim.world.flows().filter((flow) => flow.active)).length,
  );
  assert.equal(await response.text(), '');
});

test('malformed percent-encoding gets 400 and the server keeps serving', async () => {
  const {status, body} = await get('/v2/flows/runs/%E0%A4%A');
  assert.equal(status, 400);
  assert.equal((body as Json).error, 'Invalid parameters');
  assert.equal((await get('/v2/flows/runs?status=%ZZ')).status, 400);
  assert.equal((await get('/v2/flows')).status, 200);
});

test('as the clock moves on, new runs appear at the top and in-flight runs progress', async () => {
  const local = fakeClock();
  const live = await startSimulator({seed: 5, key: 'k', clock: local.now});
  try {
    const before = (await get('/v2/flows/runs?limit=1000', 'k', live)).body as Page;
    local.tick(60 * 60_000);
    const later = (await get('/v2/flows/runs?limit=1000', 'k', live)).body as Page;
    const added = (later.pagination.total as number) - (before.pagination.total as number);
    assert.ok(added > 300, String(added));
    assert.deepEqual(later.flow_runs[added]?.id, before.flow_runs[0]?.id);
    const inFlight = before.flow_runs.filter(
      (run) => run.status === 'processing' || run.status === 'review',
    );
    const now = new Map(later.flow_runs.map((run) => [run.id, run]));
    assert.ok(
      inFlight.length > 0 && inFlight.every((run) => now.get(run.id)?.status !== run.status),
    );
    assert.ok((later.flow_runs[0]?.created_at as number) * 1000 > START + 50 * 60_000);
  } finally {
    await live.close();
  }
});

test('a frozen simulator never moves on', async () => {
  const local = fakeClock();
  const frozen = await startSimulator({seed: 5, key: 'k', clock: local.now, live: false});
  try {
    const before = await get('/v2/flows/runs?limit=1000', 'k', frozen);
    local.tick(60 * 60_000);
    frozen.world.advance(60_000);
    assert.deepEqual(await get('/v2/flows/runs?limit=1000', 'k', frozen), before);
  } finally {
    await frozen.close();
  }
});

test('close resolves promptly while an idle keep-alive connection is open', async () => {
  const local = await startSimulator({seed: 1});
  const agent = new Agent({keepAlive: true});
  const status = await new Promise<number | undefined>((resolve, reject) => {
    const req = httpRequest(
      `${local.url}/v2/flows`,
      {agent, headers: {authorization: `Bearer ${local.key}`}},
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode));
      },
    );
    req.on('error', reject);
    req.end();
  });
  assert.equal(status, 200);
  assert.equal(Object.values(agent.freeSockets).flat().length, 1);
  const began = performance.now();
  await local.close();
  assert.ok(performance.now() - began < 500);
  agent.destroy();
});

test('a generated key looks like sim_ and hex, and is accepted', async () => {
  const local = await startSimulator({seed: 1});
  try {
    assert.match(local.key, /^sim_[0-9a-f]{32}$/);
    assert.match(local.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.equal((await get('/v2/flows', local.key, local)).status, 200);
  } finally {
    await local.close();
  }
});

test('the banner shows the URL, the key, an env line and a curl line', () => {
  const lines = formatBanner({
    url: 'http://127.0.0.1:4000',
    key: 'sim_abc',
    seed: 7,
    live: true,
    meanArrivalMs: 6500,
  });
  const text = lines.join('\n');
  assert.ok(text.includes('http://127.0.0.1:4000'));
  assert.ok(
    lines.some(
      (line) =>
        line.trim() ===
        'TABLEFLOW_BASE_URL=http://127.0.0.1:4000 TABLEFLOW_API_KEY=sim_abc tableflow-runs',
    ),
  );
  assert.ok(
    lines.some((line) =>
      line
        .trim()
        .startsWith("curl -H 'Authorization: Bearer sim_abc' 'http://127.0.0.1:4000/v2/flows/runs"),
    ),
  );
  assert.ok(text.includes('seed') && text.includes('7'));
});
