import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {startProxy} from '../../bench/proxy.js';
import {e2eWorld} from '../helpers/e2e-world.js';
import {assertWhole, settled} from '../helpers/screen-checks.js';
import {spawnCli, type Screen, type SpawnOptions} from '../helpers/terminal.js';

// The screen stays right in a real terminal, whatever happens to it: resized in one
// direction only, suspended and resumed, fed text of disputed width, quit after growing.
// The yardstick is the app's own full repaint (Ctrl-L): after any event, what is on the
// screen must be exactly what a repaint from scratch draws.

const world = e2eWorld({seed: 7, live: false});

const ENV = () => ({TABLEFLOW_BASE_URL: world.sim.url, TABLEFLOW_API_KEY: world.sim.key});

// Finished runs only: their durations do not tick, so two looks a moment apart agree.
function launch(cols: number, rows: number, options: SpawnOptions = {}): Screen {
  const screen = spawnCli(['--status', 'completed', '--interval', '2'], {
    cols,
    rows,
    ...options,
    env: {...ENV(), ...options.env},
  });
  world.open.push(screen);
  return screen;
}

describe('resizing in one direction only', () => {
  test('a width-only shrink or grow leaves the whole frame, at every width', async () => {
    const screen = launch(120, 30);
    await screen.waitFor('runs 1-');
    await assertWhole(screen, 120, 30, 'at start');
    for (const cols of [100, 90, 70, 121, 140, 80]) {
      screen.resize(cols, 30);
      await assertWhole(screen, cols, 30, `width ${cols}`);
      assert.match(screen.text(), /runs 1-/, `width ${cols}: the footer is there`);
    }
    screen.write('q');
    await screen.exited;
  });

  test('a height-only shrink or grow leaves the whole frame, at every height', async () => {
    const screen = launch(120, 30);
    await screen.waitFor('runs 1-');
    for (const rows of [20, 36, 15, 24]) {
      screen.resize(120, rows);
      await assertWhole(screen, 120, rows, `height ${rows}`);
      const lines = screen.lines();
      const footer = lines.findIndex((line) => line.includes('runs 1-'));
      assert.equal(footer, rows - 2, `height ${rows}: the footer is on its row`);
    }
    screen.write('q');
    await screen.exited;
  });
});

describe('text whose width terminals dispute', () => {
  before(() => world.sim.faults.set({mode: 'disputed-width', remaining: null}));
  after(() => world.sim.faults.set(null));

  for (const [cols, rows] of [
    [120, 30],
    [80, 24],
  ] as const) {
    test(`at ${cols}x${rows}, no row of the list, the flow picker, the detail or the help disturbs another`, async () => {
      const screen = launch(cols, rows);
      await screen.waitFor('runs 1-');
      // The flows' names come in their own answer, which a loaded machine may take a while to
      // draw: the list is compared once it shows them (a Devanagari name of the fault mode).
      await screen.waitFor('रसाद');
      await assertWhole(screen, cols, rows, 'the list');
      const list = screen.lines();
      assert.match(list[1] ?? '', /Processing/, 'the tabs are on the second row');
      assert.match(list[rows - 2] ?? '', /runs 1-/, 'the footer is on its row');
      // Every list row starts in its own first column, with the selection or a space.
      for (const line of list.slice(3, rows - 2)) assert.match(line, /^(› | {2})✔ completed/);
      screen.write('f');
      await screen.waitFor('All flows');
      await assertWhole(screen, cols, rows, 'the flow picker');
      screen.write('\u001B');
      await settled(screen);
      screen.write('\r');
      await screen.waitFor('Timeline');
      await assertWhole(screen, cols, rows, 'the detail');
      for (let page = 0; page < 4; page++) {
        screen.write('\u001B[6~');
        await assertWhole(screen, cols, rows, `the detail, page ${page + 2}`);
      }
      screen.write('?');
      await assertWhole(screen, cols, rows, 'the help');
      // One key at a time: Esc and q in one read would be Alt-q.
      for (const key of ['q', '\u001B', 'q']) {
        screen.write(key);
        await settled(screen);
      }
      await screen.exited;
    });
  }
});

// A shell with job control in the terminal, then the CLI started from it, as a user does.
function shell(cols: number, rows: number): Screen {
  const screen = launch(cols, rows, {
    script: 'PS1="$ " exec bash --norc --noprofile -i',
    env: {...ENV(), PS1: '$ '},
  });
  return screen;
}

const START = '"$NODE" "$CLI" --status completed --interval 2\r';

