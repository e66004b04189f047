import {test} from 'node:test';
import assert from 'node:assert/strict';
import {setTimeout as delay} from 'node:timers/promises';
import {nearly} from '../../../source/terminal/renderer/scroll.js';
import {inkFrame, setup} from '../../helpers/screen-harness.js';

// The screen between Ink and a terminal emulator: what Ink writes (log-update's erase, then
// the frame's lines) goes in, and the emulator shows what a user would see.

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
