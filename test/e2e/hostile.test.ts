import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {setTimeout as delay} from 'node:timers/promises';
import stringWidth from 'string-width';
import {unexpectedControls} from '../helpers/escapes.js';
import {e2eWorld} from '../helpers/e2e-world.js';
import {spawnCli, type Screen} from '../helpers/terminal.js';

// Server text full of escape sequences, C1 controls, bidi overrides and carriage returns
// (the simulator's `hostile` mode), shown by the built CLI in a real pseudo-terminal.
// The assertion is on the bytes that reach the terminal: every control sequence in the
// stream must be one Ink or the app writes itself.

const world = e2eWorld({seed: 7, live: false}, (sim) => {
  sim.faults.set({mode: 'hostile', remaining: null});
});

function launch(args: string[]): Screen {
  const screen = spawnCli(args, {
    cols: 100,
    rows: 30,
    env: {TABLEFLOW_BASE_URL: world.sim.url, TABLEFLOW_API_KEY: world.sim.key, NO_COLOR: undefined},
  });
  world.open.push(screen);
  return screen;
}

const failedId = (): string =>
  world.sim.world.runs().find((run) => run.status === 'failed')?.id ?? '';
const exportedId = (): string =>
  world.sim.world.runs().find((run) => Object.keys(run.drive_files).length > 0)?.id ?? '';

// The frame is intact: the title on the first row, the footer on the last used one, and
// no row wider than the terminal (a newline or a wide character breaking out of a cell).
function assertLayout(screen: Screen): void {
  const lines = screen.lines();
  assert.match(lines[0] ?? '', /^TableFlow runs/);
  assert.match(lines.filter((line) => line.trim() !== '').at(-1) ?? '', /^runs \d/);
  for (const line of lines) assert.ok(stringWidth(line) <= 100, `"${line}" fits 100 columns`);
}

describe('hostile server text in a real terminal', () => {
  test('the explorer list, detail and help write no control the app does not own', async () => {
    const screen = launch(['--interval', '0.2', '--status', 'failed']);
    await screen.waitFor('runs 1-');
    assertLayout(screen);
    screen.write('\r');
    const detail = await screen.waitFor('Timeline');
    assertLayout(screen);
    assert.match(detail, /file_gnp\.exe/, 'the bidi override is gone, the text kept');
    assert.match(detail, /Stack: at step next/, 'colour codes inside the error are gone');
    assert.match(detail, /PO-1 title/, 'the window-title OSC is gone with its payload');
    // The metadata may sit below the fold, after a timeline of hostile messages.
    for (let step = 0; step < 80 && !screen.text().includes('Invoice cleared'); step++) {
      screen.write('j');
      await delay(25);
    }
    await screen.waitFor('Invoice cleared');
    assertLayout(screen);
    // The planted "clear screen and home" did nothing: the header is still on top.
    assert.match(screen.lines()[0] ?? '', /^TableFlow runs/);
    screen.write('?');
    await screen.waitFor('Run detail');
    screen.write('?');
    await delay(200);
    screen.write('\u001B');
    await delay(200);
    screen.write('q');
    assert.equal((await screen.exited).exitCode, 0);
    assert.deepEqual(unexpectedControls(screen.raw()), []);
  });

  test('list on a terminal writes no control the app does not own', async () => {
    const screen = launch(['list', '--status', 'failed', '--columns', 'id,status,error,details']);
    assert.equal((await screen.exited).exitCode, 0);
    assert.match(screen.raw(), new RegExp(failedId()));
    assert.deepEqual(unexpectedControls(screen.raw()), []);
  });

  test('list --json on a terminal writes no control the app does not own', async () => {
    const screen = launch(['list', '--status', 'failed', '--limit', '3', '--json']);
    assert.equal((await screen.exited).exitCode, 0);
    assert.match(screen.raw(), /flow_runs/);
    assert.deepEqual(unexpectedControls(screen.raw()), []);
  });

  test('show on a terminal writes no control the app does not own', async () => {
    const exported = launch(['show', exportedId()]);
    assert.equal((await exported.exited).exitCode, 0);
    assert.match(exported.raw(), /file_gnp\.exe/, 'a sheet title is shown, cleaned');
    assert.deepEqual(unexpectedControls(exported.raw()), []);
    const screen = launch(['show', failedId()]);
    assert.equal((await screen.exited).exitCode, 0);
    const plain = screen.raw().replace(/\u001B\[[0-9;?]*[A-Za-z]/g, '');
    assert.match(plain, /Invoice cleared/);
    assert.match(plain, /Stack: at step next/);
    assert.deepEqual(unexpectedControls(screen.raw()), []);
  });
});
