import assert from 'node:assert/strict';
import {after, before, beforeEach, test} from 'node:test';
import {createClient} from '../../../source/api/client.js';
import {chaosFault} from '../../../source/simulator/faults/chaos.js';
import {
  HUGE_PAGE_SIZE,
  LONG_HISTORY_LENGTH,
  UNKNOWN_STATUS,
} from '../../../source/simulator/faults/bad-data.js';
import {
  DEEP_RUN_LEVELS,
  HUGE_RUN_ITEMS,
  MANY_FLOWS,
} from '../../../source/simulator/faults/scale.js';
import {startSimulator, type Simulator} from '../../../source/simulator/http/server.js';

let sim: Simulator;
before(async () => {
  sim = await startSimulator({seed: 11, key: 'k', live: false});
});
beforeEach(() => sim.faults.set(null));
after(() => sim.close());

type WirePage = {
  flow_runs: Record<string, unknown>[];
  pagination: Record<string, unknown>;
};
const get = async (path: string): Promise<unknown> =>
  (await fetch(`${sim.url}${path}`, {headers: {authorization: 'Bearer k'}})).json();
const page = async (): Promise<WirePage> => (await get('/v2/flows/runs?limit=5')) as WirePage;
const firstId = (): string => sim.world.runs()[0]?.id ?? '';

test('absurd mode sends times past 2999 and before 1970, negative and huge durations, a negative total', async () => {
  sim.faults.set({mode: 'absurd', remaining: null});
  const {flow_runs: runs, pagination} = await page();
  assert.equal(runs[0]?.start_time, 32_503_593_600);
  assert.equal(runs[1]?.start_time, -1);
  assert.equal(runs[0]?.duration, Number.MAX_SAFE_INTEGER);
  assert.equal(runs[1]?.duration, -5000);
  assert.equal(pagination.total, -7);
});

test('long-history mode gives a run 5,000 status-history entries', async () => {
  sim.faults.set({mode: 'long-history', remaining: null});
  const run = (await get(`/v2/flows/runs/${firstId()}`)) as {status_history: unknown[]};
  assert.equal(run.status_history.length, LONG_HISTORY_LENGTH);
});

test('wrong-types mode breaks three runs of a page in three ways and leaves the rest alone', async () => {
  sim.faults.set({mode: 'wrong-types', remaining: null});
  const {flow_runs: runs, pagination} = await page();
  assert.equal(runs[0]?.status, UNKNOWN_STATUS);
  assert.equal(runs[1]?.flow_id, undefined);
  assert.equal(runs[2]?.id, 12_345);
  assert.equal(typeof runs[3]?.id, 'string');
  assert.equal(pagination.total, 'many');
});

test('huge-page mode answers 1,000 runs with distinct ids whatever the limit', async () => {
  sim.faults.set({mode: 'huge-page', remaining: null});
  const {flow_runs: runs} = await page();
  assert.equal(runs.length, HUGE_PAGE_SIZE);
  assert.equal(new Set(runs.map((run) => run.id)).size, HUGE_PAGE_SIZE);
});

test('many-flows mode adds 100,000 flows to GET /v2/flows and leaves the runs alone', async () => {
  const own = ((await get('/v2/flows')) as unknown[]).length;
  sim.faults.set({mode: 'many-flows', remaining: null});
  const flows = (await get('/v2/flows')) as {id: string; name: string}[];
  assert.equal(flows.length, own + MANY_FLOWS);
  assert.equal(new Set(flows.map((flow) => flow.id)).size, own + MANY_FLOWS);
  assert.equal((await page()).flow_runs.length, 5);
});

test('huge-run mode gives the first run of a page, and a detail, a 130,000-item metadata array', async () => {
  sim.faults.set({mode: 'huge-run', remaining: null});
  const [first, second] = (await page()).flow_runs as {metadata: {list?: unknown[]}}[];
  assert.equal(first?.metadata.list?.length, HUGE_RUN_ITEMS);
  assert.equal(second?.metadata.list, undefined);
  const detail = (await get(`/v2/flows/runs/${firstId()}`)) as {metadata: {list: unknown[]}};
  assert.equal(detail.metadata.list.length, HUGE_RUN_ITEMS);
});

test('deep-run mode nests the error of the second run of a page 10,000 levels deep', async () => {
  sim.faults.set({mode: 'deep-run', remaining: null});
  const body = await (
    await fetch(`${sim.url}/v2/flows/runs?limit=5`, {headers: {authorization: 'Bearer k'}})
  ).text();
  const {flow_runs: runs} = JSON.parse(body) as {flow_runs: {error: unknown}[]};
  let depth = 0;
  for (let error = runs[1]?.error; typeof error === 'object' && error !== null; depth++)
    error = (error as {error: unknown}).error;
  assert.equal(depth, DEEP_RUN_LEVELS);
  assert.equal(typeof runs[0]?.error === 'object' && runs[0]?.error !== null, false);
});

test('the client keeps the good runs of a wrong-types page and names what is wrong', async () => {
  sim.faults.set({mode: 'wrong-types', remaining: null});
  const client = createClient({baseUrl: sim.url, apiKey: 'k'});
  const result = await client.listRuns({limit: 5, offset: 0});
  assert.ok(result.runs.length >= 2, 'the well-formed runs are kept');
  assert.ok((result.problems ?? []).length >= 1, 'the malformed ones are reported');
});

test('the request counter sees two requests in flight when a client sends them together', async () => {
  sim.faults.set({mode: 'hang', remaining: 2});
  await fetch(`${sim.url}/__sim/stats`, {method: 'DELETE', headers: {authorization: 'Bearer k'}});
  const aborts = [new AbortController(), new AbortController()];
  const hanging = aborts.map((abort) =>
    fetch(`${sim.url}/v2/flows`, {
      headers: {authorization: 'Bearer k'},
      signal: abort.signal,
    }).catch(() => undefined),
  );
  for (let wait = 0; wait < 100 && sim.stats().inFlight < 2; wait++)
    await new Promise((resolve) => setTimeout(resolve, 10));
  assert.equal(sim.stats().maxInFlight, 2);
  for (const abort of aborts) abort.abort();
  await Promise.all(hanging);
  for (let wait = 0; wait < 100 && sim.stats().inFlight > 0; wait++)
    await new Promise((resolve) => setTimeout(resolve, 10));
  const stats = (await get('/__sim/stats')) as {inFlight: number; requests: number};
  assert.equal(stats.inFlight, 0);
  assert.equal(stats.requests, 2);
});

test('the chaos schedule alternates healthy periods with each fault mode in turn', () => {
  const options = {periodMs: 1000, modes: ['server-error', 'hang'] as const};
  const seen = [0, 999, 1000, 2500, 3000, 5000, 6999].map((ms) => chaosFault(ms, options));
  assert.deepEqual(seen, [null, null, 'server-error', null, 'hang', 'server-error', null]);
});
