import {test} from 'node:test';
import assert from 'node:assert/strict';
import {setTimeout as delay} from 'node:timers/promises';
import {inkFrame, setup} from '../../helpers/screen-harness.js';

// The screen's \`draw\`: a text drawn over the very cells that show another, between frames.

test('draw puts a text over the one the screen shows there, and sends only its changed cells', async () => {
  const {screen, flush, shown} = setup(30, 4);
  screen.enter();
  screen.stdout.write(
    inkFrame(['header', '  run1 \u001B[36m10s\u001B[39m ok', '  run2 \u001B[36m20s\u001B[39m ok']),
  );
  await flush();
  assert.equal(screen.draw(1, 2, 'run1 \u001B[36m10s', 'run1 \u001B[36m11s'), true);
  assert.equal(screen.draw(2, 2, 'run2 \u001B[36m20s', 'run2 \u001B[36m21s'), true);
  assert.equal(await flush(), '', 'the draws of one tick wait for the end of the tick');
  await Promise.resolve();
  const sent = await flush();
  // One write: the two cells, one style between them.
  assert.equal(sent, '\u001B[2;9H\u001B[0;36m1\u001B[3;9H1\u001B[0m');
  assert.deepEqual(shown(), ['header', '  run1 11s ok', '  run2 21s ok', '']);
});

test('draw refuses what it cannot prove: another text there, another width, a screen not owned', async () => {
  const {screen, flush} = setup(30, 4);
  assert.equal(screen.draw(0, 0, 'a', 'b'), false, 'not entered');
  screen.enter();
  screen.stdout.write(inkFrame(['header', 'run1 10s']));
  await flush();
  assert.equal(screen.draw(1, 0, 'run1 12s', 'run1 13s'), false, 'not what is shown');
  assert.equal(screen.draw(1, 1, 'run1 10s', 'run1 11s'), false, 'not where it is shown');
  assert.equal(screen.draw(1, 0, 'run1 10s', 'run1 100s'), false, 'wider');
  assert.equal(screen.draw(5, 0, 'run1 10s', 'run1 11s'), false, 'no such row');
  screen.leave();
  assert.equal(screen.draw(1, 0, 'run1 10s', 'run1 11s'), false, 'left');
  await Promise.resolve();
  assert.equal((await flush()).includes('11s'), false);
});

test('a repaint, a resize or a return shows what was drawn until the next frame, which replaces it', async () => {
  const {screen, flush, shown, resize} = setup(30, 4);
  screen.enter();
  screen.stdout.write(inkFrame(['header', 'run1 10s', 'run2 20s']));
  screen.draw(1, 0, 'run1 10s', 'run1 11s');
  screen.draw(1, 0, 'run1 11s', 'run1 12s');
  await Promise.resolve();
  screen.repaint();
  await flush();
  assert.deepEqual(shown(), ['header', 'run1 12s', 'run2 20s', ''], 'repainted');
  resize(30, 3);
  await delay(5);
  await flush();
  assert.deepEqual(shown(), ['header', 'run1 12s', 'run2 20s'], 'resized');
  screen.leave();
  screen.enter();
  await flush();
  assert.deepEqual(shown(), ['header', 'run1 12s', 'run2 20s'], 'entered again');
  // Ink's next frame was laid out from the tree the caller changed: it is the screen now.
  screen.stdout.write(inkFrame(['header', 'run1 13s', 'run2 20s'], 4));
  screen.repaint();
  await flush();
  assert.deepEqual(shown(), ['header', 'run1 13s', 'run2 20s']);
});

// A screen showing `run1 10s` under a header, and `run1 11s` drawn over it.
async function drawnOver() {
  const harness = setup(30, 4);
  harness.screen.enter();
  harness.screen.stdout.write(inkFrame(['header', 'run1 10s']));
  harness.screen.draw(1, 0, 'run1 10s', 'run1 11s');
  await Promise.resolve();
  return harness;
}

test('a frame replaces what was drawn: a repaint after it draws the frame, not the draws', async () => {
  const {screen, flush, shown} = await drawnOver();
  screen.stdout.write(inkFrame(['header!', 'run1 10s'], 3));
  screen.repaint();
  await flush();
  assert.deepEqual(shown(), ['header!', 'run1 10s', '', '']);
});

test('a frame whose row is the one drawn over is drawn from its text, not taken as shown', async () => {
  // The caller must hold the drawn text for its next frame; if that frame has the old one,
  // the screen shows the old one, as a repaint would.
  const {screen, flush, shown} = await drawnOver();
  screen.stdout.write(inkFrame(['header', 'run1 10s'], 3));
  await flush();
  assert.deepEqual(shown(), ['header', 'run1 10s', '', '']);
});

test('rows drawn over still scroll with the others when a new run arrives', async () => {
  const {screen, flush, shown} = setup(60, 8);
  screen.enter();
  const rows = (first: number, seconds: number) =>
    Array.from(
      {length: 5},
      (_, index) =>
        `row ${first + index} of flow Invoice Reconciliation, in flight for ${seconds + index}s`,
    );
  screen.stdout.write(inkFrame(['header', ...rows(0, 10)]));
  await flush();
  for (let row = 0; row < 5; row++)
    screen.draw(
      row + 1,
      0,
      `row ${row} of flow Invoice Reconciliation, in flight for ${10 + row}s`,
      `row ${row} of flow Invoice Reconciliation, in flight for ${11 + row}s`,
    );
  await Promise.resolve();
  await flush();
  screen.stdout.write(
    inkFrame(
      [
        'header',
        'row new of flow Invoice Reconciliation, in flight for 0s',
        ...rows(0, 12).slice(0, 4),
      ],
      7,
    ),
  );
  const sent = await flush();
  assert.match(sent, /\u001B\[1L/, 'scrolled');
  assert.deepEqual(shown().slice(0, 6), [
    'header',
    'row new of flow Invoice Reconciliation, in flight for 0s',
    ...rows(0, 12).slice(0, 4),
  ]);
});
