import {test} from 'node:test';
import assert from 'node:assert/strict';
import {HOSTILE_STRINGS} from '../../../source/simulator/faults/hostile.js';
import {unexpectedControls} from '../../helpers/escapes.js';

test('the allow-list passes what Ink writes: SGR, moves, erase, cursor, alternate screen, sync', () => {
  const ink =
    '\u001B[?1049h\u001B[H\u001B[?25l\u001B[?2026h\u001B[2K\u001B[1A\u001B[G\u001B[1m\u001B[31mx\u001B[39m\u001B[22m\r\n\u001B[?2026l\u001B[?25h\u001B[?1049l';
  assert.deepEqual(unexpectedControls(ink), []);
});

test('the allow-list catches every hostile string the simulator plants', () => {
  for (const [name, text] of Object.entries(HOSTILE_STRINGS)) {
    // Printable text, and "clear screen, cursor home", which Ink writes too: the e2e test
    // checks its effect on the screen instead.
    if (['wide', 'combining', 'long', 'clear_screen'].includes(name)) continue;
    assert.notDeepEqual(unexpectedControls(text), [], name);
  }
});

test("a title-setting OSC is caught while the app's own hyperlink passes", () => {
  assert.deepEqual(
    unexpectedControls('\u001B]8;;https://docs.google.com/x\u0007link\u001B]8;;\u0007'),
    [],
  );
  assert.equal(unexpectedControls('\u001B]0;owned\u0007').length, 1);
  assert.equal(unexpectedControls('bell\u0007').length, 1);
});

test('a clipboard write passes only where the test expects the app to copy', () => {
  const copy = '\u001B]52;c;aGVsbG8=\u0007';
  assert.equal(unexpectedControls(copy).length, 1);
  assert.deepEqual(unexpectedControls(copy, ['clipboard']), []);
});
