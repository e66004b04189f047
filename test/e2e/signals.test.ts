// SIGUSR1 and SIGQUIT sent to the built CLI, which holds the API key. SIGUSR1 must not open
// Node's inspector (any local user could attach to 127.0.0.1:9229 and run code in the
// process) nor print its banner; SIGQUIT must end like SIGTERM, exit 131, with the
// terminal restored and no core file (a core holds the key), whatever the command.
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {setTimeout as delay} from 'node:timers/promises';
import {startSimulator, type Simulator} from '../../source/simulator/http/server.js';
import {buildCli, CLI} from '../helpers/cli.js';
import {spawnCli, type Screen} from '../helpers/terminal.js';
import {startServer, type TestServer} from '../helpers/test-server.js';

let sim: Simulator;
let hanging: TestServer;
before(async () => {
  await buildCli();
  sim = await startSimulator({seed: 7, live: false});
  hanging = await startServer({hang: true});
});
const scratch: string[] = [];
after(async () => {
  await sim.close();
  await hanging.close();
  for (const dir of scratch) rmSync(dir, {recursive: true, force: true});
});

/** A fresh working directory, where a core file would land; removed after the file. */
function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'signals-'));
  scratch.push(dir);
  return dir;
}

// The inspector's banner, or its complaint when another process holds port 9229.
const INSPECTOR_TEXT = /debugger|inspector/i;

const ENV = () => ({TABLEFLOW_BASE_URL: sim.url, TABLEFLOW_API_KEY: sim.key, LANG: 'C.UTF-8'});
// Core dumps allowed, so a SIGQUIT left to its default action would leave a file in cwd.
const DUMPABLE = 'ulimit -c unlimited 2>/dev/null; exec "$NODE" "$CLI" "$@"';
// The same, then the terminal's modes and the exit status printed into the same terminal.
const DUMPABLE_THEN_STTY =
  'ulimit -c unlimited 2>/dev/null; "$NODE" "$CLI" "$@"; code=$?; stty -a; echo "exit=$code"';
// How long the inspector, when it does start, takes to listen and print its banner.
const INSPECTOR_GRACE_MS = 1000;

/** The TCP ports process `pid` listens on, read from /proc. */
function listeningPorts(pid: number): number[] {
  const inodes = new Set<string>();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const match = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (match?.[1] !== undefined) inodes.add(match[1]);
    } catch {
      // The descriptor closed while we looked.
    }
  }
  const ports: number[] = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      const [local, state, inode] = [fields[1], fields[3], fields[9]];
      if (state === '0A' && inode !== undefined && inodes.has(inode))
        ports.push(parseInt(local?.split(':')[1] ?? '', 16));
    }
  }
  return ports;
}

/** The pid of the CLI started by the shell `shellPid`. */
async function childPid(shellPid: number): Promise<number> {
  for (let wait = 0; wait < 100; wait++) {
    const children = readFileSync(`/proc/${shellPid}/task/${shellPid}/children`, 'utf8').trim();
    if (children !== '') return Number(children.split(' ')[0]);
    await delay(20);
  }
  throw new Error('the CLI did not start');
}

function launch(script?: string, cwd?: string): Screen {
  return spawnCli(['--interval', '0.5'], {
    cols: 100,
    rows: 30,
    env: ENV(),
    ...(script === undefined ? {} : {script}),
    ...(cwd === undefined ? {} : {cwd}),
  });
}

