import {test} from 'node:test';
import assert from 'node:assert/strict';
import {
  clipboardSequence,
  hyperlink,
  MAX_CLIPBOARD_BASE64,
  multiplexerOf,
  notifySequence,
  passThrough,
} from '../../../source/terminal/codes.js';

const b64 = (text: string) => Buffer.from(text).toString('base64');

test('OSC 52 carries the text in base64 to the clipboard', () => {
  assert.equal(
    clipboardSequence('Wp7kRnT2mX4vQ9bL', null),
    `\x1b]52;c;${b64('Wp7kRnT2mX4vQ9bL')}\x07`,
  );
});

test('inside tmux the sequence is sent plain and again through passthrough with ESC doubled', () => {
  const osc = `\x1b]52;c;${b64('id')}\x07`;
  assert.equal(
    clipboardSequence('id', 'tmux'),
    `${osc}\x1bPtmux;\x1b\x1b]52;c;${b64('id')}\x07\x1b\\`,
  );
});

test('inside GNU screen long sequences are cut into DCS chunks under 768 bytes', () => {
  const wrapped = passThrough(`\x1b]52;c;${'A'.repeat(2000)}\x07`, 'screen');
  const chunks = wrapped.split('\x1b\\').filter((chunk) => chunk !== '');
  assert.equal(chunks.length, 3);
  for (const chunk of chunks) {
    assert.ok(chunk.startsWith('\x1bP'));
    assert.ok(Buffer.byteLength(chunk) + 2 < 768);
  }
  assert.equal(chunks.map((chunk) => chunk.slice(2)).join(''), `\x1b]52;c;${'A'.repeat(2000)}\x07`);
});

test('a clipboard payload over the cap is refused', () => {
  assert.equal(clipboardSequence('x'.repeat((MAX_CLIPBOARD_BASE64 / 4) * 3 + 3), null), null);
});

test('the multiplexer is read from TMUX, then STY', () => {
  assert.equal(multiplexerOf({TMUX: '/tmp/tmux-1000/default,1,0'}), 'tmux');
  assert.equal(multiplexerOf({STY: '1234.pts-0.host'}), 'screen');
  assert.equal(multiplexerOf({TERM: 'xterm-256color'}), null);
});

test('a notification cannot smuggle escape sequences or bells', () => {
  const sequence = notifySequence('run \x1b]52;c;evil\x07 failed\n', null);
  assert.equal(sequence, '\x1b]9;run ]52;c;evil failed\x07');
});

test('a hyperlink wraps the text in OSC 8 with ST terminators', () => {
  assert.equal(
    hyperlink('https://docs.google.com/x', 'sheet'),
    '\x1b]8;;https://docs.google.com/x\x1b\\sheet\x1b]8;;\x1b\\',
  );
});
