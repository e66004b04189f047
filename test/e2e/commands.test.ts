// The script-facing commands as users and scripts run them: the built CLI over real HTTP
// against the simulator, frozen for stable answers or moved on with world.advance for
// watch, asserting on stdout, stderr and the exit code.
import {after, before, describe, test} from 'node:test';
import {setTimeout as delay} from 'node:timers/promises';
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {startSimulator, type Simulator} from '../../source/simulator/http/server.js';
import {buildCli, CLI, run} from '../helpers/cli.js';
import pty from 'node-pty';
import {spawnCli} from '../helpers/terminal.js';

let frozen: Simulator;
let moving: Simulator;
const home = mkdtempSync(join(tmpdir(), 'tableflow-e2e-'));
const T0 = Date.UTC(2026, 10, 29, 12, 0, 0);

before(async () => {
  await buildCli();
  frozen = await startSimulator({seed: 1, live: false});
  // Live, but on a clock that only moves when a test advances it.
  moving = await startSimulator({seed: 5, live: true, clock: () => T0});
});
after(async () => {
  await frozen.close();
  await moving.close();
  rmSync(home, {recursive: true, force: true});
});

// A clean environment with a UTF-8 locale and its own XDG directories.
function env(sim: Simulator, extra: Record<string, string> = {}): Record<string, string> {
  return {
    TABLEFLOW_BASE_URL: sim.url,
    TABLEFLOW_API_KEY: sim.key,
    LANG: 'C.UTF-8',
    HOME: home,
    XDG_CACHE_HOME: join(home, 'cache'),
    XDG_CONFIG_HOME: join(home, 'config-none'),
    ...extra,
  };
}

const runs = () => frozen.world.runs();
const firstWith = (sim: Simulator, status: string) => {
  const found = sim.world.runs().find((r) => r.status === status);
  assert.ok(found, `a ${status} run`);
  return found;
};
const countOf = (status: string) => runs().filter((r) => r.status === status).length;

describe('list', () => {
  test('--all --json prints one document with every run, each once', async () => {
    const {code, stdout, stderr} = await run(
      ['list', '--all', '--limit', '100', '--json'],
      env(frozen),
    );
    assert.equal(code, 0, stderr);
    const doc = JSON.parse(stdout) as {flow_runs: {id: string}[]; total: number; complete: boolean};
    assert.equal(doc.flow_runs.length, runs().length);
    assert.equal(new Set(doc.flow_runs.map((r) => r.id)).size, runs().length);
    assert.equal(doc.total, runs().length);
    assert.equal(doc.complete, true);
  });

  test('--all -o ndjson prints one wire run per line', async () => {
    const {code, stdout} = await run(
      ['list', '--all', '-o', 'ndjson', '--status', 'failed'],
      env(frozen),
    );
    assert.equal(code, 0);
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as {status: string; flow_id: string});
    assert.equal(lines.length, countOf('failed'));
    assert.ok(lines.every((r) => r.status === 'failed' && typeof r.flow_id === 'string'));
  });

  test('--all --max stops at the cap and says so on stderr', async () => {
    const {code, stdout, stderr} = await run(
      ['list', '--all', '--max', '30', '--limit', '20', '-o', 'ndjson'],
      env(frozen),
    );
    assert.equal(code, 0);
    assert.equal(stdout.trimEnd().split('\n').length, 30);
    assert.match(
      stderr,
      /^tableflow-runs: warning: stopped at --max 30 runs; the server reports \d+/,
    );
  });

  test('-o csv --columns prints a header and RFC 4180 rows of the chosen columns', async () => {
    const {code, stdout} = await run(
      ['list', '--limit', '5', '-o', 'csv', '--columns', 'id,status,flow_id,started'],
      env(frozen),
    );
    assert.equal(code, 0);
    const records = stdout.split('\r\n');
    assert.equal(records[0], 'id,status,flow_id,started');
    assert.equal(records.length, 7, 'header, five rows and the empty string after the last CRLF');
    const newest = runs()[0];
    assert.ok(newest);
    assert.match(
      records[1] ?? '',
      new RegExp(`^${newest.id},${newest.status},${newest.flow_id},\\d{4}-\\d\\d-\\d\\dT`),
    );
  });

  test('--columns picks the table columns too', async () => {
    const {code, stdout} = await run(
      ['list', '--limit', '2', '--columns', 'status,id'],
      env(frozen),
    );
    assert.equal(code, 0);
    assert.match(stdout.split('\n')[0] ?? '', /^STATUS +ID$/);
  });

  test('an unknown column is a usage error, exit 2', async () => {
    const {code, stdout, stderr} = await run(['list', '--columns', 'id,owner'], env(frozen));
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /^tableflow-runs: --columns: 'owner' is not one of/);
  });

  test('with stderr on a terminal, --all shows its progress there', async () => {
    const screen = spawnCli(['list', '--all', '--limit', '100', '-o', 'ndjson'], {
      env: env(frozen),
    });
    await screen.exited;
    assert.match(screen.raw(), /\rfetching runs: 100 of [\d,]+…/);
  });
});

