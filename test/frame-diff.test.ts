import {test} from 'node:test';
import assert from 'node:assert/strict';
import xterm from '@xterm/headless';
import {changedSpans, diffFrame} from '../source/frame-diff.js';
import {toCells} from '../source/frame-cells.js';

const COLS = 40;
const ROWS = 8;

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

// Paints `from` as Ink would, applies the diff to `to`, and compares with `to` painted fresh.
async function assertDiffPaints(from: readonly string[], to: readonly string[]): Promise<string> {
  const diffed = terminal();
  await write(diffed, `${from.join('\n')}\n`);
  const change = diffFrame(from, to);
  await write(diffed, change);
  const fresh = terminal();
  await write(fresh, `${to.join('\n')}\n`);
  assert.deepEqual(snapshot(diffed), snapshot(fresh));
  const cursor = diffed.buffer.active;
  assert.deepEqual([cursor.cursorX, cursor.cursorY], [0, from.length], 'cursor parked below');
  return change;
}

const red = (text: string): string => `\u001B[31m${text}\u001B[39m`;
const bold = (text: string): string => `\u001B[1m${text}\u001B[22m`;
const inverse = (text: string): string => `\u001B[7m${text}\u001B[27m`;

test('an unchanged frame needs no bytes at all', () => {
  assert.equal(diffFrame(['a', red('b')], ['a', red('b')]), '');
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

test('a line with an escape the cell model does not know is resent whole', async () => {
  const change = await assertDiffPaints(['a\u001B[5Xb', 'same'], ['a\u001B[5Xc', 'same']);
  assert.ok(change.includes('\u001B[5X'));
});

test('close changes merge into one span; distant ones stay apart', () => {
  const before = toCells('abcdefghijklmnopqrstuvwxyz') ?? [];
  assert.deepEqual(changedSpans(before, toCells('Abcdefghijklmnopqrstuvwxyz') ?? []), [[0, 1]]);
  assert.deepEqual(changedSpans(before, toCells('AbcDefghijklmnopqrstuvwxyZ') ?? []), [
    [0, 4],
    [25, 26],
  ]);
});