/** Starts `node dist/cli.js ...args` (core dumps allowed) with pipes; stderr as it comes. */
function headless(args: readonly string[], env: Record<string, string>, cwd: string) {
  const child = spawn('/bin/sh', ['-c', DUMPABLE, 'sh', ...args], {
    cwd,
    env: {PATH: process.env.PATH ?? '', NODE: process.execPath, CLI, ...env},
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const ended = new Promise<{code: number | null; signal: string | null}>((resolve) =>
    child.on('close', (code, signal) => resolve({code, signal})),
  );
  after(() => child.kill('SIGKILL'));
  return {pid: child.pid ?? 0, ended, stderr: () => stderr};
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 20) {
    if (waited > 10_000) throw new Error(`timed out waiting for ${what}`);
    await delay(20);
  }
}

describe('SIGUSR1 does nothing', () => {
  test('in the UI: no inspector listens, no banner, and the app goes on', async () => {
    const screen = launch();
    await screen.waitFor('runs 1-');
    process.kill(screen.pid, 'SIGUSR1');
    await delay(INSPECTOR_GRACE_MS);
    assert.deepEqual(listeningPorts(screen.pid), [], 'the process listens on no TCP port');
    assert.doesNotMatch(screen.raw(), INSPECTOR_TEXT, 'no inspector banner');
    screen.write('q');
    assert.equal((await screen.exited).exitCode, 0);
  });

  test('in watch: no inspector listens, no banner on stderr, and it keeps watching', async () => {
    const cwd = freshDir();
    const watch = headless(['watch', '--interval', '0.5'], ENV(), cwd);
    await until(() => watch.stderr().includes('baseline'), 'the first poll');
    process.kill(watch.pid, 'SIGUSR1');
    await delay(INSPECTOR_GRACE_MS);
    assert.deepEqual(listeningPorts(watch.pid), []);
    process.kill(watch.pid, 'SIGINT');
    assert.deepEqual(await watch.ended, {code: 130, signal: null}, 'still watching until Ctrl-C');
    assert.doesNotMatch(watch.stderr(), INSPECTOR_TEXT);
  });
});

describe('SIGQUIT ends like SIGTERM, with 131 and no core file', () => {
  test('the UI exits 131 and hands back a cooked terminal', async () => {
    const cwd = freshDir();
    const screen = launch(DUMPABLE_THEN_STTY, cwd);
    await screen.waitFor('runs 1-');
    process.kill(await childPid(screen.pid), 'SIGQUIT');
    await screen.exited;
    // The emulator parses what it was sent asynchronously; under load it may still be behind.
    await screen.waitFor(() => !screen.inAlternateScreen());
    const raw = screen.raw();
    const tail = raw.slice(raw.lastIndexOf('\u001B[?1049l'));
    assert.match(tail, /exit=131/);
    assert.ok(raw.lastIndexOf('\u001B[?1049l') > raw.lastIndexOf('\u001B[?1049h'), 'left');
    assert.ok(!screen.inAlternateScreen(), 'back on the normal screen');
    assert.ok(!screen.cursorHidden(), 'the cursor is visible');
    assert.match(tail, /(^|\s)icanon(\s|$)/, 'raw mode off');
    assert.deepEqual(readdirSync(cwd), [], 'no core file');
  });

  test('the UI ends by exiting, not by the signal', async () => {
    const cwd = freshDir();
    const screen = launch(DUMPABLE, cwd);
    await screen.waitFor('runs 1-');
    process.kill(screen.pid, 'SIGQUIT');
    const ended = await screen.exited;
    assert.equal(ended.exitCode, 131);
    assert.ok(!ended.signal, `not killed by a signal: ${JSON.stringify(ended)}`);
    assert.deepEqual(readdirSync(cwd), [], 'no core file');
  });

  test('watch exits 131', async () => {
    const cwd = freshDir();
    const watch = headless(['watch', '--interval', '0.5'], ENV(), cwd);
    await until(() => watch.stderr().includes('baseline'), 'the first poll');
    process.kill(watch.pid, 'SIGQUIT');
    assert.deepEqual(await watch.ended, {code: 131, signal: null});
    assert.deepEqual(readdirSync(cwd), [], 'no core file');
  });

  test('list waiting on a hung server exits 131', async () => {
    const cwd = freshDir();
    const env = {TABLEFLOW_BASE_URL: hanging.url, TABLEFLOW_API_KEY: 'tf_quit_key_0123'};
    const list = headless(['list', '--json'], env, cwd);
    await until(() => hanging.requests.length > 0, 'the request');
    process.kill(list.pid, 'SIGQUIT');
    assert.deepEqual(await list.ended, {code: 131, signal: null});
    assert.deepEqual(readdirSync(cwd), [], 'no core file');
  });
});
