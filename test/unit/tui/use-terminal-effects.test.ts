import {test} from 'node:test';
import assert from 'node:assert/strict';
import {effectBytes} from '../../../source/tui/hooks/use-terminal-effects.js';

test('a bell effect is one BEL byte', () => {
  assert.equal(effectBytes({id: 1, kind: 'bell'}, null), '\x07');
});

test('a notification inside tmux goes through passthrough as OSC 9', () => {
  assert.equal(
    effectBytes({id: 2, kind: 'notify', text: 'TableFlow run R1 (Invoices) failed'}, 'tmux'),
    '\x1bPtmux;\x1b\x1b]9;TableFlow run R1 (Invoices) failed\x07\x1b\\',
  );
});

test('a clipboard payload over the cap writes nothing', () => {
  assert.equal(effectBytes({id: 3, kind: 'copy', text: 'x'.repeat(200_000)}, null), '');
});
