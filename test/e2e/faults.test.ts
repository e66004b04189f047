import {afterEach, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {setTimeout as delay} from 'node:timers/promises';
import stringWidth from 'string-width';
import {startSimulator, type FaultMode} from '../../source/simulator/http/server.js';
import {e2eWorld} from '../helpers/e2e-world.js';
import {spawnCli, type Screen} from '../helpers/terminal.js';

// The built explorer in a pseudo-terminal against a simulator switched into each failure:
// the banner says what is wrong, the last data stays on screen with its age, and the
// explorer recovers by itself once the fault clears (errors a retry cannot fix wait a
// minute, so there the test presses r, as the banner says). Then bad data, runs of hostile
// size, a server that is down or goes away, a hanging one, and the count of requests in flight.

const world = e2eWorld({seed: 7, live: false});

// A failed test must not leave its fault behind for the next one.
afterEach(() => world.sim.faults.set(null));

function launch(url = world.sim.url, key = world.sim.key, args: string[] = []): Screen {
  const screen = spawnCli(['--interval', '0.2', ...args], {
    cols: 100,
    rows: 30,
    env: {TABLEFLOW_BASE_URL: url, TABLEFLOW_API_KEY: key},
  });
  world.open.push(screen);
  return screen;
}

const newest = (): string => world.sim.world.runs()[0]?.id ?? '';

async function quit(screen: Screen): Promise<void> {
  screen.write('q');
  const ended = await Promise.race([screen.exited, delay(5000).then(() => null)]);
  assert.ok(ended !== null, `q did not quit; screen:\n${screen.text()}`);
  assert.equal(ended.exitCode, 0);
}

function assertFits(screen: Screen): void {
  for (const line of screen.lines()) assert.ok(stringWidth(line) <= 100, `"${line}" fits`);
}

const BANNERS: ReadonlyArray<readonly [FaultMode, RegExp, 'by itself' | 'on r']> = [
  ['server-error', /HTTP 500/, 'by itself'],
  ['bad-gateway', /HTTP 502/, 'by itself'],
  ['rate-limited', /HTTP 429/, 'by itself'],
  ['unavailable', /HTTP 503/, 'by itself'],
  ['html', /HTML/, 'by itself'],
  ['truncated', /truncated/, 'by itself'],
  ['disconnect', /Cannot reach/, 'by itself'],
  ['not-found', /HTTP 404/, 'on r'],
  ['unauthorized', /HTTP 401/, 'on r'],
  ['forbidden', /HTTP 403/, 'on r'],
];

describe('faults in a real terminal', () => {
  test('each failure shows its banner over the last data, and the explorer recovers', async () => {
    const screen = launch();
    const id = newest();
    await screen.waitFor(id);
    for (const [mode, banner, recovery] of BANNERS) {
      world.sim.faults.set({mode, remaining: null});
      // A retry a minute away for errors a retry cannot fix, a backoff for the others
      // (tens of seconds: a loaded machine may show the banner a few seconds late).
      const retry = recovery === 'on r' ? /retrying in ([3-5]\d|60)s/ : /retrying (now|in \d+s)/;
      await screen.waitFor(
        (text) =>
          banner.test(text) &&
          text.includes(id) &&
          /showing data from/.test(text) &&
          retry.test(text),
        15_000,
      );
      world.sim.faults.set(null);
      if (recovery === 'on r') screen.write('r');
      await screen.waitFor((text) => !banner.test(text) && text.includes(id), 15_000);
      assertFits(screen);
    }
    await quit(screen);
  });

  test('bad data never stops the explorer: unknown statuses, wrong types, absurd numbers, 1,000 runs, 5,000 steps', async () => {
    const screen = launch();
    await screen.waitFor(newest());
    world.sim.faults.set({mode: 'wrong-types', remaining: null});
    await screen.waitFor('archived');
    assertFits(screen);
    world.sim.faults.set({mode: 'absurd', remaining: null});
    await screen.waitFor((text) => !text.includes('archived') && text.includes('runs 1-'));
    assert.doesNotMatch(screen.text(), /NaN|Invalid Date|Infinity|undefined/);
    assertFits(screen);
    world.sim.faults.set({mode: 'huge-page', remaining: null});
    await screen.waitFor('of 1,000');
    screen.write('\u001B[C');
    await screen.waitFor('page 2/');
    screen.write('\u001B[D');
    world.sim.faults.set({mode: 'long-history', remaining: null});
    await screen.waitFor((text) => text.includes('page 1/') && text.includes(newest()));
    screen.write('\r');
    await screen.waitFor('Retry 1 of a looping step', 10_000);
    assertFits(screen);
    screen.write('\u001B');
    await screen.waitFor((text) => text.includes('STATUS'));
    world.sim.faults.set(null);
    await screen.waitFor((text) => text.includes(newest()) && !/Retry \d+ of/.test(text));
    await quit(screen);
  });

  test('a run nested 10,000 deep is counted as unreadable; a 130,000-item one opens with its list cut', async () => {
    const screen = launch();
    await screen.waitFor(newest());
    world.sim.faults.set({mode: 'deep-run', remaining: null});
    await screen.waitFor((text) => text.includes('1 unreadable') && text.includes(newest()));
    world.sim.faults.set({mode: 'huge-run', remaining: null});
    await screen.waitFor((text) => !text.includes('unreadable') && text.includes(newest()));
    screen.write('\r');
    // G once the pane knows how far it scrolls: the down indicator says so.
    await screen.waitFor((text) => text.includes('Timeline') && /↓ \d+ more/.test(text));
    screen.write('G');
    await screen.waitFor('… 129,900 more in list');
    assertFits(screen);
    screen.write('\u001B');
    await screen.waitFor((text) => text.includes('STATUS'));
    world.sim.faults.set(null);
    await quit(screen);
  });

  test('a server hanging leaves the explorer responsive, and q quits at once', async () => {
    const screen = launch();
    await screen.waitFor(newest());
    world.sim.faults.set({mode: 'hang', remaining: null});
    try {
      screen.write('r');
      await screen.waitFor('refreshing');
      screen.write('?');
      await screen.waitFor('Run detail', 2000);
      screen.write('?');
      const started = performance.now();
      await quit(screen);
      assert.ok(performance.now() - started < 2000, 'no wait for the hung request');
    } finally {
      world.sim.faults.set(null);
    }
  });

  test('a server down at the start is reported, and the explorer loads once it is up', async () => {
    const probe = await startSimulator({seed: 7, live: false});
    const {url, key} = probe;
    await probe.close();
    const screen = launch(url, key);
    await screen.waitFor(/Cannot reach/);
    const port = Number(new URL(url).port);
    const late = await startSimulator({seed: 7, live: false, key, port});
    try {
      await screen.waitFor(
        (text) => text.includes('runs 1-') && !/Cannot reach/.test(text),
        15_000,
      );
      await quit(screen);
    } finally {
      await late.close();
    }
  });

  test('a server going away keeps the data with its age, and its return clears the banner', async () => {
    const first = await startSimulator({seed: 7, live: false});
    const port = Number(new URL(first.url).port);
    const id = first.world.runs()[0]?.id ?? '';
    const screen = launch(first.url, first.key);
    await screen.waitFor(id);
    await first.close();
    await screen.waitFor((text) => /Cannot reach/.test(text) && text.includes(id));
    assert.match(screen.text(), /showing data from/);
    const back = await startSimulator({seed: 7, live: false, key: first.key, port});
    try {
      await screen.waitFor((text) => !/Cannot reach/.test(text) && text.includes(id), 15_000);
      await quit(screen);
    } finally {
      await back.close();
    }
  });

  test('never more than one request in flight, through faults, retries and the open detail', async () => {
    const screen = launch();
    await screen.waitFor(newest());
    world.sim.resetStats();
    const before = world.sim.stats().requests;
    screen.write('\r');
    await screen.waitFor('Timeline');
    for (const [mode, banner] of [
      ['server-error', /HTTP 500/],
      ['rate-limited', /HTTP 429/],
    ] as const) {
      world.sim.faults.set({mode, remaining: null});
      await screen.waitFor(banner);
      world.sim.faults.set(null);
      await screen.waitFor((text) => !banner.test(text), 15_000);
    }
    const stats = world.sim.stats();
    assert.ok(stats.requests - before >= 10, `${stats.requests - before} requests were made`);
    assert.equal(stats.maxInFlight, 1);
    screen.write('\u001B');
    // Esc and q together would read as Alt-q.
    await screen.waitFor((text) => text.includes('STATUS'));
    await quit(screen);
  });
});
