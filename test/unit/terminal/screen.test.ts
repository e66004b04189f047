import {test} from 'node:test';
import assert from 'node:assert/strict';
import {setTimeout as delay} from 'node:timers/promises';
import xterm from '@xterm/headless';
import {ownScreen} from '../../../source/terminal/renderer/screen.js';
import {nearly} from '../../../source/terminal/renderer/scroll.js';
import {FakeStdout} from '../../helpers/fake-terminal.js';

// The screen between Ink and a terminal emulator: what Ink writes (log-update's erase, then
// the frame's lines) goes in, and the emulator shows what a user would see.

const erase = (lines: number): string =>
  lines === 0 ? '' : `${'\u001B[2K\u001B[1A'.repeat(lines - 1)}\u001B[2K\u001B[G`;
const inkFrame = (rows: readonly string[], previous = 0): string =>
  `${erase(previous)}${rows.join('\n')}\n`;

function setup(columns = 30, rows = 6) {
  const stdout = new FakeStdout(columns, rows, true);
  const term = new xterm.Terminal({cols: columns, rows, allowProposedApi: true});
  let sent = 0;
  const flush = async (): Promise<string> => {
    const fresh = stdout.frames.slice(sent).join('');
    sent = stdout.frames.length;
    await new Promise<void>((resolve) => term.write(fresh, resolve));
    return fresh;
  };
  const shown = (): string[] => {
    const buffer = term.buffer.active;
    return Array.from(
      {length: term.rows},
      // Cut at the width: xterm keeps what a shrink hid, as terminals that reflow do.
      (_, y) => buffer.getLine(y)?.translateToString(true, 0, term.cols).trimEnd() ?? '',
    );
  };
  const resize = (cols: number, height: number): void => {
    stdout.columns = cols;
    stdout.rows = height;
    term.resize(cols, height);
    stdout.emit('resize');
  };
  const screen = ownScreen(stdout as unknown as NodeJS.WriteStream);
  return {stdout, term, screen, flush, shown, resize};
}

test('entering takes the alternate screen with the cursor hidden and autowrap off', async () => {
  const {screen, flush} = setup();
  screen.enter();
  const sent = await flush();
  assert.ok(sent.startsWith('\u001B[?1049h\u001B[?25l\u001B[?7l'), JSON.stringify(sent));
});

test('frames are drawn row by row at absolute positions, never with a line feed', async () => {
  const {screen, flush, shown} = setup();
  screen.enter();
  screen.stdout.write(inkFrame(['header', 'row one', 'row two']));
  screen.stdout.write(inkFrame(['header', 'row one', 'row 2wo'], 4));
  const sent = await flush();
  assert.ok(!sent.includes('\n'), 'no line feed');
  assert.deepEqual(shown(), ['header', 'row one', 'row 2wo', '', '', '']);
});

test('a later frame sends only the cells that changed', async () => {
  const {screen, flush} = setup();
  screen.enter();
  screen.stdout.write(inkFrame(['header', 'row one', 'row two']));
  await flush();
  screen.stdout.write(inkFrame(['header', 'row one', 'row 2wo'], 4));
  const change = await flush();
  assert.ok(!change.includes('header') && !change.includes('one'), JSON.stringify(change));
  screen.stdout.write(inkFrame(['header', 'row one', 'row 2wo'], 4));
  assert.equal(await flush(), '', 'an unchanged frame sends nothing');
});

test('a width-only shrink repaints every row at the new width, with nothing left over', async () => {
  const {screen, flush, shown, resize, term} = setup(40, 6);
  screen.enter();
  screen.stdout.write(inkFrame(['h'.repeat(40), 'a'.repeat(40), 'b'.repeat(40)]));
  await flush();
  resize(25, 6);
  // Ink redraws for the new width; the screen may not assume the old rows survived.
  screen.stdout.write(inkFrame(['H'.repeat(25), 'A'.repeat(10)], 4));
  await flush();
  assert.deepEqual(shown(), ['H'.repeat(25), 'A'.repeat(10), '', '', '', '']);
  assert.equal(term.buffer.active.cursorY < 6, true);
});

