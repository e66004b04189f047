import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {PassThrough} from 'node:stream';
import {createClient} from '../../../source/api/client.js';
import {runStats} from '../../../source/commands/stats/stats.js';
import {HOUR_MS} from '../../../source/domain/health-window.js';
import {DEMO_HISTORY} from '../../../source/simulator/world/history.js';
import {startSimulator, type Simulator} from '../../../source/simulator/http/server.js';
import {parseCli} from '../../../source/cli/parse-cli.js';

const START = Date.UTC(2026, 10, 29, 12, 0, 0);
let sim: Simulator;

before(async () => {
  sim = await startSimulator({seed: 11, live: false, clock: () => START, history: DEMO_HISTORY});
});
after(() => sim.close());

function capture() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  return {stream, text: () => text};
}

async function stats(windowMs: number, options: {json: boolean; flowId?: string; cap?: number}) {
  const stdout = capture();
  const stderr = capture();
  const client = createClient({baseUrl: sim.url, apiKey: sim.key});
  const code = await runStats(
    {windowMs, flowId: options.flowId, json: options.json, ascii: false},
    client,
    {stdout: stdout.stream, stderr: stderr.stream, now: () => START, cap: options.cap},
  );
  return {code, stdout: stdout.text(), stderr: stderr.text()};
}

// The expected counts, from the simulator's own runs, independently of the figures' code.
function expected(windowMs: number, flowId?: string) {
  const to = START;
  const from = to - windowMs;
  const runs = sim.world
    .runs()
    .filter((run) => run.created_at * 1000 >= from && run.created_at * 1000 < to)
    .filter((run) => flowId === undefined || run.flow_id === flowId);
  const count = (status: string) => runs.filter((run) => run.status === status).length;
  return {runs: runs.length, completed: count('completed'), failed: count('failed')};
}

test('stats --json prints exactly the documented shape, for the window ending now', async () => {
  const {code, stdout} = await stats(24 * HOUR_MS, {json: true});
  assert.equal(code, 0);
  const doc = JSON.parse(stdout) as Record<string, unknown>;
  assert.deepEqual(Object.keys(doc), ['window', 'truncated', 'total', 'flows']);
  assert.deepEqual(doc.window, {from: START / 1000 - 86_400, to: START / 1000});
  assert.equal(doc.truncated, false);
  const total = doc.total as Record<string, unknown>;
  assert.deepEqual(Object.keys(total), [
    'runs',
    'completed',
    'failed',
    'review',
    'processing',
    'failure_rate',
    'p50_duration_ms',
    'p95_duration_ms',
    'per_hour',
  ]);
  const want = expected(24 * HOUR_MS);
  assert.equal(total.runs, want.runs);
  assert.equal(total.completed, want.completed);
  assert.equal(total.failed, want.failed);
  assert.equal(total.failure_rate, want.failed / (want.completed + want.failed));
  const perHour = total.per_hour as number[];
  assert.equal(perHour.length, 24);
  assert.equal(
    perHour.reduce((sum, n) => sum + n, 0),
    want.runs,
  );
  const flows = doc.flows as Record<string, unknown>[];
  assert.ok(flows.length >= 6);
  assert.deepEqual(Object.keys(flows[0] ?? {}).slice(0, 3), ['flow_id', 'name', 'runs']);
  const failed = flows.map((flow) => flow.failed as number);
  assert.deepEqual(
    failed,
    [...failed].sort((a, b) => b - a),
  );
});

test('stats --flow gives that flow alone, and its figures are the total', async () => {
  const flowId = sim.world.runs()[0]?.flow_id ?? '';
  const {stdout} = await stats(6 * HOUR_MS, {json: true, flowId});
  const doc = JSON.parse(stdout) as {
    total: {runs: number};
    flows: {flow_id: string; runs: number}[];
  };
  assert.deepEqual(
    doc.flows.map((flow) => flow.flow_id),
    [flowId],
  );
  assert.equal(doc.total.runs, expected(6 * HOUR_MS, flowId).runs);
  assert.equal(doc.flows[0]?.runs, doc.total.runs);
});

test('stats prints a table for people: the total first, each flow, a sparkline per line', async () => {
  const {code, stdout} = await stats(24 * HOUR_MS, {json: false});
  assert.equal(code, 0);
  const lines = stdout.trimEnd().split('\n');
  assert.match(lines[0] ?? '', /^Flow health, last 24h: 2026-11-2\d/);
  assert.match(
    lines[1] ?? '',
    /^FLOW\s+RUNS\s+DONE\s+FAILED\s+REVIEW\s+PROC\s+FAIL%\s+P50\s+P95\s+RUNS\/1H$/,
  );
  const total = expected(24 * HOUR_MS);
  assert.match(
    lines[2] ?? '',
    new RegExp(`^All flows\\s+${total.runs.toLocaleString('en-US')}\\s`),
  );
  assert.match(lines[2] ?? '', /[▁▂▃▄▅▆▇█]{12}/);
  assert.ok(lines.length >= 8);
});

test('a window the cap cuts says truncated, on stdout for scripts and on stderr for people', async () => {
  const {stdout, stderr} = await stats(7 * 24 * HOUR_MS, {json: true, cap: 2000});
  const doc = JSON.parse(stdout) as {truncated: boolean; total: {runs: number}};
  assert.equal(doc.truncated, true);
  assert.ok(doc.total.runs <= 2000);
  assert.match(stderr, /warning: stopped at 2,000 runs/);
});

test('a failure is one line on stderr and exit code 1', async () => {
  const stdout = capture();
  const stderr = capture();
  const client = createClient({baseUrl: sim.url, apiKey: 'wrong-key'});
  const code = await runStats(
    {windowMs: HOUR_MS, flowId: undefined, json: true, ascii: false},
    client,
    {
      stdout: stdout.stream,
      stderr: stderr.stream,
      now: () => START,
    },
  );
  assert.equal(code, 1);
  assert.equal(stdout.text(), '');
  assert.match(stderr.text(), /^tableflow-runs: .+\n$/);
});

test('stats takes --window in whole hours or days, and refuses anything else', () => {
  const env = {TABLEFLOW_API_KEY: 'k'};
  const week = parseCli(['stats', '--window', '7d', '--json'], env, false);
  assert.equal(week.mode === 'stats' && week.windowMs, 7 * 24 * HOUR_MS);
  const bare = parseCli(['stats'], env, false);
  assert.equal(bare.mode === 'stats' && bare.windowMs, 24 * HOUR_MS);
  for (const bad of ['90m', '0h', '31d', 'soon']) {
    const refused = parseCli(['stats', '--window', bad], env, false);
    assert.equal(refused.mode, 'usage-error', bad);
  }
  assert.equal(parseCli(['stats', '--status', 'failed'], env, false).mode, 'usage-error');
});
