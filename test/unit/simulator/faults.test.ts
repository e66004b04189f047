import assert from 'node:assert/strict';
import {request as httpRequest} from 'node:http';
import {after, before, beforeEach, test} from 'node:test';
import {formatBanner, startSimulator} from '../../../source/simulator/http/server.js';
import type {Simulator} from '../../../source/simulator/http/server.js';
import {fakeClock} from '../../helpers/simulator-checks.js';

const clock = fakeClock();
let sim: Simulator;
before(async () => {
  sim = await startSimulator({seed: 4, key: 'k', clock: clock.now});
});
beforeEach(() => sim.faults.set(null));
after(() => sim.close());

const auth = {authorization: 'Bearer k'};
const api = (path = '/v2/flows/runs?limit=5') => fetch(`${sim.url}${path}`, {headers: auth});
const control = (path: string, method: string, body?: unknown, key = 'k') =>
  fetch(`${sim.url}${path}`, {
    method,
    headers: {authorization: `Bearer ${key}`},
    body: body === undefined ? undefined : JSON.stringify(body),
  });

test('status faults answer with their status and a JSON error body', async () => {
  const expected = {
    unauthorized: 401,
    forbidden: 403,
    'not-found': 404,
    'rate-limited': 429,
    'server-error': 500,
    unavailable: 503,
  } as const;
  for (const [mode, status] of Object.entries(expected)) {
    assert.equal((await control('/__sim/fault', 'POST', {mode})).status, 200);
    const response = await api();
    assert.equal(response.status, status, mode);
    assert.equal(typeof ((await response.json()) as {error: unknown}).error, 'string');
  }
});

test('rate limiting and unavailability say when to come back', async () => {
  sim.faults.set({mode: 'rate-limited', remaining: null});
  assert.equal((await api()).headers.get('retry-after'), '2');
  sim.faults.set({mode: 'unavailable', remaining: null});
  assert.equal((await api()).headers.get('retry-after'), '5');
});

test('a counted fault hits exactly that many requests, then the API is back', async () => {
  await control('/__sim/fault', 'POST', {mode: 'server-error', count: 2});
  const statuses = [];
  for (let index = 0; index < 3; index++) statuses.push((await api()).status);
  assert.deepEqual(statuses, [500, 500, 200]);
  assert.deepEqual(await (await control('/__sim/fault', 'GET')).json(), {
    fault: null,
    modes: [
      'unauthorized',
      'forbidden',
      'not-found',
      'rate-limited',
      'server-error',
      'bad-gateway',
      'unavailable',
      'hang',
      'html',
      'truncated',
      'disconnect',
      'hostile',
      'disputed-width',
      'absurd',
      'long-history',
      'wrong-types',
      'huge-page',
      'many-flows',
      'huge-run',
      'deep-run',
    ],
  });
});

test('html faults answer with a page instead of JSON', async () => {
  sim.faults.set({mode: 'bad-gateway', remaining: null});
  const gateway = await api();
  assert.equal(gateway.status, 502);
  assert.match(gateway.headers.get('content-type') ?? '', /^text\/html/);
  assert.match(await gateway.text(), /502 Bad Gateway/);
  sim.faults.set({mode: 'html', remaining: null});
  const portal = await api();
  assert.equal(portal.status, 200);
  assert.match(await portal.text(), /^<!DOCTYPE html>/);
});

test('a truncated body is cut JSON with a consistent length', async () => {
  sim.faults.set({mode: 'truncated', remaining: 1});
  const response = await api();
  const text = await response.text();
  assert.equal(response.status, 200);
  assert.equal(Number(response.headers.get('content-length')), Buffer.byteLength(text));
  assert.throws(() => JSON.parse(text) as unknown, SyntaxError);
  assert.ok(text.startsWith('{"flow_runs":['));
});

test('a disconnect drops the connection in the middle of the body', async () => {
  sim.faults.set({mode: 'disconnect', remaining: 1});
  await assert.rejects(async () => (await api()).text());
  assert.equal((await api()).status, 200);
});

