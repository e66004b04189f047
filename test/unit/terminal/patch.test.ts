import {test} from 'node:test';
import assert from 'node:assert/strict';
import {toLine} from '../../../source/terminal/renderer/cells.js';
import {
  isPatched,
  patchLine,
  recordPatch,
  withPatches,
  type Patch,
} from '../../../source/terminal/renderer/patch.js';

const text = (line: {cells: readonly {text: string}[]} | null): string | null =>
  line === null ? null : line.cells.map((cell) => cell.text).join('');

test('a like-for-like swap replaces exactly the columns of the old text', () => {
  const line = toLine('  run1 processing 10s  done');
  const patched = patchLine(line, 2, toLine('run1 processing 10s'), toLine('run1 processing 11s'));
  assert.equal(text(patched), '  run1 processing 11s  done');
  assert.equal(text(line), '  run1 processing 10s  done', 'the old line is left as it was');
  assert.equal(patched === null ? false : isPatched(patched), true);
  assert.equal(isPatched(line), false);
});

test('styles are part of the match and of the swap', () => {
  const line = toLine('a \u001B[36m10s\u001B[39m b');
  assert.equal(
    patchLine(line, 2, toLine('10s'), toLine('11s')),
    null,
    'unstyled is not shown there',
  );
  const patched = patchLine(line, 2, toLine('\u001B[36m10s'), toLine('\u001B[1;36m11s'));
  assert.deepEqual(
    patched?.cells.slice(2, 5).map((cell) => cell.style),
    ['1;36', '1;36', '1;36'],
  );
});

test('anything but a like-for-like swap is refused', () => {
  const line = toLine('row 10s end');
  const cases: [string, number, string, string][] = [
    ['another text shown there', 4, '12s', '13s'],
    ['another place', 5, '10s', '11s'],
    ['a wider text', 4, '10s', '100s'],
    ['a narrower text', 4, '10s', '9s'],
    ['past the end of the line', 9, '10s', '11s'],
    ['a wide character', 4, '10s', '1界'],
    ['text terminals disagree on', 4, '10s', '1\u{1F1E6}s'],
  ];
  for (const [what, column, before, after] of cases)
    assert.equal(patchLine(line, column, toLine(before), toLine(after)), null, what);
  const disputed = toLine('row 10s \u{1F1E6}');
  assert.equal(patchLine(disputed, 4, toLine('10s'), toLine('11s')), null, 'a disputed row');
});

test('a place drawn over again keeps the first text as what the frame has there', () => {
  const patches: Patch[] = [];
  recordPatch(patches, 3, 4, toLine('10s'), toLine('11s'));
  recordPatch(patches, 3, 4, toLine('11s'), toLine('12s'));
  recordPatch(patches, 5, 4, toLine('20s'), toLine('21s'));
  assert.deepEqual(
    patches.map((patch) => [patch.row, text(patch.before), text(patch.after)]),
    [
      [3, '10s', '12s'],
      [5, '20s', '21s'],
    ],
  );
  const lines = withPatches([toLine('a'), toLine('b'), toLine('c'), toLine('row 10s')], patches);
  assert.deepEqual(lines.map(text), ['a', 'b', 'c', 'row 12s'], 'row 5 is past the frame');
});
