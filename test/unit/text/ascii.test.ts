import {test} from 'node:test';
import assert from 'node:assert/strict';
import stringWidth from 'string-width';
import {toAscii} from '../../../source/text/ascii.js';

test('ASCII text and escape sequences pass through unchanged', () => {
  const text = '\u001B[7m> x failed \u001B[27m\u001B[2K';
  assert.equal(toAscii(text), text);
});

test('key labels, borders and separators become ASCII look-alikes of the same width', () => {
  assert.equal(toAscii('↑↓ move  ←→ page · ╭─╮│╰╯ …'), '^v move  <> page | +-+|++ ~');
});

test('any other character becomes as many question marks as it is wide', () => {
  for (const text of ['請求書 OK', 'émoji 🚀', 'Ωmega']) {
    const ascii = toAscii(text);
    assert.match(ascii, /^[\u0020-\u007E]*$/);
    assert.equal(stringWidth(ascii), stringWidth(text), text);
  }
});
