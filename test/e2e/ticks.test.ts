import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {setTimeout as delay} from 'node:timers/promises';
import {e2eWorld} from '../helpers/e2e-world.js';
import {assertWhole, settled} from '../helpers/screen-checks.js';
import {spawnCli, type Screen} from '../helpers/terminal.js';

// Runs in flight count seconds. A tick draws their new seconds straight onto the screen,
// between Ink's frames (tui/views/ink-text.ts); these check, in a real terminal, that the
// screen is then what a full repaint draws, and that the next frame Ink makes (a key, a
// refresh, a resize) shows the same seconds or later ones, never earlier: the text the tick
// drew is the text Ink's tree holds.

// A busy workspace: a new run every few seconds, runs in flight under a minute old.
const world = e2eWorld({
  seed: 5,
  live: true,
  tickMs: 1000,
  meanArrivalMs: 4000,
  steady: true,
  warmUpMs: 5 * 60_000,
  pace: 0.5,
});

// Refreshed every 2 s, a tick with no refresh to show draws the rows and nothing else; with
// no refresh but `r`, the header counts seconds, so Ink draws a frame on every tick too.
function launch(cols: number, rows: number, interval: '0' | '2'): Screen {
  const screen = spawnCli(['--interval', interval], {
    cols,
    rows,
    env: {TABLEFLOW_BASE_URL: world.sim.url, TABLEFLOW_API_KEY: world.sim.key},
  });
  world.open.push(screen);
  return screen;
}

// The seconds each young run in flight shows, by run id.
function seconds(screen: Screen): Map<string, number> {
  const shown = new Map<string, number>();
  for (const line of screen.lines()) {
    const match = /processing\s+(\w+)\s.*<1m\s+(\d+)s/.exec(line);
    if (match !== null) shown.set(match[1] as string, Number(match[2]));
  }
  return shown;
}

/** Asserts no run shows fewer seconds than it did `before`, and that some were compared. */
function assertNoneBack(before: Map<string, number>, after: Map<string, number>, what: string) {
  let compared = 0;
  for (const [id, was] of before) {
    const now = after.get(id);
    if (now === undefined) continue;
    compared += 1;
    assert.ok(now >= was, `${what}: ${id} went from ${was}s back to ${now}s`);
  }
  assert.ok(compared > 0, `${what}: a run in flight to compare`);
}

// Between ticks: a look just after one would race the next.
const betweenTicks = (screen: Screen) => settled(screen, 300);

/** Asserts that each of a few ticks moves every young run in flight on screen on. */
async function assertTicksMove(screen: Screen, what: string) {
  for (let round = 0; round < 4; round++) {
    const before = seconds(screen);
    const sent = screen.raw().length;
    while (screen.raw().length === sent) await delay(10);
    await betweenTicks(screen);
    const after = seconds(screen);
    const moved = [...before].filter(([id]) => after.has(id));
    assert.ok(moved.length > 0, `${what}: a run in flight in two looks`);
    for (const [id, was] of moved)
      assert.ok((after.get(id) ?? 0) > was, `${what}: ${id} stayed at ${was}s over a tick`);
  }
}

/**
 * Asserts that the frame `act` makes shows no run in flight with fewer seconds than the
 * screen showed just before, looked at before the next tick could draw over a row that the
 * frame got wrong. Several times: a tick that cannot draw renders its rows, mending them.
 */
async function assertFramesAgree(screen: Screen, what: string, act: () => unknown) {
  for (let round = 0; round < 4; round++) {
    await betweenTicks(screen);
    const before = seconds(screen);
    const sent = screen.raw().length;
    await act();
    while (screen.raw().length === sent) await delay(10);
    await delay(30);
    assertNoneBack(before, seconds(screen), `${what}, round ${round}`);
  }
}

describe('runs in flight counting seconds', () => {
  for (const interval of ['2', '0'] as const)
    test(`the list (--interval ${interval}): ticks, then a key, a refresh and a resize`, async () => {
      const screen = launch(120, 30, interval);
      try {
        await screen.waitFor((text) => /runs 1-/.test(text) && seconds(screen).size > 0);
        await betweenTicks(screen);
        await assertTicksMove(screen, 'the list');
        await assertWhole(screen, 120, 30, 'after ticks');
        let resizes = 0;
        for (const [what, act, cols] of [
          ['a key (Ink renders the whole tree)', () => screen.write('j'), 120],
          ['a refresh', () => screen.write('r'), 120],
          // Width only, 100 and 110 columns in turn: 110 after the fourth.
          ['a width-only resize', () => screen.resize(++resizes % 2 === 1 ? 100 : 110, 30), 110],
        ] as const) {
          await assertFramesAgree(screen, what, act);
          await assertWhole(screen, cols, 30, what);
        }
      } finally {
        // A failed look may have left a prompt open: quit, and kill what does not.
        screen.write('\u001Bq');
        await Promise.race([screen.exited, delay(3000).then(() => screen.kill('SIGKILL'))]);
      }
    });

  test('the split view: the list beside the preview ticks the same way', async () => {
    const screen = launch(160, 24, '2');
    try {
      await screen.waitFor((text) => /runs 1-/.test(text) && seconds(screen).size > 0);
      screen.write('\r');
      await screen.waitFor(/Timeline/);
      await betweenTicks(screen);
      await assertTicksMove(screen, 'beside the preview');
      await assertWhole(screen, 160, 24, 'split, after ticks');
      await assertFramesAgree(screen, 'a key in the split view', () => screen.write('j'));
      await assertWhole(screen, 160, 24, 'split, after a key');
    } finally {
      // A failed look may have left a prompt open: quit, and kill what does not.
      screen.write('\u001Bq');
      await Promise.race([screen.exited, delay(3000).then(() => screen.kill('SIGKILL'))]);
    }
  });
});
