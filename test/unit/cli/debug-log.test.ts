import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {createClient} from '../../../source/api/client.js';
import {openDebugLog} from '../../../source/cli/debug-log.js';
import {startSimulator} from '../../../source/simulator/http/server.js';

const KEY = 'sim_secret_key_0123456789';
const dir = () => mkdtempSync(join(tmpdir(), 'debug-log-'));

test('the debug log is created with mode 0600 and one line per request, the key nowhere', async () => {
  const sim = await startSimulator({seed: 3, key: KEY, live: false});
  const path = join(dir(), 'requests.log');
  const log = openDebugLog(path, KEY, () => Date.UTC(2026, 10, 29, 7, 0, 0));
  try {
    const client = createClient({baseUrl: sim.url, apiKey: KEY, onRequest: log.onRequest});
    await client.listRuns({limit: 2, offset: 0});
    sim.faults.set({mode: 'server-error', remaining: 1});
    await assert.rejects(client.listFlows());
  } finally {
    log.close();
    await sim.close();
  }
  assert.equal(statSync(path).mode & 0o777, 0o600);
  const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
  assert.equal(lines.length, 2);
  assert.match(
    lines[0] ?? '',
    /^2026-11-29T07:00:00\.000Z GET \/v2\/flows\/runs\?limit=2&offset=0 200 \d+ms ok$/,
  );
  assert.match(lines[1] ?? '', / GET \/v2\/flows 500 \d+ms server$/);
  assert.ok(!readFileSync(path, 'utf8').includes(KEY));
});

test('a network failure is logged without a status and with its kind', () => {
  const path = join(dir(), 'requests.log');
  const log = openDebugLog(path, KEY, () => 0);
  log.onRequest({method: 'GET', path: '/v2/flows', status: null, ms: 15000, error: 'timeout'});
  log.close();
  assert.equal(
    readFileSync(path, 'utf8'),
    '1970-01-01T00:00:00.000Z GET /v2/flows - 15000ms timeout\n',
  );
});

test('a key that reaches a log line anyway (an echoing path) is redacted', () => {
  const path = join(dir(), 'requests.log');
  const log = openDebugLog(path, KEY, () => 0);
  log.onRequest({
    method: 'GET',
    path: `/v2/flows/runs/${KEY}`,
    status: 404,
    ms: 3,
    error: 'not-found',
  });
  log.close();
  assert.match(readFileSync(path, 'utf8'), /\/v2\/flows\/runs\/\[redacted\] 404/);
});

test('an existing log readable by others is tightened to 0600', () => {
  const path = join(dir(), 'requests.log');
  writeFileSync(path, 'old line\n', {mode: 0o644});
  openDebugLog(path, KEY, () => 0).close();
  assert.equal(statSync(path).mode & 0o777, 0o600);
  assert.equal(readFileSync(path, 'utf8'), 'old line\n');
});

test('a symbolic link in place of the log is refused', () => {
  const folder = dir();
  const target = join(folder, 'elsewhere');
  writeFileSync(target, '');
  symlinkSync(target, join(folder, 'requests.log'));
  assert.throws(() => openDebugLog(join(folder, 'requests.log'), KEY, () => 0), /symbolic link/);
});