describe('show', () => {
  test('prints the detail and the timeline as plain text when piped', async () => {
    const target = firstWith(frozen, 'failed');
    const {code, stdout, stderr} = await run(['show', target.id], env(frozen));
    assert.equal(code, 0, stderr);
    assert.match(stdout, new RegExp(`^${target.id}  ✖ failed\\n`));
    assert.match(stdout, /\nTimeline\n {2}● /);
    assert.match(stdout, /\nError +\S/);
    assert.doesNotMatch(stdout, /\u001b\[/);
  });

  test('--json prints the API object with its flow', async () => {
    const target = firstWith(frozen, 'completed');
    const {code, stdout} = await run(['show', target.id, '--json'], env(frozen));
    assert.equal(code, 0);
    const detail = JSON.parse(stdout) as {
      id: string;
      status: string;
      flow: {id: string};
      status_history: unknown[];
    };
    assert.equal(detail.id, target.id);
    assert.equal(detail.status, 'completed');
    assert.equal(detail.flow.id, target.flow_id);
    assert.equal(detail.status_history.length, target.status_history.length);
  });

  test('an unknown run exits 1 with one line', async () => {
    const {code, stdout, stderr} = await run(['show', 'no_such_run'], env(frozen));
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /^tableflow-runs: run no_such_run not found[^\n]*\n$/);
  });

  test('--ascii (or a non-UTF-8 locale) leaves no drawing glyph', async () => {
    const target = firstWith(frozen, 'review');
    for (const extra of [['--ascii'], []]) {
      const e = extra.length === 0 ? env(frozen, {LANG: 'C'}) : env(frozen);
      const {stdout} = await run(['show', target.id, ...extra], e);
      assert.match(stdout, /R review/);
      assert.doesNotMatch(stdout, /[●◆✔✖◷›•…→·—]/);
    }
  });

  test('FORCE_COLOR styles piped text; NO_COLOR keeps emphasis but drops colours', async () => {
    const target = firstWith(frozen, 'failed');
    const forced = await run(['show', target.id], env(frozen, {FORCE_COLOR: '1'}));
    assert.match(forced.stdout, /\u001b\[1;31m/);
    const plain = await run(['show', target.id], env(frozen, {FORCE_COLOR: '1', NO_COLOR: '1'}));
    assert.match(plain.stdout, /\u001b\[1m/);
    assert.doesNotMatch(plain.stdout, /\u001b\[[\d;]*3\dm/);
  });
});

describe('status-line', () => {
  const counts = () => `●${countOf('processing')} ◆${countOf('review')} ✖${countOf('failed')}`;
  const cacheEnv = (name: string, extra: Record<string, string> = {}) =>
    env(frozen, {XDG_CACHE_HOME: join(home, `cache-${name}`), ...extra});

  test('prints the counts of processing, review and failed runs on one line', async () => {
    const {code, stdout} = await run(['status-line'], cacheEnv('a'));
    assert.equal(code, 0);
    assert.equal(stdout, `TF ${counts()}\n`);
  });

  test('--ascii, --format and --tmux shape the line', async () => {
    const ascii = await run(['status-line', '--ascii', '--max-age', '0'], cacheEnv('b'));
    assert.equal(
      ascii.stdout,
      `TF P${countOf('processing')} R${countOf('review')} F${countOf('failed')}\n`,
    );
    const host = new URL(frozen.url).host;
    const shaped = await run(
      ['status-line', '--format', '{host} {failed}', '--tmux', '--max-age', '0'],
      cacheEnv('b'),
    );
    assert.equal(shaped.stdout, `${host} #[fg=red]${countOf('failed')}#[fg=default]\n`);
  });

  test('a fresh cached answer is reused without asking the API; the file is private', async () => {
    const first = await run(['status-line'], cacheEnv('c'));
    assert.equal(first.code, 0);
    frozen.faults.set({mode: 'server-error', remaining: null});
    try {
      const second = await run(['status-line', '--max-age', '60'], cacheEnv('c'));
      assert.equal(second.code, 0);
      assert.equal(second.stdout, first.stdout);
    } finally {
      frozen.faults.set(null);
    }
    const dir = join(home, 'cache-c', 'tableflow-runs');
    const [file] = readdirSync(dir);
    assert.ok(file);
    assert.equal(statSync(join(dir, file)).mode & 0o777, 0o600);
  });

  test('on an API error it prints the last counts marked stale and exits 1', async () => {
    await run(['status-line'], cacheEnv('d'));
    frozen.faults.set({mode: 'unavailable', remaining: null});
    try {
      const {code, stdout, stderr} = await run(['status-line', '--max-age', '0'], cacheEnv('d'));
      assert.equal(code, 1);
      assert.equal(stdout, `TF ${counts()} (stale)\n`);
      assert.match(stderr, /^tableflow-runs: [^\n]+\n$/);
    } finally {
      frozen.faults.set(null);
    }
  });

  test('with nothing cached an API error prints TF ? and never a stack trace', async () => {
    const {code, stdout, stderr} = await run(
      ['status-line'],
      env(frozen, {XDG_CACHE_HOME: join(home, 'cache-e'), TABLEFLOW_API_KEY: 'wrong_key'}),
    );
    assert.equal(code, 1);
    assert.equal(stdout, 'TF ?\n');
    assert.doesNotMatch(stderr, /\n./);
  });
});

// A CLI left running: its output so far, a way to wait for more, and its exit.
function start(args: string[], environment: Record<string, string>) {
  const child = spawn(process.execPath, [CLI, ...args], {
    env: {PATH: process.env.PATH ?? '', ...environment},
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out = {stdout: '', stderr: ''};
  child.stdout.on('data', (chunk: Buffer) => (out.stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (out.stderr += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('close', resolve));
  const waitFor = async (test: () => boolean, what: string) => {
    const deadline = Date.now() + 10_000;
    while (!test()) {
      if (Date.now() > deadline)
        throw new Error(`timed out waiting for ${what}: ${JSON.stringify(out)}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };
  return {child, out, exit, waitFor};
}

describe('watch', () => {
  for (const [status, expected] of [
    ['completed', 0],
    ['failed', 1],
    ['review', 3],
  ] as const) {
    test(`watch RUN_ID on a ${status} run exits ${expected} at once, saying how it got there`, async () => {
      const target = firstWith(frozen, status);
      const {code, stdout} = await run(['watch', target.id], env(frozen));
      assert.equal(code, expected);
      assert.match(stdout, new RegExp(`Z  ${target.id}  .+  (processing|review) → ${status}`));
    });
  }

  test('watch RUN_ID follows a run until it settles, printing each step', async () => {
    const target = firstWith(moving, 'processing');
    const watcher = start(['watch', target.id, '--interval', '0.05', '--json'], env(moving));
    await watcher.waitFor(
      () => watcher.out.stdout.includes('"to":"processing"'),
      'the first state',
    );
    moving.world.advance(3 * 3_600_000);
    const code = await watcher.exit;
    const final = moving.world.runs().find((r) => r.id === target.id);
    assert.ok(final);
    assert.equal(code, {completed: 0, failed: 1, review: 3}[final.status as 'completed']);
    const events = watcher.out.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as {from: string | null; to: string; run_id: string});
    assert.deepEqual(events[0]?.from, null);
    assert.equal(events.at(-1)?.to, final.status);
    assert.ok(events.every((e) => e.run_id === target.id));
  });

  test('watch prints transitions after a baseline poll, and Ctrl-C exits 130', async () => {
    const watcher = start(['watch', '--interval', '0.05'], env(moving));
    await watcher.waitFor(() => watcher.out.stderr.includes('baseline'), 'the baseline');
    assert.equal(watcher.out.stdout, '', 'the baseline prints nothing');
    moving.world.advance(120_000);
    await watcher.waitFor(() => / → /.test(watcher.out.stdout), 'a transition');
    watcher.child.kill('SIGINT');
    assert.equal(await watcher.exit, 130);
    for (const line of watcher.out.stdout.trimEnd().split('\n')) {
      assert.match(
        line,
        /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ {2}\S+ {2}.+ {2}(new|processing|review) → (processing|review|completed|failed)/,
      );
    }
  });

  test('watch retries a transient failure and exits 2 on a bad key', async () => {
    const target = firstWith(frozen, 'completed');
    frozen.faults.set({mode: 'server-error', remaining: 1});
    const retried = await run(['watch', target.id, '--interval', '0.05'], env(frozen));
    assert.equal(retried.code, 0);
    assert.match(retried.stderr, /warning: .*retrying in/);
    const refused = await run(['watch', target.id], env(frozen, {TABLEFLOW_API_KEY: 'wrong_key'}));
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /^tableflow-runs: [^\n]+\n$/);
  });
});

describe('configuration', () => {
  function writeConfig(name: string, config: unknown, mode = 0o600): string {
    const dir = join(home, name, 'tableflow-runs');
    mkdirSync(dir, {recursive: true});
    const path = join(dir, 'config.json');
    writeFileSync(path, JSON.stringify(config));
    chmodSync(path, mode);
    return join(home, name);
  }

  test('a profile supplies the base URL and key; unknown keys are warned about', async () => {
    const root = writeConfig('config-a', {
      defaultProfile: 'sim',
      colour: 'red',
      profiles: {sim: {baseUrl: frozen.url, apiKey: frozen.key, status: 'failed'}},
    });
    const {code, stdout, stderr} = await run(['list', '-o', 'ndjson'], {
      PATH: process.env.PATH ?? '',
      HOME: home,
      XDG_CONFIG_HOME: root,
    });
    assert.equal(code, 0, stderr);
    assert.ok(
      stdout
        .trimEnd()
        .split('\n')
        .every((line) => (JSON.parse(line) as {status: string}).status === 'failed'),
    );
    assert.match(
      stderr,
      /^tableflow-runs: warning: .*config\.json: unknown key 'colour' ignored\n$/,
    );
  });

  test('a key file profile picked by TABLEFLOW_PROFILE works, and a readable one is refused', async () => {
    const keyFile = join(home, 'sim.key');
    writeFileSync(keyFile, `${frozen.key}\n`);
    chmodSync(keyFile, 0o600);
    const root = writeConfig('config-b', {
      profiles: {sim: {baseUrl: frozen.url, apiKeyFile: keyFile}},
    });
    const base = {
      PATH: process.env.PATH ?? '',
      HOME: home,
      XDG_CONFIG_HOME: root,
      TABLEFLOW_PROFILE: 'sim',
    };
    assert.equal((await run(['list', '--limit', '1'], base)).code, 0);
    chmodSync(keyFile, 0o644);
    const refused = await run(['list', '--limit', '1'], base);
    assert.equal(refused.code, 2);
    assert.equal(
      refused.stderr,
      `tableflow-runs: ${keyFile} holds an API key and other users can read it (mode 644); run: chmod 600 ${keyFile}\n`,
    );
  });

  test('a config with a key that others can read, or an invalid value, exits 2', async () => {
    const open = writeConfig('config-c', {profiles: {sim: {apiKey: 'tf_secret_value'}}}, 0o644);
    const refused = await run(['list'], {
      PATH: process.env.PATH ?? '',
      HOME: home,
      XDG_CONFIG_HOME: open,
    });
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /chmod 600 .*config\.json\n$/);
    assert.doesNotMatch(refused.stderr, /tf_secret_value/);
    const bad = writeConfig('config-d', {profiles: {sim: {interval: -1}}});
    // A bad profile is reported when it is the one used.
    const invalid = await run(['list', '--profile', 'sim'], {
      PATH: process.env.PATH ?? '',
      HOME: home,
      XDG_CONFIG_HOME: bad,
    });
    assert.equal(invalid.code, 2);
    assert.match(invalid.stderr, /profiles\.sim\.interval must be/);
    assert.equal(
      (await run(['--help'], {PATH: process.env.PATH ?? '', HOME: home, XDG_CONFIG_HOME: bad}))
        .code,
      0,
      'help still works',
    );
  });

  test('an unknown --profile lists the known ones', async () => {
    const root = writeConfig('config-e', {profiles: {one: {}, two: {}}});
    const {code, stderr} = await run(['list', '--profile', 'three'], {
      PATH: process.env.PATH ?? '',
      HOME: home,
      XDG_CONFIG_HOME: root,
    });
    assert.equal(code, 2);
    assert.match(stderr, /no profile 'three' in .*; known profiles: one, two\n$/);
  });
});

test('TERM=dumb on a terminal falls back to list', async () => {
  // node-pty sets TERM from the terminal name, so the name is what says "dumb".
  const child = pty.spawn(process.execPath, [CLI, '--limit', '3'], {
    name: 'dumb',
    cols: 120,
    rows: 20,
    env: env(frozen),
  });
  let output = '';
  child.onData((data) => (output += data));
  const exitCode = await new Promise<number>((resolve) => child.onExit((e) => resolve(e.exitCode)));
  assert.equal(exitCode, 0);
  assert.match(output, /^ID +STATUS +FLOW/m);
  assert.doesNotMatch(output, /\u001b\[\?1049h/, 'no alternate screen');
});

test('--ascii reaches the UI: status symbols and the selection mark are ASCII', async () => {
  const screen = spawnCli(['--interval', '0', '--ascii'], {
    cols: 100,
    rows: 12,
    env: {...env(frozen), NO_COLOR: undefined},
  });
  const text = await screen.waitFor(/runs 1-/);
  screen.write('?');
  await screen.waitFor(/scroll/);
  screen.write('x');
  await delay(100);
  screen.write('q');
  await screen.exited;
  assert.match(text, /^> [*!+x] \w+ /m);
  assert.doesNotMatch(text, /[●◆✔✖›]/);
  // Key labels, borders of the help overlay, separators: not one byte beyond ASCII.
  assert.doesNotMatch(screen.raw(), /[^\u0000-\u007F]/);
});
