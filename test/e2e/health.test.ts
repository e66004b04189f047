import {test} from 'node:test';
import assert from 'node:assert/strict';
import stringWidth from 'string-width';
import {DEMO_WORLD} from '../../source/simulator/world/history.js';
import {e2eWorld} from '../helpers/e2e-world.js';
import {spawnCli, type Screen} from '../helpers/terminal.js';

// The built CLI in a pseudo-terminal, opened on the health view against the demo's
// workspace (eight days of history): what on-call sees first.

const world = e2eWorld({seed: 4, ...DEMO_WORLD});

function launch(args: string[], cols: number, rows: number): Screen {
  const screen = spawnCli(args, {
    cols,
    rows,
    env: {TABLEFLOW_BASE_URL: world.sim.url, TABLEFLOW_API_KEY: world.sim.key, NO_COLOR: '1'},
  });
  world.open.push(screen);
  return screen;
}

test('--view health opens on the flows, w changes the window, Enter lists a flow, q quits', async () => {
  const screen = launch(['--view', 'health'], 80, 24);
  const text = await screen.waitFor(/last 24h to .* vs the 24h before/, 20_000);
  assert.match(text, /\[24h\]/);
  assert.match(text, /All flows/);
  for (const line of screen.lines()) assert.ok(stringWidth(line) <= 80, line);
  screen.write('w');
  await screen.waitFor(/last 7d to/, 20_000);
  screen.write('j');
  screen.write('\r');
  await screen.waitFor(/flow: /, 10_000);
  screen.write('q');
  const {exitCode} = await screen.exited;
  assert.equal(exitCode, 0);
});

test('stats --json through the built CLI prints the figures of the window', async () => {
  const screen = launch(['stats', '--window', '6h', '--json'], 200, 10);
  const {exitCode} = await screen.exited;
  assert.equal(exitCode, 0);
  const json = screen.raw().slice(screen.raw().indexOf('{'));
  const doc = JSON.parse(json.slice(0, json.lastIndexOf('}') + 1)) as {
    window: {from: number; to: number};
    total: {runs: number; per_hour: number[]};
  };
  assert.equal(doc.window.to - doc.window.from, 6 * 3600);
  assert.equal(doc.total.per_hour.length, 6);
  assert.ok(doc.total.runs > 100);
});
