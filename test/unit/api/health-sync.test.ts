import {after, before, beforeEach, test} from 'node:test';
import assert from 'node:assert/strict';
import {createClient} from '../../../source/api/client.js';
import {syncHealth, type SyncOptions} from '../../../source/api/health-sync.js';
import {isTruncated, type HealthData} from '../../../source/domain/health-data.js';
import type {Run} from '../../../source/domain/run.js';
import {makeRun, NOW} from '../../helpers/runs.js';
import {startRunsServer, type RunsServer} from '../../helpers/runs-server.js';

// Real HTTP against a scripted workspace: what the first load and each refresh ask for,
// read from the server's request log.

const MINUTE = 60_000;
let server: RunsServer;

// 3,500 finished runs a minute apart, newest first; the three newest are in flight.
function workspace(): Run[] {
  return Array.from({length: 3500}, (_, index) =>
    makeRun({
      id: `run${String(index).padStart(5, '0')}`,
      status: index < 3 ? 'processing' : index % 10 === 0 ? 'failed' : 'completed',
      startedAt: NOW - (index + 1) * MINUTE,
    }),
  );
}

before(async () => {
  server = await startRunsServer(workspace());
});
after(async () => {
  await server.close();
});
beforeEach(() => {
  server.runs = workspace();
  server.requests.length = 0;
});

const client = () => createClient({baseUrl: server.url, apiKey: 'tf_test_key'});
// Runs created in the last 2,600 minutes: the pass must reach run 2599.
const options = (extra: Partial<SyncOptions> = {}): SyncOptions => ({
  since: NOW - 2600 * MINUTE,
  cap: 20_000,
  ...extra,
});
const statusOf = (data: HealthData, id: string) => data.runs.find((run) => run.id === id)?.status;

test('the first load pages 1,000 runs at a time until the runs are older than the window', async () => {
  const data = await syncHealth(client(), null, options());
  assert.deepEqual(server.log().slice(0, 3), [
    '/v2/flows/runs?limit=1000&offset=0',
    '/v2/flows/runs?limit=1000&offset=1000',
    '/v2/flows/runs?limit=1000&offset=2000',
  ]);
  assert.equal(data.runs.length, 2600);
  assert.equal(data.runs.at(-1)?.id, 'run02599');
});

test('the first load is its pages alone: the runs in flight are read from them', async () => {
  const data = await syncHealth(client(), null, options());
  assert.equal(server.log().length, 3);
  assert.deepEqual(
    data.inFlight?.map((run) => run.id),
    ['run00000', 'run00001', 'run00002'],
  );
});

test('the first refresh after it asks for the runs in flight and the newest runs once', async () => {
  const loaded = await syncHealth(client(), null, options());
  server.requests.length = 0;
  await syncHealth(client(), loaded, options());
  assert.deepEqual(server.log(), [
    '/v2/flows/runs?status=processing&limit=1000&offset=0',
    '/v2/flows/runs?status=review&limit=1000&offset=0',
    '/v2/flows/runs?limit=50&offset=0',
  ]);
});

test('a refresh of an unchanged workspace costs three requests and fetches no known page again', async () => {
  const loaded = await syncHealth(client(), null, options());
  server.requests.length = 0;
  const refreshed = await syncHealth(client(), loaded, options());
  assert.equal(server.log().length, 3);
  assert.ok(
    server.log().every((path) => path.endsWith('offset=0')),
    server.log().join('\n'),
  );
  assert.equal(refreshed.runs.length, loaded.runs.length);
});

test('a refresh takes the new runs from the top until it meets a known one', async () => {
  const loaded = await syncHealth(client(), null, options());
  const arrived = Array.from({length: 120}, (_, index) =>
    makeRun({id: `new${String(index).padStart(3, '0')}`, startedAt: NOW + (120 - index) * 1000}),
  );
  server.runs = [...arrived, ...server.runs];
  server.requests.length = 0;
  const refreshed = await syncHealth(client(), loaded, options({since: NOW - 2598 * MINUTE}));
  // The first page (50 runs) holds only new ones; the next, at the page's end, meets run00000.
  assert.deepEqual(server.log().slice(2), [
    '/v2/flows/runs?limit=50&offset=0',
    '/v2/flows/runs?limit=1000&offset=50',
  ]);
  assert.equal(refreshed.runs[0]?.id, 'new000');
  assert.equal(refreshed.runs.filter((run) => run.id.startsWith('new')).length, 120);
});