test('a hang never answers, and close() still returns promptly', async () => {
  const local = await startSimulator({seed: 4, key: 'k', fault: {mode: 'hang', remaining: null}});
  const outcome = new Promise<string>((resolve) => {
    const req = httpRequest(`${local.url}/v2/flows`, {headers: auth}, () => resolve('answered'));
    req.on('error', (error) => resolve(`error ${error.message}`));
    req.end();
  });
  const early = await Promise.race([
    outcome,
    new Promise((resolve) => setTimeout(resolve, 150, 'waiting')),
  ]);
  assert.equal(early, 'waiting');
  const began = performance.now();
  await local.close();
  assert.ok(performance.now() - began < 500);
  assert.match(await outcome, /^error /);
});

test('hostile mode plants escape sequences in valid JSON runs', async () => {
  sim.faults.set({mode: 'hostile', remaining: null});
  const body = (await (await api('/v2/flows/runs?status=failed&limit=3')).json()) as {
    flow_runs: {metadata: Record<string, string>; error: string}[];
  };
  const run = body.flow_runs[0];
  assert.ok(run !== undefined);
  assert.ok(Object.values(run.metadata).some((value) => value.includes('\u001b]52;')));
  assert.ok(Object.keys(run.metadata).some((key) => key.includes('\u001b[')));
  assert.match(run.error, /\u001b\[31m/);
  const flows: unknown = await (await api('/v2/flows')).json();
  assert.match(JSON.stringify(flows), /\\u001b\]0;owned/);
});

test('control requests need the key and reject unknown modes and counts', async () => {
  assert.equal((await control('/__sim/fault', 'POST', {mode: 'hang'}, 'wrong')).status, 401);
  const unknown = await control('/__sim/fault', 'POST', {mode: 'explode'});
  assert.equal(unknown.status, 400);
  assert.match(
    ((await unknown.json()) as {message: string}).message,
    /'mode' must be one of none, /,
  );
  assert.equal((await control('/__sim/fault', 'POST', {mode: 'hang', count: 0})).status, 400);
  assert.equal((await control('/__sim/fault', 'POST', 'not an object')).status, 400);
  assert.equal((await control('/__sim/fault', 'PUT', {})).status, 405);
  assert.equal((await control('/__sim/nothing', 'GET')).status, 404);
  assert.equal(sim.faults.current(), null);
});

test('faults never apply to the control endpoint, so they can always be cleared', async () => {
  await control('/__sim/fault', 'POST', {mode: 'unauthorized'});
  assert.equal((await api()).status, 401);
  assert.equal((await control('/__sim/fault', 'DELETE')).status, 200);
  assert.equal((await api()).status, 200);
  await control('/__sim/fault', 'POST', {mode: 'server-error'});
  assert.deepEqual(await (await control('/__sim/fault', 'POST', {mode: 'none'})).json(), {
    fault: null,
  });
  assert.equal((await api()).status, 200);
});

test('the advance endpoint moves simulated time and the world with it', async () => {
  const total = async () =>
    ((await (await api('/v2/flows/runs?limit=1')).json()) as {pagination: {total: number}})
      .pagination.total;
  const before = await total();
  const response = await control('/__sim/advance', 'POST', {ms: 600_000});
  assert.equal(response.status, 200);
  assert.equal(((await response.json()) as {now: number}).now, sim.world.now());
  assert.ok((await total()) > before + 50);
  assert.equal((await control('/__sim/advance', 'POST', {ms: -5})).status, 400);
});

test('the banner names the active fault and how to switch faults', () => {
  sim.faults.set({mode: 'rate-limited', remaining: 3});
  const lines = formatBanner(sim);
  assert.ok(lines.some((line) => line.trim() === 'fault         rate-limited (next 3 requests)'));
  assert.ok(lines.some((line) => line.includes(`'${sim.url}/__sim/fault'`)));
});
