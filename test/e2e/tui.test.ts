import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {setTimeout as delay} from 'node:timers/promises';
import stringWidth from 'string-width';
import {e2eWorld} from '../helpers/e2e-world.js';
import {spawnCli, type Screen} from '../helpers/terminal.js';

// The built CLI in a real pseudo-terminal, talking HTTP to a frozen simulated workspace,
// its screen read back through a terminal emulator: what a person would see.

const world = e2eWorld({seed: 7, live: false});

function launch(
  args: string[],
  size: {cols: number; rows: number},
  key = world.sim.key,
  extraEnv: Record<string, string | undefined> = {},
): Screen {
  const screen = spawnCli(args, {
    ...size,
    env: {
      TABLEFLOW_BASE_URL: world.sim.url,
      TABLEFLOW_API_KEY: key,
      NO_COLOR: undefined,
      ...extraEnv,
    },
  });
  world.open.push(screen);
  return screen;
}

function newest(status?: string): string {
  const run = world.sim.world
    .runs()
    .find((candidate) => status === undefined || candidate.status === status);
  assert.ok(run, `the simulated world has a ${status ?? 'any'} run`);
  return run.id;
}

async function quit(screen: Screen): Promise<number> {
  screen.write('q');
  const {exitCode} = await screen.exited;
  return exitCode;
}

describe('the explorer in a real terminal', () => {
  test('the first screen shows the newest run, the tabs and the footer, in the alternate screen', async () => {
    const screen = launch(['--interval', '0'], {cols: 100, rows: 30});
    // A frame can arrive in more than one read: wait for its last line too.
    const text = await screen.waitFor((t) => t.includes(newest()) && t.includes('runs 1-50 of'));
    assert.match(text, /All/);
    assert.match(text, /Review/);
    assert.match(text, /runs 1-50 of/);
    assert.ok(screen.inAlternateScreen(), 'the app draws in the alternate screen');
    assert.equal(await quit(screen), 0);
  });

  test('the frame stays shorter than the terminal and no row wraps, at 60x15, 80x24 and 200x60', async () => {
    for (const size of [
      {cols: 60, rows: 15},
      {cols: 80, rows: 24},
      {cols: 200, rows: 60},
    ]) {
      const screen = launch(['--interval', '0'], size);
      await screen.waitFor(newest());
      const lines = screen.lines();
      assert.equal(
        lines.at(-1)?.trim(),
        '',
        `the last row stays empty at ${size.cols}x${size.rows}`,
      );
      for (const line of lines)
        assert.ok(stringWidth(line) <= size.cols, `"${line}" fits ${size.cols} columns`);
      assert.equal(await quit(screen), 0);
    }
  });

  test('Tab moves to the Processing filter and the list shows only runs in flight', async () => {
    const screen = launch(['--interval', '0'], {cols: 100, rows: 30});
    await screen.waitFor(newest());
    screen.write('\t');
    const text = await screen.waitFor(
      (t) => t.includes('[Processing]') && t.includes(newest('processing')),
    );
    // Run rows only: the header's counts and the footer's hints say "failed" too.
    const rows = text.split('\n').filter((line) => /^..\S (completed|failed) /.test(line));
    assert.deepEqual(rows, [], 'no finished run is listed under Processing');
    screen.write('5');
    await screen.waitFor((t) => t.includes('[Failed]') && t.includes(newest('failed')));
    assert.equal(await quit(screen), 0);
  });

  test('Enter opens the detail with its status-history timeline, and Esc closes it', async () => {
    const screen = launch(['--interval', '0', '--status', 'failed'], {cols: 100, rows: 30});
    const id = newest('failed');
    await screen.waitFor(id);
    screen.write('\r');
    const detail = await screen.waitFor(/Flow started via (api|manual)/);
    assert.match(detail, /failed/);
    screen.write('\u001B');
    await delay(100);
    await screen.waitFor((t) => t.includes('runs 1-') && !/Flow started via/.test(t));
    assert.equal(await quit(screen), 0);
  });

  test('a resize redraws the whole screen at the new size without leftovers', async () => {
    const screen = launch(['--interval', '0'], {cols: 120, rows: 30});
    await screen.waitFor(newest());
    screen.resize(60, 15);
    await delay(300);
    // At 60 columns the tabs take their short form; one header and one footer, nothing left over.
    const text = await screen.waitFor((t) => t.includes('Proc') && !t.includes('Processing'));
    assert.equal(text.split('\n').filter((line) => line.includes('runs 1-50 of')).length, 1);
    assert.equal(text.split('\n').filter((line) => line.includes('TableFlow')).length, 1);
    assert.equal(screen.lines().at(-1)?.trim(), '', 'the last row stays empty after the resize');
    assert.equal(await quit(screen), 0);
  });

  test('a rejected key gets a full explanation and never shows the key', async () => {
    const screen = launch(['--interval', '0'], {cols: 100, rows: 30}, 'sk_wrong_secret_value');
    const text = await screen.waitFor(/TABLEFLOW_API_KEY/);
    assert.match(text, /401/);
    assert.ok(
      !screen.raw().includes('sk_wrong_secret_value'),
      'the key never reaches the terminal',
    );
    assert.equal(await quit(screen), 0);
  });

  test('a shell with CI set still gets the live explorer, not only a final frame', async () => {
    // Ink renders only on exit when it believes it runs in CI; a terminal means a person.
    const screen = launch(['--interval', '0'], {cols: 80, rows: 24}, world.sim.key, {CI: 'true'});
    await screen.waitFor(newest());
    screen.write('j');
    await screen.waitFor((t) =>
      t
        .split('\n')
        .some(
          (line) => line.startsWith('›') && line.includes(world.sim.world.runs()[1]?.id ?? '?'),
        ),
    );
    assert.equal(await quit(screen), 0);
  });

  test('keys typed while the explorer starts are never echoed over its screen', async () => {
    const screen = launch(['--interval', '0'], {cols: 80, rows: 24});
    // Typing ahead: an unbound key every few ms from spawn until the list is up.
    const typing = setInterval(() => screen.write('~'), 3);
    try {
      await screen.waitFor(newest());
      await delay(100);
    } finally {
      clearInterval(typing);
    }
    await delay(200);
    assert.ok(!screen.text().includes('~'), `no key echoed on the screen:\n${screen.text()}`);
    assert.match(screen.lines()[0] ?? '', /^TableFlow runs/);
    assert.equal(await quit(screen), 0);
  });

  test('q restores the terminal: alternate screen left and cursor shown', async () => {
    const screen = launch(['--interval', '0'], {cols: 80, rows: 24});
    await screen.waitFor(newest());
    assert.equal(await quit(screen), 0);
    const raw = screen.raw();
    assert.ok(
      raw.lastIndexOf('\u001B[?1049l') > raw.lastIndexOf('\u001B[?1049h'),
      'left the alternate screen',
    );
    assert.ok(!screen.cursorHidden(), 'the cursor is visible again');
  });
});