test('a run that settled is read from the newest-runs page, not fetched on its own', async () => {
  const loaded = await syncHealth(client(), null, options());
  const runs = [...server.runs];
  runs[1] = makeRun({id: 'run00001', status: 'failed', startedAt: NOW - 2 * MINUTE});
  server.runs = runs;
  server.requests.length = 0;
  const refreshed = await syncHealth(client(), loaded, options());
  assert.equal(statusOf(refreshed, 'run00001'), 'failed');
  assert.ok(!server.log().some((path) => path.startsWith('/v2/flows/runs/')));
  assert.equal(server.log().length, 3);
});

test('a run that settled far below the top is fetched by id, and only it', async () => {
  const deep = (status: string) =>
    makeRun({id: 'run01500', status, startedAt: NOW - 1501 * MINUTE});
  server.runs = server.runs.map((run) => (run.id === 'run01500' ? deep('review') : run));
  const loaded = await syncHealth(client(), null, options());
  server.runs = server.runs.map((run) => (run.id === 'run01500' ? deep('completed') : run));
  server.requests.length = 0;
  const refreshed = await syncHealth(client(), loaded, options());
  assert.equal(statusOf(refreshed, 'run01500'), 'completed');
  assert.deepEqual(
    server.log().filter((path) => path.startsWith('/v2/flows/runs/')),
    ['/v2/flows/runs/run01500'],
  );
  assert.equal(server.log().length, 4);
});

// A first load with run01500, deep in the window, in review; then the run settles, and
// the refresh's own request for it fails with `status`. Returns the first load.
async function settledThenFailing(status: number, error: string) {
  const deep = (runStatus: string) =>
    makeRun({id: 'run01500', status: runStatus, startedAt: NOW - 1501 * MINUTE});
  server.runs = server.runs.map((run) => (run.id === 'run01500' ? deep('review') : run));
  const loaded = await syncHealth(client(), null, options());
  server.runs = server.runs.map((run) => (run.id === 'run01500' ? deep('completed') : run));
  server.failOnce((request) => request.path.endsWith('/run01500'), {status, body: {error}});
  return loaded;
}

test('a settled run that is gone or unreadable is left out, and the refresh goes on', async () => {
  const loaded = await settledThenFailing(404, 'Flow run not found');
  const refreshed = await syncHealth(client(), loaded, options());
  assert.equal(statusOf(refreshed, 'run01500'), undefined);
  assert.equal(refreshed.runs.length, loaded.runs.length - 1);
});

test('a settled run the server fails to give fails the refresh, to be retried', async () => {
  const loaded = await settledThenFailing(500, 'Internal server error');
  await assert.rejects(syncHealth(client(), loaded, options()), /500/);
});

test('the cap stops the first load, and the data says it is truncated', async () => {
  const data = await syncHealth(client(), null, options({cap: 2000}));
  assert.equal(
    server.log().filter((path) => path.startsWith('/v2/flows/runs?limit=1000')).length,
    2,
  );
  assert.equal(data.runs.length, 2000);
  assert.equal(isTruncated(data, 2000), true);
});

test('a first load cut by a failure goes on from the page that failed', async () => {
  server.failOnce((request) => request.query.get('offset') === '1000', {
    status: 500,
    body: {error: 'boom'},
  });
  let partial: HealthData | null = null;
  await assert.rejects(
    syncHealth(client(), null, options({onProgress: (data) => (partial = data)})),
  );
  assert.equal((partial as HealthData | null)?.runs.length, 1000);
  server.requests.length = 0;
  const data = await syncHealth(client(), partial, options());
  assert.equal(server.log()[0], '/v2/flows/runs?limit=1000&offset=1000');
  assert.equal(data.runs.length, 2600);
});

test('a longer window pages on below what is loaded instead of starting again', async () => {
  const loaded = await syncHealth(client(), null, options({since: NOW - 1500 * MINUTE}));
  server.requests.length = 0;
  const deeper = await syncHealth(client(), loaded, options());
  assert.equal(server.log()[0], '/v2/flows/runs?limit=1000&offset=1500');
  assert.equal(deeper.runs.length, 2600);
});

test('a shorter window drops the older runs without asking for anything more', async () => {
  const loaded = await syncHealth(client(), null, options());
  server.requests.length = 0;
  const shorter = await syncHealth(client(), loaded, options({since: NOW - 100 * MINUTE}));
  assert.equal(shorter.runs.length, 100);
  assert.equal(server.log().length, 3);
});