test('a resize that changes no frame still repaints it, cut to the new size', async () => {
  const {screen, flush, shown, resize} = setup(30, 6);
  screen.enter();
  screen.stdout.write(inkFrame(['header', 'x'.repeat(30), 'footer']));
  await flush();
  resize(20, 3);
  await delay(5);
  await flush();
  assert.deepEqual(shown(), ['header', 'x'.repeat(20), 'footer']);
});

test('a row wider than the terminal is cut, and a wide character at the edge becomes a space', async () => {
  const {screen, flush, shown} = setup(10, 3);
  screen.enter();
  screen.stdout.write(inkFrame(['123456789日', 'next row']));
  await flush();
  assert.deepEqual(shown(), ['123456789', 'next row', '']);
});

test('text the terminal draws wider than it was measured disturbs no other row', async () => {
  // Raw, unsanitised: Hangul fillers (0 cells in our measure, 2 in some terminals), emoji
  // with skin tones, VS16, a noncharacter. Each row is positioned on its own.
  const {screen, flush, shown} = setup(40, 6);
  screen.enter();
  const hostile = [
    `Template missing ${'\u3164'.repeat(30)}`,
    `${'Approved 👍🏽 '.repeat(4)}`,
    '❤️❤️❤️ \uFFFE क्ष'.repeat(5),
  ];
  screen.stdout.write(inkFrame(['HEADER', ...hostile, 'FOOTER']));
  await flush();
  screen.stdout.write(inkFrame(['HEADER', ...hostile.map((row) => `${row}!`), 'FOOTER'], 6));
  await flush();
  const rows = shown();
  assert.equal(rows[0], 'HEADER');
  assert.equal(rows[4], 'FOOTER');
  assert.equal(rows[5], '');
});

test('while left, frames are kept but not drawn; entering again draws the latest in full', async () => {
  const {screen, flush, shown, term} = setup(30, 4);
  screen.enter();
  screen.stdout.write(inkFrame(['one']));
  screen.leave();
  let sent = await flush();
  assert.ok(sent.endsWith('\u001B[?7h\u001B[?25h\u001B[?1049l'), JSON.stringify(sent));
  assert.equal(term.buffer.active.type, 'normal');
  screen.stdout.write(inkFrame(['two'], 2));
  screen.write('\u0007');
  sent = await flush();
  assert.equal(sent, '', 'nothing reaches the shell');
  screen.enter();
  await flush();
  assert.equal(term.buffer.active.type, 'alternate');
  assert.deepEqual(shown(), ['two', '', '', '']);
});

test('Ink’s cursor and synchronised-update writes are dropped; effects pass while owned', async () => {
  const {screen, flush} = setup();
  screen.enter();
  await flush();
  screen.stdout.write('\u001B[?25l');
  screen.stdout.write('\u001B[?2026h');
  screen.stdout.write('\u001B[?25h');
  assert.equal(await flush(), '');
  screen.write('\u0007');
  assert.equal(await flush(), '\u0007');
});

test('repaint draws every row again', async () => {
  const {screen, flush, shown, term} = setup(20, 4);
  screen.enter();
  screen.stdout.write(inkFrame(['a', 'b']));
  await flush();
  // Something else scribbled on the screen (a stray write from another program).
  await new Promise<void>((resolve) => term.write('\u001B[1;1Hjunk junk\u001B[3;1Hmore', resolve));
  screen.repaint();
  await flush();
  assert.deepEqual(shown(), ['a', 'b', '', '']);
});

const listFrame = (top: readonly string[], rows: number): string[] => [
  'HEADER',
  'TABS',
  ...[
    ...top,
    ...Array.from(
      {length: rows},
      (_, index) => `run ${String(index).padStart(3, '0')} completed 12m`,
    ),
  ].slice(0, rows),
  'runs 1-20 of 99',
];

test('a new run at the top scrolls the rows below it instead of redrawing them', async () => {
  const {screen, flush, shown} = setup(60, 24);
  screen.enter();
  const before = listFrame([], 20);
  screen.stdout.write(inkFrame(before));
  await flush();
  const after = listFrame(['NEW run 999 processing 2s'], 20);
  after[after.length - 1] = 'runs 1-20 of 100';
  screen.stdout.write(inkFrame(after, before.length + 1));
  const sent = await flush();
  assert.ok(sent.includes('\u001B[1L'), 'lines are inserted');
  assert.ok(sent.length < 200, `${sent.length} bytes: ${JSON.stringify(sent)}`);
  assert.deepEqual(shown(), [...after, '']);
});

