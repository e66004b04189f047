// Drives the built CLI (`dist/cli.js`, as users and scripts run it) against the simulator
// and against tiny servers that fail in specific ways.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {readFileSync} from 'node:fs';
import {startSimulator, type Simulator} from '../../../source/simulator/http/server.js';
import {buildCli, CLI, ROOT, run, startSimulate, type Outcome} from '../../helpers/cli.js';

const KEY = 'tf_test_Zq8v3LrT0pXa91mK';

// One good run (the docs' example) and one without a status.
function malformedPage() {
  const good = {
    id: 'fr_abc123def456',
    flow_id: 'dk4g1tUg1uHLs8YU',
    workspace_id: 'uT2bJNWN75YPU95r',
    status: 'completed',
    status_history: [
      {status: 'completed', time: 1682366258, message: 'Flow completed successfully'},
    ],
    error: null,
    metadata: {customer_id: '12345'},
    trigger_method: 'api',
    start_time: 1682366228,
    end_time: 1682366258,
    duration: 30000,
    drive_files: {},
    created_at: 1682366228,
    updated_at: 1682366258,
  };
  const bad: Partial<typeof good> = {...good, id: 'fr_broken'};
  delete bad.status;
  return {
    flow_runs: [good, bad],
    pagination: {total: 2, limit: 100, offset: 0, next_offset: null, filter: 'all'},
  };
}

let simulator: Simulator;
let failing: Server;
let failingUrl: string;

// Each path prefix fails one way; the base URL picks the failure.
function failure(prefix: string, request: {url?: string; headers: {authorization?: string}}) {
  const auth = request.headers.authorization ?? '';
  switch (prefix) {
    case 'flows-down': {
      if (request.url?.endsWith('/v2/flows') === true) {
        return {status: 503, type: 'application/json', body: '{"error":"Unavailable"}'};
      }
      const {flow_runs, pagination} = malformedPage();
      const body = JSON.stringify({
        flow_runs: flow_runs.slice(0, 1),
        pagination: {...pagination, total: 1},
      });
      return {status: 200, type: 'application/json', body};
    }
    case 'unauthorized':
      // Echoes the credentials back, as careless servers do: the CLI must still not show them.
      return {
        status: 401,
        type: 'application/json',
        body: JSON.stringify({error: `Invalid key: ${auth}`}),
      };
    case 'rate-limited':
      return {
        status: 429,
        type: 'application/json',
        body: '{"error":"Too many requests"}',
        retryAfter: '30',
      };
    case 'server-error':
      return {status: 500, type: 'application/json', body: '{"error":"Internal server error"}'};
    case 'malformed':
      return {status: 200, type: 'application/json', body: JSON.stringify(malformedPage())};
    case 'html':
      return {
        status: 200,
        type: 'text/html',
        body: '<!doctype html><html><body>Login</body></html>',
      };
    default:
      return {status: 200, type: 'application/json', body: '{"flow_runs": [{"id": "fr_abc'};
  }
}

before(async () => {
  // The real build script, so this also proves `npm run build` yields a working CLI.
  await buildCli();
  simulator = await startSimulator({seed: 1, live: false});
  failing = createServer((request, response) => {
    const prefix = (request.url ?? '').split('/')[1] ?? '';
    const answer = failure(prefix, request);
    response.writeHead(answer.status, {
      'content-type': answer.type,
      ...(answer.retryAfter === undefined ? {} : {'retry-after': answer.retryAfter}),
    });
    response.end(answer.body);
  });
  await new Promise<void>((resolve) => failing.listen(0, '127.0.0.1', resolve));
  failingUrl = `http://127.0.0.1:${(failing.address() as AddressInfo).port}`;
});

after(async () => {
  // Guarded: when `before` failed, its error is the one worth reading.
  await (simulator as Simulator | undefined)?.close();
  const server = failing as Server | undefined;
  server?.closeAllConnections();
  await new Promise((resolve) =>
    server?.listening === true ? server.close(resolve) : resolve(null),
  );
});

const simEnv = () => ({TABLEFLOW_BASE_URL: simulator.url, TABLEFLOW_API_KEY: simulator.key});

test('list --status review --json prints one JSON page holding only runs in review', async () => {
  const {code, stdout, stderr} = await run(['list', '--status', 'review', '--json'], simEnv());
  assert.equal(code, 0, stderr);
  const page = JSON.parse(stdout) as {flow_runs: {status: string}[]; pagination: {total: number}};
  assert.ok(page.flow_runs.length > 0, 'the seeded world has runs in review');
  assert.ok(page.flow_runs.every((run) => run.status === 'review'));
  assert.equal(typeof page.pagination.total, 'number');
});

test('list prints a table on stdout and the position on stderr when piped', async () => {
  const {code, stdout, stderr} = await run(['list', '--limit', '5'], simEnv());
  assert.equal(code, 0, stderr);
  const lines = stdout.trimEnd().split('\n');
  assert.match(lines[0] ?? '', /^ID +STATUS +FLOW +TRIGGER +STARTED +DURATION +DETAILS$/);
  assert.equal(lines.length, 6);
  assert.match(stderr, /^runs 1-5 of [\d,]+ \(next page: --offset 5\)\n$/);
  const names = simulator.world.flows().map((flow) => flow.name);
  const rows = lines.slice(1);
  assert.ok(
    rows.every((row) => names.some((name) => row.includes(name))),
    'flows shown by name',
  );
});

