import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {setTimeout as delay} from 'node:timers/promises';
import {e2eWorld} from '../helpers/e2e-world.js';
import {spawnCli, type Screen} from '../helpers/terminal.js';

// Alerts and the clipboard are bytes beside the frame: these tests read what reaches the
// pseudo-terminal, as a terminal (or tmux in front of it) would receive them.

const world = e2eWorld({seed: 11, live: true});

function launch(args: string[], env: Record<string, string | undefined> = {}): Screen {
  const screen = spawnCli(args, {
    cols: 120,
    rows: 30,
    env: {
      TABLEFLOW_BASE_URL: world.sim.url,
      TABLEFLOW_API_KEY: world.sim.key,
      TMUX: undefined,
      STY: undefined,
      ...env,
    },
  });
  world.open.push(screen);
  return screen;
}

// BELs that are not the terminator of an OSC string (OSC 52, OSC 9 end with one too).
const bells = (raw: string): number =>
  raw.replaceAll(/\x1b\][^\x07\x1b]*\x07/g, '').split('\x07').length - 1;

const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

function selectedId(screen: Screen): string {
  const line = screen.lines().find((row) => row.startsWith('›')) ?? '';
  const id = /^›\S*\s+\S+\s+\S+\s+(\S+)/.exec(line)?.[1];
  assert.ok(id !== undefined, `a selected row on screen:\n${screen.text()}`);
  return id;
}

describe('alerts and the clipboard in a real terminal', () => {
  test('--bell rings once a run fails between refreshes, never on the first load', async () => {
    const screen = launch(['--bell', '--interval', '1']);
    await screen.waitFor(/runs 1-50 of/);
    await delay(1500);
    assert.equal(bells(screen.raw()), 0, 'the first load never rings');
    // Simulated minutes pass between two refreshes until some run on the page has failed.
    const deadline = Date.now() + 20_000;
    while (bells(screen.raw()) === 0 && Date.now() < deadline) {
      world.sim.world.advance(90_000);
      await delay(1200);
    }
    assert.ok(bells(screen.raw()) >= 1, 'a failure rang the bell');
    screen.write('q');
    assert.equal((await screen.exited).exitCode, 0);
  });

  test('y sends the run id with OSC 52 and the footer confirms it', async () => {
    const screen = launch(['--interval', '0']);
    await screen.waitFor(/runs 1-50 of/);
    const id = selectedId(screen);
    screen.write('y');
    await screen.waitFor(`copied run id ${id}`);
    await screen.waitForRaw(`\x1b]52;c;${base64(id)}\x07`);
    screen.write('q');
    await screen.exited;
  });

  test('inside tmux the clipboard sequence also goes through tmux passthrough, ESCs doubled', async () => {
    const screen = launch(['--interval', '0'], {TMUX: '/tmp/tmux-1000/default,4242,0'});
    await screen.waitFor(/runs 1-50 of/);
    const id = selectedId(screen);
    screen.write('y');
    await screen.waitFor(`copied run id ${id}`);
    // Wrapped for tmux: passthrough with every ESC of the sequence doubled.
    await screen.waitForRaw(`\x1bPtmux;\x1b\x1b]52;c;${base64(id)}\x07\x1b\\`);
    screen.write('q');
    await screen.exited;
  });
});

describe('links and search in a real terminal', () => {
  // Starts the explorer with `args`, finds a run with a Drive export by searching for its
  // id, and opens it.
  async function openDriveExport(args: string[]): Promise<Screen> {
    const run = world.sim.world
      .runs()
      .slice(0, 50)
      .find((candidate) => Object.keys(candidate.drive_files ?? {}).length > 0);
    assert.ok(run !== undefined, 'a run on the first page has a Drive export');
    const screen = launch(['--interval', '0', ...args]);
    await screen.waitFor(/runs 1-50 of/);
    screen.write(`/${run.id}`);
    await screen.waitFor('1 of 50 match');
    screen.write('\r');
    await delay(100);
    screen.write('\r');
    return screen;
  }

  test('a Drive export found by search opens with an OSC 8 link to its sheet, rows still fitting', async () => {
    const screen = await openDriveExport([]);
    await screen.waitFor('Drive files');
    const raw = screen.raw();
    assert.match(raw, /\x1b\]8;;https:\/\/(docs|drive)\.google\.com\/[^\x1b]+\x1b\\/);
    for (const line of screen.lines()) assert.ok(line.length <= 120, `"${line}" fits`);
    screen.write('\x1b');
    await delay(100);
    screen.write('q');
    await screen.exited;
  });

  test('--no-links prints the Drive URL without OSC 8', async () => {
    const screen = await openDriveExport(['--no-links']);
    await screen.waitFor(/https:\/\/(docs|drive)\.google\.com/);
    assert.doesNotMatch(screen.raw(), /\x1b\]8;;/);
    screen.write('\x1b');
    await delay(100);
    screen.write('q');
    await screen.exited;
  });
});
