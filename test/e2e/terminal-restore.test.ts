import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {setTimeout as delay} from 'node:timers/promises';
import {e2eWorld} from '../helpers/e2e-world.js';
import {spawnCli, type Screen, type SpawnOptions} from '../helpers/terminal.js';

// Every way the explorer can end, in a real pseudo-terminal: the exit status, and the
// terminal as the shell gets it back (alternate screen left, cursor shown, and, read by
// `stty -a` in the same terminal afterwards, raw mode off). Then the terminal itself
// going away, as when an SSH connection drops without tmux.

const world = e2eWorld({seed: 7, live: false});

const ENV = () => ({TABLEFLOW_BASE_URL: world.sim.url, TABLEFLOW_API_KEY: world.sim.key});

function launch(options: SpawnOptions = {}): Screen {
  const screen = spawnCli(['--interval', '0.2'], {
    cols: 100,
    rows: 30,
    ...options,
    env: {...ENV(), ...options.env},
  });
  world.open.push(screen);
  return screen;
}

// The CLI under a shell that, once it has ended, prints the terminal's modes and the
// CLI's exit status into the same terminal.
const THEN_STTY =
  '"$NODE" ${PRELOAD:+--import "$PRELOAD"} "$CLI" "$@"; code=$?; stty -a; echo "exit=$code"';

/** The pid of the CLI started by the shell `shellPid`. */
async function childPid(shellPid: number): Promise<number> {
  for (let wait = 0; wait < 100; wait++) {
    const children = readFileSync(`/proc/${shellPid}/task/${shellPid}/children`, 'utf8').trim();
    if (children !== '') return Number(children.split(' ')[0]);
    await delay(20);
  }
  throw new Error('the CLI did not start');
}

/** Waits for the shell's report; returns the CLI's exit status and the stty output. */
async function report(screen: Screen): Promise<{code: number; stty: string}> {
  await screen.exited;
  // The emulator parses what it was sent asynchronously; under load it may still be behind.
  await screen.waitFor(() => true);
  const raw = screen.raw();
  const tail = raw.slice(raw.lastIndexOf('\u001B[?1049l'));
  const code = /exit=(\d+)/.exec(tail)?.[1];
  assert.ok(code !== undefined, `the shell reported the exit status; got:\n${tail}`);
  return {code: Number(code), stty: tail};
}

function assertRestored(screen: Screen, stty: string): void {
  const raw = screen.raw();
  assert.ok(raw.includes('\u001B[?1049h'), 'the app used the alternate screen');
  assert.ok(
    raw.lastIndexOf('\u001B[?1049l') > raw.lastIndexOf('\u001B[?1049h'),
    'the alternate screen was left',
  );
  assert.ok(!screen.cursorHidden(), 'the cursor is visible');
  assert.ok(!screen.inAlternateScreen(), 'the emulator is back on the normal screen');
  assert.equal(screen.mouseTracking(), 'none', 'mouse reporting is off');
  assert.match(stty, /(^|\s)icanon(\s|$)/, 'canonical mode is back (raw mode off)');
  assert.match(stty, /(^|\s)echo(\s|$)/, 'echo is back');
}

describe('the terminal is restored however the explorer ends', () => {
  test('q exits 0 and hands back a cooked terminal', async () => {
    const screen = launch({script: THEN_STTY});
    await screen.waitFor('runs 1-');
    screen.write('q');
    const {code, stty} = await report(screen);
    assert.equal(code, 0);
    assertRestored(screen, stty);
  });

  for (const [signal, code] of [
    ['SIGTERM', 143],
    ['SIGHUP', 129],
    ['SIGINT', 130],
  ] as const) {
    test(`${signal} exits ${code} and hands back a cooked terminal`, async () => {
      const screen = launch({script: THEN_STTY});
      await screen.waitFor('runs 1-');
      process.kill(await childPid(screen.pid), signal);
      const result = await report(screen);
      assert.equal(result.code, code);
      assertRestored(screen, result.stty);
    });
  }

  for (const [kind, crash] of [
    ['an uncaught exception', "setTimeout(() => { throw new Error('boom in a timer'); }, 1500);"],
    [
      'an unhandled rejection',
      "setTimeout(() => Promise.reject(new Error('boom in a promise')), 1500);",
    ],
  ] as const) {
    test(`${kind} exits 1 with the error on the normal screen and a cooked terminal`, async () => {
      const preload = join(mkdtempSync(join(tmpdir(), 'crash-')), 'crash.mjs');
      writeFileSync(preload, crash);
      const screen = launch({script: THEN_STTY, env: {PRELOAD: preload}});
      await screen.waitFor('runs 1-');
      const result = await report(screen);
      assert.equal(result.code, 1);
      assertRestored(screen, result.stty);
      assert.match(result.stty, /internal error/);
      assert.match(result.stty, /boom in a/);
    });
  }
});

describe('when the terminal disappears (SSH dropped)', () => {
  // Core dumps allowed, in a fresh directory, so an abort would leave a file behind.
  const DUMPABLE = 'ulimit -c unlimited 2>/dev/null; exec "$NODE" "$CLI" "$@"';

  test('the process is gone within 5 s, by SIGHUP, without an abort or a core file', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'hangup-'));
    const screen = launch({script: DUMPABLE, cwd});
    await screen.waitFor('runs 1-');
    const started = performance.now();
    screen.destroy();
    const ended = await Promise.race([screen.exited, delay(5000).then(() => null)]);
    assert.ok(ended !== null, 'the process ended within 5 s');
    assert.ok(performance.now() - started < 5000);
    assert.notEqual(ended.signal, 6, 'not SIGABRT (nodejs/node#51519)');
    assert.notEqual(ended.signal, 11, 'not SIGSEGV');
    assert.ok(
      ended.signal === 1 || ended.exitCode === 129,
      `ended by the hang-up: ${JSON.stringify(ended)}`,
    );
    assert.deepEqual(readdirSync(cwd), [], 'no core file');
  });

  test('with a request hanging at the time, it still goes within 5 s', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'hangup-'));
    const screen = launch({script: DUMPABLE, cwd});
    await screen.waitFor('runs 1-');
    world.sim.faults.set({mode: 'hang', remaining: null});
    try {
      await delay(500);
      screen.destroy();
      const ended = await Promise.race([screen.exited, delay(5000).then(() => null)]);
      assert.ok(ended !== null, 'the process ended within 5 s');
      assert.ok(ended.signal !== 6 && ended.signal !== 11, JSON.stringify(ended));
      assert.deepEqual(readdirSync(cwd), [], 'no core file');
    } finally {
      world.sim.faults.set(null);
    }
  });
});