test('list falls back to flow ids, silently, when the flows cannot be fetched', async () => {
  const {code, stdout, stderr} = await run(['list'], {
    TABLEFLOW_BASE_URL: `${failingUrl}/flows-down`,
    TABLEFLOW_API_KEY: KEY,
  });
  assert.equal(code, 0, stderr);
  assert.match(stdout, /fr_abc123def456 +completed +dk4g1tUg1uHLs8YU +api/);
  assert.equal(stderr, 'runs 1-1 of 1\n');
});

test('the bare command lists when stdout is not a terminal', async () => {
  const {code, stdout} = await run(['--limit', '2'], simEnv());
  assert.equal(code, 0);
  assert.equal(stdout.trimEnd().split('\n').length, 3);
});

test('list --demo talks to its own simulator without a key', async () => {
  const {code, stdout, stderr} = await run(['list', '--demo', '--limit', '3', '--json']);
  assert.equal(code, 0, stderr);
  assert.equal((JSON.parse(stdout) as {flow_runs: unknown[]}).flow_runs.length, 3);
});

for (const [prefix, expected] of [
  ['unauthorized', /401|key|auth/i],
  ['rate-limited', /429|rate|too many/i],
  ['server-error', /500|server/i],
  ['html', /html|json/i],
  ['truncated', /json|invalid|response/i],
] as const) {
  test(`an API failure (${prefix}) exits 1 with one line on stderr and never shows the key`, async () => {
    const {code, stdout, stderr} = await run(['list'], {
      TABLEFLOW_BASE_URL: `${failingUrl}/${prefix}`,
      TABLEFLOW_API_KEY: KEY,
    });
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /^tableflow-runs: [^\n]+\n$/);
    assert.match(stderr, expected);
    assert.ok(!stderr.includes(KEY) && !stdout.includes(KEY));
  });
}

test('a rate-limited answer says when to retry', async () => {
  const {stderr} = await run(['list'], {
    TABLEFLOW_BASE_URL: `${failingUrl}/rate-limited`,
    TABLEFLOW_API_KEY: KEY,
  });
  assert.match(stderr, /30 ?s/);
});

test('runs the client cannot read are left out with a warning on stderr', async () => {
  const {code, stdout, stderr} = await run(['list'], {
    TABLEFLOW_BASE_URL: `${failingUrl}/malformed`,
    TABLEFLOW_API_KEY: KEY,
  });
  assert.equal(code, 0, stderr);
  assert.match(stdout, /fr_abc123def456 +completed/);
  assert.doesNotMatch(stdout, /fr_broken/);
  assert.match(stderr, /^tableflow-runs: warning: left out a run: .*fr_broken.*status/m);
});

test('--help prints usage on stdout and exits 0', async () => {
  const {code, stdout} = await run(['--help']);
  assert.equal(code, 0);
  assert.match(stdout, /^tableflow-runs: /);
  assert.match(stdout, /TABLEFLOW_API_KEY/);
});

test('--version prints the package version', async () => {
  const {code, stdout} = await run(['--version']);
  assert.equal(code, 0);
  const {version} = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as {version: string};
  assert.equal(stdout, `tableflow-runs ${version}\n`);
});

test('without a key it exits 2 naming TABLEFLOW_API_KEY and --demo', async () => {
  const {code, stdout, stderr} = await run(['list']);
  assert.equal(code, 2);
  assert.equal(stdout, '');
  assert.match(stderr, /^tableflow-runs: .*TABLEFLOW_API_KEY.*--demo.*\n$/);
});

test('a bad --limit exits 2 with one line', async () => {
  const {code, stderr} = await run(['list', '--limit', '0'], simEnv());
  assert.equal(code, 2);
  assert.equal(stderr, "tableflow-runs: --limit must be an integer 1..1000, got '0'\n");
});

test('simulate --port 0 --seed 1 prints a URL and a key that work, and stops on SIGINT', async () => {
  const {child, exit, stdout} = await startSimulate(['--port', '0', '--seed', '1']);
  const url = /http:\/\/127\.0\.0\.1:\d+/.exec(stdout)?.[0];
  const key = /API key +(\S+)/.exec(stdout)?.[1];
  assert.ok(url !== undefined && key !== undefined, stdout);
  const listed = await run(['list', '--limit', '1'], {
    TABLEFLOW_BASE_URL: url,
    TABLEFLOW_API_KEY: key,
  });
  assert.equal(listed.code, 0, listed.stderr);
  child.kill('SIGINT');
  assert.equal(await exit, 0);
});

test('simulate uses the key it is given and stops on SIGTERM', async () => {
  const {child, exit, stdout} = await startSimulate(['--key', 'sim_cli_test']);
  assert.match(stdout, /API key +sim_cli_test$/m);
  child.kill('SIGTERM');
  assert.equal(await exit, 0);
});

test('simulate on a port already in use exits 1 with one line', async () => {
  const port = String((failing.address() as AddressInfo).port);
  const {code, stderr} = await run(['simulate', '--port', port]);
  assert.equal(code, 1);
  assert.equal(
    stderr,
    `tableflow-runs: cannot listen on 127.0.0.1:${port}: the port is already in use\n`,
  );
});

test('list into a closed pipe ends quietly, without a stack trace', async () => {
  const {code, stdout, stderr} = await new Promise<Outcome>((resolve) => {
    const child = spawn(
      'bash',
      [
        '-c',
        `set -o pipefail; "${process.execPath}" "${CLI}" list --limit 1000 --json | head -c 64`,
      ],
      {
        env: {PATH: process.env.PATH ?? '', ...simEnv()},
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('close', (exitCode) => resolve({code: exitCode, stdout: out, stderr: err}));
  });
  assert.equal(stdout.length, 64);
  assert.equal(stderr, '');
  assert.equal(code, 0);
});
