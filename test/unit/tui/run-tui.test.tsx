import {test} from 'node:test';
import assert from 'node:assert/strict';
import {setTimeout as delay} from 'node:timers/promises';
import {runTui} from '../../../source/tui/run-tui.js';
import type {RunPage} from '../../../source/domain/run.js';
import {createFakeClient} from '../../helpers/fake-client.js';
import type {FakeClient} from '../../helpers/fake-client.js';
import {FakeStdin, FakeStdout} from '../../helpers/fake-terminal.js';
import {KEYS, press} from '../../helpers/keys.js';
import {makeRuns} from '../../helpers/runs.js';

const ENTER = '\x1b[?1049h';
const LEAVE = '\x1b[?1049l';
const SHOW_CURSOR = '\x1b[?25h';

function launch(client: FakeClient = createFakeClient({runs: makeRuns(10)})) {
  const stdout = new FakeStdout(100, 30, true);
  const stdin = new FakeStdin();
  const exit = runTui(
    {
      client,
      host: 'api.tableflow.com',
      limit: 50,
      intervalMs: 60_000,
    },
    {
      stdin: stdin as unknown as NodeJS.ReadStream,
      stdout: stdout as unknown as NodeJS.WriteStream,
      stderr: new FakeStdout(100, 30) as unknown as NodeJS.WriteStream,
    },
  );
  return {stdout, stdin, exit};
}

/** Asserts the session drew in the alternate screen and gave the terminal back. */
function assertRestored(stdout: FakeStdout, stdin: FakeStdin): void {
  const written = stdout.all();
  assert.ok(written.startsWith(ENTER), 'enters the alternate screen first');
  assert.match(written, /run0000/, 'drew the runs');
  assert.ok(
    written.endsWith(SHOW_CURSOR + LEAVE),
    'shows the cursor and leaves the alternate screen last',
  );
  assert.equal(stdin.rawMode, false, 'raw mode is off');
}

test('q ends the session with code 0 and restores the terminal', async () => {
  const {stdout, stdin, exit} = launch();
  await delay(50);
  assert.equal(stdin.rawMode, true);
  await press(stdin, 'q');
  assert.equal(await exit, 0);
  assertRestored(stdout, stdin);
});

test('Ctrl-C is a normal quit too', async () => {
  const {stdout, stdin, exit} = launch();
  await delay(50);
  await press(stdin, KEYS.ctrlC);
  assert.equal(await exit, 0);
  assertRestored(stdout, stdin);
});

test('SIGTERM and SIGHUP restore the terminal and end with 128 + the signal number', async () => {
  for (const [signal, code] of [
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const) {
    const {stdout, stdin, exit} = launch();
    await delay(50);
    process.emit(signal, signal);
    assert.equal(await exit, code);
    assertRestored(stdout, stdin);
    await delay(0);
    assert.equal(process.listenerCount(signal) > 0, true, 'Ink’s own exit hook stays');
  }
});

test('a crash while rendering restores the terminal, then rejects with the error', async () => {
  const client = createFakeClient();
  // A page the API module would never let through: the reducer throws on it mid-render.
  client.onListRuns(() => ({runs: null, pagination: null}) as unknown as RunPage);
  const {stdout, stdin, exit} = launch(client);
  await assert.rejects(exit, TypeError);
  const written = stdout.all();
  assert.ok(written.startsWith(ENTER));
  assert.ok(written.endsWith(SHOW_CURSOR + LEAVE));
  assert.equal(stdin.rawMode, false);
});

test('no listener of the session is left behind', async () => {
  const before = process.listenerCount('uncaughtException');
  const {stdin, exit} = launch();
  await delay(50);
  await press(stdin, 'q');
  await exit;
  await delay(0);
  assert.equal(process.listenerCount('uncaughtException'), before);
});