test('rows that moved and also changed a few cells scroll with the others, then only those cells are drawn', async () => {
  const {screen, flush, shown} = setup(80, 24);
  screen.enter();
  const row = (id: number, seconds: number) =>
    `  processing  run${String(id).padStart(4, '0')} Invoice Reconciliation  ${seconds}s    customer=${id}`;
  const before = ['HEADER', 'TABS', ...Array.from({length: 20}, (_, i) => row(i, 10 + i)), 'runs'];
  screen.stdout.write(inkFrame(before));
  await flush();
  // A new run at the top, and the runs in flight below it a second older.
  const after = [
    'HEADER',
    'TABS',
    row(99, 1),
    ...Array.from({length: 19}, (_, i) => row(i, 11 + i)),
    'runs',
  ];
  screen.stdout.write(inkFrame(after, before.length + 1));
  const sent = await flush();
  assert.ok(sent.includes('\u001B[1L'), `lines are inserted: ${JSON.stringify(sent)}`);
  // The new row, and a digit or two in each moved row: far less than 19 rows again.
  assert.ok(sent.length < 700, `${sent.length} bytes`);
  assert.deepEqual(shown(), [...after, '']);
});

test('rows alike only at their ends are not taken for moved rows', () => {
  const a = `  processing  runAAAA ${'x'.repeat(40)} end`;
  assert.equal(nearly(a, a.replace('runAAAA', 'runBBBB')), true);
  assert.equal(
    nearly(a, a.replace(`runAAAA ${'x'.repeat(20)}`, `runBBBB ${'y'.repeat(20)}`)),
    false,
  );
  assert.equal(nearly('short row', 'short now'), false);
});

test('a run leaving the top scrolls the rows below it up', async () => {
  const {screen, flush, shown} = setup(60, 24);
  screen.enter();
  const before = listFrame(['OLD run 999 processing 2s'], 20);
  screen.stdout.write(inkFrame(before));
  await flush();
  const after = listFrame([], 20);
  screen.stdout.write(inkFrame(after, before.length + 1));
  const sent = await flush();
  assert.ok(sent.includes('\u001B[1M'), 'lines are deleted');
  assert.deepEqual(shown(), [...after, '']);
});

test('random shifts, insertions and edits always leave the screen a full repaint would', async () => {
  let seed = 5;
  const next = (n: number): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed % n;
  };
  const {screen, flush, shown, term} = setup(40, 16);
  screen.enter();
  let frame = Array.from({length: 15}, (_, index) => `row ${index}`);
  let scrolls = 0;
  screen.stdout.write(inkFrame(frame));
  for (let round = 0; round < 300; round++) {
    const previous = frame.length;
    const copy = [...frame];
    const by = next(5) - 2;
    const at = next(10);
    if (by > 0) copy.splice(at, 0, ...Array.from({length: by}, () => `new ${round}-${next(1000)}`));
    else if (by < 0) copy.splice(at, -by);
    if (next(3) === 0) copy[next(copy.length)] = `edit ${round}`;
    frame = copy.slice(0, 15);
    while (frame.length < 15) frame.push(`fill ${round}-${frame.length}`);
    screen.stdout.write(inkFrame(frame, previous + 1));
    if (/\u001B\[\d+[LM]/.test(await flush())) scrolls += 1;
    assert.deepEqual(shown().slice(0, 15), frame, `round ${round}`);
  }
  assert.equal(term.buffer.active.type, 'alternate');
  // The comparison means something only if many rounds took the scrolling path.
  assert.ok(scrolls > 60, `${scrolls} of 300 rounds scrolled`);
});

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

test('a frame whose row is the one drawn over is drawn from its text, not taken as shown', async () => {
  // The caller must hold the drawn text for its next frame; if that frame has the old one,
  // the screen shows the old one, as a repaint would.
  const {screen, flush, shown} = setup(30, 4);
  screen.enter();
  screen.stdout.write(inkFrame(['header', 'run1 10s']));
  screen.draw(1, 0, 'run1 10s', 'run1 11s');
  await Promise.resolve();
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