describe('Ctrl-Z and fg', () => {
  test('Ctrl-Z gives the shell a clean, cooked terminal; fg brings back a full frame and working keys', async () => {
    const screen = shell(100, 24);
    await screen.waitFor('$');
    screen.write('echo ready\r');
    await screen.waitFor('ready');
    screen.write(START);
    await screen.waitFor('runs 1-');
    await settled(screen);
    screen.write('\u001a');
    await screen.waitFor(/Stopped/);
    assert.equal(screen.inAlternateScreen(), false, 'the shell is on the normal screen');
    assert.equal(screen.cursorHidden(), false, 'the cursor is shown');
    screen.write('stty -a | tr " " "\\n" | grep -x -e icanon -e -icanon -e echo -e -echo\r');
    await screen.waitFor(/^icanon$/m);
    assert.match(screen.text(), /^echo$/m, 'echo is on');
    // The pane changes size while the app is stopped.
    screen.resize(90, 22);
    screen.write('fg\r');
    await screen.waitFor('runs 1-');
    assert.equal(screen.inAlternateScreen(), true);
    await assertWhole(screen, 90, 22, 'after fg');
    const before = screen.lines().findIndex((line) => line.startsWith('›'));
    screen.write('j');
    await screen.waitFor(
      () => screen.lines().findIndex((line) => line.startsWith('›')) === before + 1,
    );
    screen.write('q');
    await screen.waitFor(/^\$$/m);
    assert.equal(screen.inAlternateScreen(), false);
    screen.write('exit\r');
    await screen.exited;
  });
});

describe('quitting', () => {
  test('after growing the pane, quitting leaves the shell screen as it was', async () => {
    const screen = shell(80, 24);
    await screen.waitFor('$');
    screen.write('clear; echo before-1; echo before-2\r');
    await screen.waitFor('before-2');
    const shellScreen = await settled(screen);
    screen.write(START);
    await screen.waitFor('runs 1-');
    screen.resize(120, 40);
    await assertWhole(screen, 120, 40, 'grown');
    screen.write('q');
    await screen.waitFor(() => !screen.inAlternateScreen());
    const after = await settled(screen);
    assert.ok(!after.some((line) => line.includes('TableFlow runs') || line.includes('✔')));
    // The shell's lines are where they were, then the command and the next prompt.
    assert.deepEqual(after.slice(0, 2), shellScreen.slice(0, 2));
    assert.match(after[2] ?? '', /^\$ "\$NODE"/);
    assert.equal(after[3], '$');
    // Emptied before it is left: tmux, shrinking it back, would keep its top rows.
    const raw = screen.raw();
    const leave = raw.lastIndexOf('\u001B[?1049l');
    assert.ok(raw.slice(0, leave).endsWith('\u001B[2J\u001B[?7h\u001B[?25h'), 'cleared first');
    screen.write('exit\r');
    await screen.exited;
  });
});

describe('a new run at the top', () => {
  // On each refresh a proxy puts one more finished run above the others, as a busy
  // workspace does: the rows below move down one, and the screen scrolls them.
  for (const [cols, rows] of [
    [120, 30],
    [80, 24],
  ] as const) {
    test(`at ${cols}x${rows} the rows scroll down, and the screen equals a full repaint`, async () => {
      const arrived: Record<string, unknown>[] = [];
      const proxy = await startProxy(world.sim.url, (body, n) => {
        const model = body.flow_runs.find((run) => run.status === 'completed');
        if (model !== undefined && n > 1) {
          const at = Math.floor(Date.now() / 1000) - 600;
          arrived.unshift({...model, id: `Arrived${String(n).padStart(9, '0')}`, created_at: at});
        }
        body.flow_runs.splice(0, 0, ...arrived);
        body.flow_runs.splice(50);
      });
      const screen = spawnCli(['--status', 'completed', '--interval', '0'], {
        cols,
        rows,
        env: {TABLEFLOW_BASE_URL: proxy.url, TABLEFLOW_API_KEY: world.sim.key},
      });
      world.open.push(screen);
      try {
        await screen.waitFor('runs 1-');
        await settled(screen);
        for (let round = 2; round <= 5; round++) {
          const before = screen.raw().length;
          screen.write('r');
          await screen.waitFor(`Arrived${String(round).padStart(9, '0')}`);
          await assertWhole(screen, cols, rows, `refresh ${round}`);
          const sent = screen.raw().slice(before);
          assert.match(sent, /\u001B\[1L/, `refresh ${round} scrolled instead of redrawing`);
        }
      } finally {
        screen.write('q');
        await screen.exited;
        await proxy.close();
      }
    });
  }
});
