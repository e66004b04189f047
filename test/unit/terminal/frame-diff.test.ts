import {test} from 'node:test';
import assert from 'node:assert/strict';
import xterm from '@xterm/headless';
import {changedSpans, diffFrame, paintFrame} from '../../../source/terminal/renderer/frame-diff.js';
import {toLine} from '../../../source/terminal/renderer/cells.js';

const COLS = 40;
const ROWS = 8;
const SIZE = {columns: COLS, rows: ROWS};

function terminal(): xterm.Terminal {
  // A tty turns \n into \r\n (onlcr) on the way to the terminal.
  return new xterm.Terminal({cols: COLS, rows: ROWS, allowProposedApi: true, convertEol: true});
}

const write = (term: xterm.Terminal, data: string): Promise<void> =>
  new Promise((resolve) => term.write(data, resolve));

// Every cell's character and style, so a diff that gets a colour wrong fails too.
function snapshot(term: xterm.Terminal): string[] {
  const buffer = term.buffer.active;
  const rows: string[] = [];
  for (let y = 0; y < ROWS; y++) {
    const line = buffer.getLine(y);
    const cells: string[] = [];
    for (let x = 0; x < COLS; x++) {
      const cell = line?.getCell(x);
      if (cell === undefined) continue;
      cells.push(
        [
          cell.getChars() || ' ',
          cell.getFgColor(),
          cell.getBgColor(),
          cell.isBold(),
          cell.isDim(),
          cell.isInverse(),
          cell.isUnderline(),
        ].join(','),
      );
    }
    rows.push(cells.join('|'));
  }
  return rows;
}

const linesOf = (frame: readonly string[]) => frame.map((line) => toLine(line, COLS));
const toCells = (text: string) => toLine(text).cells;

// The frame as a terminal shows it when written plainly, line after line.
async function plain(frame: readonly string[]): Promise<string[]> {
  const term = terminal();
  await write(term, frame.join('\n'));
  return snapshot(term);
}

// Paints `from` in full, applies the diff to `to`, and compares with `to` written plainly.
async function assertDiffPaints(from: readonly string[], to: readonly string[]): Promise<string> {
  const diffed = terminal();
  await write(diffed, '\u001B[?7l' + paintFrame(linesOf(from), SIZE));
  assert.deepEqual(snapshot(diffed), await plain(from), 'the full paint shows the frame');
  const change = diffFrame(linesOf(from), linesOf(to), SIZE);
  await write(diffed, change);
  assert.deepEqual(snapshot(diffed), await plain(to));
  return change;
}

const red = (text: string): string => `\u001B[31m${text}\u001B[39m`;
const bold = (text: string): string => `\u001B[1m${text}\u001B[22m`;
const inverse = (text: string): string => `\u001B[7m${text}\u001B[27m`;

test('an unchanged frame needs no bytes at all', () => {
  assert.equal(diffFrame(linesOf(['a', red('b')]), linesOf(['a', red('b')]), SIZE), '');
});

test('one changed word is sent alone, not its line', async () => {
  const change = await assertDiffPaints(
    ['title', `${red('● failed')}  run-1  12s`, 'footer'],
    ['title', `${red('● failed')}  run-1  13s`, 'footer'],
  );
  assert.ok(change.length < 20, `${JSON.stringify(change)} is short`);
  assert.ok(!change.includes('run-1'));
});

test('style changes without text changes are painted', async () => {
  await assertDiffPaints(
    ['  run-1 completed', inverse('› run-2 failed')],
    [inverse('› run-1 completed'), '  run-2 failed'],
  );
});

test('a shorter line has its old tail erased, in the default colours', async () => {
  await assertDiffPaints([`${bold('header')} updated 12s ago`, 'x'], [bold('header'), 'x']);
});

test('wide characters keep the columns after them in place', async () => {
  await assertDiffPaints(
    ['ID 表格流 a', 'flow 流 b', 'plain', 'cafe\u0301 1'],
    ['ID 表格x a', 'flow 流 c', 'pla☃n', 'cafe\u0301 2'],
  );
});

test('extended colours and hyperlinks are kept', async () => {
  await assertDiffPaints(
    ['\u001B[38;5;208mamber\u001B[39m', '\u001B]8;;https://a.test\u001B\\link\u001B]8;;\u001B\\ x'],
    [
      '\u001B[38;2;1;2;3mamber\u001B[39m',
      '\u001B]8;;https://a.test\u001B\\link\u001B]8;;\u001B\\ y',
    ],
  );
});

test('an escape the cell model does not know, or a control character, never reaches the terminal', () => {
  const cases: readonly (readonly [string, string])[] = [
    ['\u001B[5X', 'ab'],
    ['\u001B[2J', 'ab'],
    ['\u001B]0;title\u0007', 'ab'],
    ['\r', 'ab'],
    ['\n', 'ab'],
    ['\b', 'ab'],
    ['\u0007', 'ab'],
    // An 8-bit CSI loses its introducer; what followed it is plain text.
    ['\u009B1A', 'a1Ab'],
  ];
  for (const [foreign, shown] of cases) {
    const line = toLine(`a${foreign}b`);
    assert.equal(line.cells.map((cell) => cell.text).join(''), shown, JSON.stringify(foreign));
    assert.ok(!paintFrame([line], SIZE).includes(foreign), JSON.stringify(foreign));
  }
});

test('close changes merge into one span; distant ones stay apart', () => {
  const before = toCells('abcdefghijklmnopqrstuvwxyz') ?? [];
  assert.deepEqual(changedSpans(before, toCells('Abcdefghijklmnopqrstuvwxyz') ?? []), [[0, 1]]);
  assert.deepEqual(changedSpans(before, toCells('AbcDefghijklmnopqrstuvwxyZ') ?? []), [
    [0, 4],
    [25, 26],
  ]);
});

test('a row that fills the width is not erased after its last character', () => {
  // With autowrap off the cursor stays on the last column, and tmux's erase-to-end would
  // take that column's character with it (xterm.js parks the cursor past it instead).
  const full = paintFrame(linesOf(['x'.repeat(COLS), 'short']), SIZE);
  assert.ok(full.startsWith(`\u001B[1;1H${'x'.repeat(COLS)}\u001B[2;1H`), JSON.stringify(full));
  const change = diffFrame(linesOf(['short']), linesOf([`${'y'.repeat(COLS - 1)}z`]), SIZE);
  assert.ok(!change.includes('\u001B[K'), JSON.stringify(change));
});

test('a full-width row of disputed-width text is erased before it is drawn', () => {
  const old = toLine('x'.repeat(COLS), COLS);
  // Skin-tone emoji: 2 cells to us, up to 4 to some terminals, and fewer to others.
  const disputed = toLine('Approved 👍🏽 '.repeat(4).slice(0, COLS), COLS);
  assert.equal(disputed.settled, false);
  assert.ok(disputed.cells.length >= COLS, 'it fills the width');
  const bytes = diffFrame([old], [disputed], SIZE);
  assert.ok(bytes.startsWith('\u001B[1;1H\u001B[2K'), JSON.stringify(bytes.slice(0, 20)));
  const settled = diffFrame([old], [toLine('y'.repeat(COLS), COLS)], SIZE);
  assert.doesNotMatch(settled, /\u001B\[2K/, 'plain text is not erased first');
});
