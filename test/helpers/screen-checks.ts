// Checks the e2e suites make of a whole screen. The yardstick is the app's own full repaint
// (Ctrl-L): after any event, what is on the screen must be exactly what a repaint draws.
import assert from 'node:assert/strict';
import {setTimeout as delay} from 'node:timers/promises';
import {isDeepStrictEqual} from 'node:util';
import {cellWidth} from '../../source/text/width.js';
import type {Screen} from './terminal.js';

/** Waits until the screen has not changed for `quietMs`. */
export async function settled(screen: Screen, quietMs = 250): Promise<string[]> {
  let last = screen.lines().join('\n');
  for (let waited = 0; waited < 5000; waited += 50) {
    await delay(50);
    const now = screen.lines().join('\n');
    if (now === last && waited >= quietMs) return screen.lines();
    if (now !== last) waited = 0;
    last = now;
  }
  return screen.lines();
}

/** Asserts the screen is whole at `cols` x `rows` and is what a full repaint draws. */
export async function assertWhole(screen: Screen, cols: number, rows: number, what: string) {
  // A clock tick between the two looks (an age turning 4m) is not a drawing fault: one that
  // is would differ every time, so a difference is looked at again, twice at most.
  for (let attempt = 1; ; attempt++) {
    const shown = await settled(screen);
    assert.equal(shown.length, rows, what);
    for (const line of shown) assert.ok(cellWidth(line) <= cols, `${what}: "${line}" fits ${cols}`);
    assert.match(shown[0] ?? '', /^TableFlow runs/, `${what}: the header is on the first row`);
    screen.write('\u000c');
    const repainted = await settled(screen);
    if (attempt < 3 && !isDeepStrictEqual(shown, repainted)) continue;
    assert.deepEqual(shown, repainted, `${what}: the screen equals a full repaint`);
    return;
  }
}
