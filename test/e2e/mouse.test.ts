import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {setTimeout as delay} from 'node:timers/promises';
import {e2eWorld} from '../helpers/e2e-world.js';
import {spawnCli, type Screen} from '../helpers/terminal.js';

// The mouse in a real terminal: SGR reports typed into the pty act on the screen, never
// show up as text, and the terminal's mouse modes are off again whenever the shell has it.

const world = e2eWorld({seed: 7, live: false});

const ENV = () => ({TABLEFLOW_BASE_URL: world.sim.url, TABLEFLOW_API_KEY: world.sim.key});

function launch(args: readonly string[] = [], script?: string): Screen {
  const screen = spawnCli(['--status', 'completed', '--interval', '2', ...args], {
    cols: 100,
    rows: 24,
    env: {...ENV(), PS1: '$ '},
    ...(script === undefined ? {} : {script}),
  });
  world.open.push(screen);
  return screen;
}

// 1-based cells, as the terminal sends them.
const press = (button: number, column: number, row: number): string =>
  `\u001B[<${button};${column};${row}M`;
const release = (button: number, column: number, row: number): string =>
  `\u001B[<${button};${column};${row}m`;
const click = (column: number, row: number): string =>
  press(0, column, row) + release(0, column, row);

const selectedRow = (screen: Screen): number =>
  screen.lines().findIndex((line) => line.startsWith('›'));

describe('the mouse', () => {
  test('turns on SGR button reporting, not motion tracking', async () => {
    const screen = launch();
    await screen.waitFor('runs 1-');
    assert.equal(screen.mouseTracking(), 'vt200', 'button events (1000)');
    assert.ok(screen.raw().includes('\u001B[?1006h'), 'SGR reports (1006)');
    assert.ok(!screen.raw().includes('\u001B[?1003h'), 'no any-motion tracking');
    screen.write('q');
    await screen.exited;
  });

  test('the wheel moves the selection, a click selects a row, a double click opens it, a tab filters', async () => {
    const screen = launch();
    await screen.waitFor('runs 1-');
    const first = selectedRow(screen);
    assert.equal(first, 3, 'the first run is on the fourth row');
    screen.write(press(65, 10, 5) + press(65, 10, 5));
    await screen.waitFor(() => selectedRow(screen) === first + 2);
    // Row 9 of the terminal (1-based) is the sixth run.
    screen.write(click(10, 9));
    await screen.waitFor(() => selectedRow(screen) === 8);
    const id = /^› \S+ \S+\s+(\S+)/.exec(screen.lines()[8] ?? '')?.[1];
    assert.ok(id !== undefined);
    screen.write(click(10, 9));
    await screen.waitFor('Timeline');
    assert.match(screen.lines()[2] ?? screen.text(), new RegExp(id));
    screen.write('\u001B');
    await screen.waitFor('runs 1-');
    // The Failed tab is the last on the second row.
    const tabs = screen.lines()[1] ?? '';
    screen.write(click(tabs.indexOf('Failed') + 2, 2));
    await screen.waitFor(/\[Failed\]/);
    assert.doesNotMatch(screen.text(), /\[<|;\d+M/, 'no report shows up as text');
    screen.write('q');
    await screen.exited;
  });

  test('reports while typing a search never reach the search as text', async () => {
    const screen = launch();
    await screen.waitFor('runs 1-');
    screen.write('/');
    await screen.waitFor('Esc clear');
    // A report split across two reads, around typed text.
    screen.write(`x${press(64, 5, 6).slice(0, 5)}`);
    await delay(5);
    screen.write(`${press(64, 5, 6).slice(5)}y${click(3, 3)}`);
    await screen.waitFor('/xy');
    await delay(100);
    assert.match(screen.text(), /\/xy▏? /);
    assert.doesNotMatch(screen.text(), /\[<|<64|;6M/);
    // One key at a time: Esc and q in one read would be Alt-q.
    screen.write('\u001B');
    await screen.waitFor(() => !screen.text().includes('/xy'));
    screen.write('q');
    await screen.exited;
  });

  test('--no-mouse asks the terminal for no reports', async () => {
    const screen = launch(['--no-mouse']);
    await screen.waitFor('runs 1-');
    assert.equal(screen.mouseTracking(), 'none');
    assert.ok(!screen.raw().includes('\u001B[?1000h'));
    screen.write('q');
    await screen.exited;
  });

  test('quitting turns reporting off; so does Ctrl-Z, and fg turns it back on', async () => {
    const screen = launch([], 'PS1="$ " exec bash --norc --noprofile -i');
    await screen.waitFor('$');
    screen.write('"$NODE" "$CLI" --status completed --interval 2\r');
    await screen.waitFor('runs 1-');
    assert.equal(screen.mouseTracking(), 'vt200');
    screen.write('\u001a');
    await screen.waitFor(/Stopped/);
    assert.equal(screen.mouseTracking(), 'none', 'off while the shell has the terminal');
    screen.write('fg\r');
    await screen.waitFor('runs 1-');
    assert.equal(screen.mouseTracking(), 'vt200', 'back on after fg');
    screen.write('q');
    await screen.waitFor(() => !screen.inAlternateScreen());
    assert.equal(screen.mouseTracking(), 'none', 'off after quitting');
    const raw = screen.raw();
    assert.ok(raw.lastIndexOf('\u001B[?1006l') > raw.lastIndexOf('\u001B[?1006h'));
    screen.write('exit\r');
    await screen.exited;
  });
});
