// The key's way out of the machine, as the built CLI runs: plain http off loopback,
// config and key files someone else could have written, special files that would hang,
// and a server echoing the key back in any case, in errors or in run data.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {toWireRun} from '../../source/api/to-wire.js';
import {buildCli, run} from '../helpers/cli.js';
import {makeRuns} from '../helpers/runs.js';
import {startServer, type TestServer} from '../helpers/test-server.js';

const KEY = 'tf_live_9f8e7d6c5b4a3210ZYXW';
const home = mkdtempSync(join(tmpdir(), 'tableflow-secrets-'));
const configDir = join(home, 'config', 'tableflow-runs');
let echo: TestServer;

before(async () => {
  await buildCli();
  mkdirSync(configDir, {recursive: true, mode: 0o700});
  const [run] = makeRuns(1);
  assert.ok(run);
  const echoed = {
    ...toWireRun(run),
    error: `Token ${KEY.toUpperCase()} rejected`,
    metadata: {submitted_by: KEY},
  };
  echo = await startServer((request) =>
    request.path === '/v2/flows'
      ? {body: []}
      : request.path.startsWith('/v2/flows/runs/')
        ? {body: {...echoed, flow: null}}
        : {body: {flow_runs: [echoed], pagination: {total: 1, limit: 100, offset: 0}}},
  );
});
after(async () => {
  await echo.close();
  rmSync(home, {recursive: true, force: true});
});

// Only the environment the CLI should see, with its config under `home`.
const env = (extra: Record<string, string> = {}) => ({
  HOME: home,
  XDG_CONFIG_HOME: join(home, 'config'),
  XDG_CACHE_HOME: join(home, 'cache'),
  LANG: 'C.UTF-8',
  ...extra,
});

function config(profile: Record<string, unknown>, mode = 0o600): void {
  const path = join(configDir, 'config.json');
  rmSync(path, {force: true});
  writeFileSync(path, JSON.stringify({profiles: {default: profile}}));
  chmodSync(path, mode); // the umask would have masked a mode given to writeFileSync
}
after(() => rmSync(join(configDir, 'config.json'), {force: true}));

const holdsKey = (text: string) => text.toLowerCase().includes(KEY.toLowerCase());

test('a plain http base URL to another host exits 2 before connecting, naming the fixes', async () => {
  rmSync(join(configDir, 'config.json'), {force: true});
  const {code, stdout, stderr} = await run(
    ['list', '--base-url', 'http://tableflow.invalid'],
    env({TABLEFLOW_API_KEY: KEY}),
  );
  assert.equal(code, 2);
  assert.equal(stdout, '');
  assert.match(stderr, /would send the API key unencrypted to tableflow\.invalid; use https:\/\//);
  assert.match(stderr, /--insecure-http/);
});

test('a config others can write, setting only baseUrl, stops every command with exit 2', async () => {
  config({baseUrl: 'https://tableflow.invalid'}, 0o666);
  const path = join(configDir, 'config.json');
  const {code, stderr} = await run(['status-line'], env({TABLEFLOW_API_KEY: KEY}));
  assert.equal(code, 2);
  assert.equal(
    stderr,
    `tableflow-runs: ${path} can be changed by other users (mode 666); run: chmod 600 ${path}\n`,
  );
});

test('a FIFO as apiKeyFile fails status-line at once instead of hanging tmux', async () => {
  const fifo = join(home, 'key.fifo');
  execFileSync('mkfifo', [fifo]);
  config({baseUrl: echo.url, apiKeyFile: fifo});
  const started = performance.now();
  const {code, stderr} = await run(['status-line'], env(), 10_000);
  assert.equal(code, 2, `exit 2, not killed after hanging (${stderr})`);
  assert.match(stderr, /key\.fifo is a FIFO \(named pipe\); it must be a regular file/);
  assert.ok(performance.now() - started < 5000);
});

test('--debug with a FIFO fails at once with exit 2', async () => {
  const fifo = join(home, 'debug.fifo');
  execFileSync('mkfifo', [fifo]);
  rmSync(join(configDir, 'config.json'), {force: true});
  const {code, stderr} = await run(
    ['list', '--debug', fifo],
    env({TABLEFLOW_BASE_URL: echo.url, TABLEFLOW_API_KEY: KEY}),
    10_000,
  );
  assert.equal(code, 2, stderr);
  assert.match(stderr, /cannot write the debug log .*debug\.fifo: it is not a regular file/);
});

test('a config syntax error next to the key gives a line and column, not the key', async () => {
  const path = join(configDir, 'config.json');
  writeFileSync(path, `{"profiles": {"default": {"apiKey": ${KEY}}}}`, {mode: 0o600});
  const {code, stderr} = await run(['list'], env());
  assert.equal(code, 2);
  assert.equal(
    stderr,
    `tableflow-runs: ${path} is not valid JSON: line 1, column 37: expected a value\n`,
  );
});

test('a key echoed in run data, in any case, is printed by no command', async () => {
  rmSync(join(configDir, 'config.json'), {force: true});
  const connection = env({TABLEFLOW_BASE_URL: echo.url, TABLEFLOW_API_KEY: KEY});
  for (const args of [['list', '--json'], ['list', '-o', 'csv'], ['list'], ['show', 'Wp7k']]) {
    const {code, stdout, stderr} = await run(args, connection);
    assert.equal(code, 0, `${args.join(' ')}: ${stderr}`);
    assert.match(stdout, /\[redacted\]/, args.join(' '));
    assert.ok(!holdsKey(stdout + stderr), `${args.join(' ')} printed the key:\n${stdout}`);
  }
});
