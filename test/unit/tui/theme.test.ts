import {test} from 'node:test';
import assert from 'node:assert/strict';
import {
  ASCII_SYMBOLS,
  createTheme,
  ROLES,
  statusRole,
  statusSymbol,
  textStyle,
  themeFromEnv,
  UNICODE_SYMBOLS,
} from '../../../source/tui/theme.js';

test('NO_COLOR set and non-empty turns colour off; unset or empty leaves it on', () => {
  assert.equal(themeFromEnv({NO_COLOR: '1'}).color, false);
  assert.equal(themeFromEnv({}).color, true);
  assert.equal(themeFromEnv({NO_COLOR: ''}).color, true);
});

test('without colour no role has a colour, but emphasis and inverse stay', () => {
  const plain = createTheme({color: false});
  for (const role of ROLES) assert.equal(textStyle(plain, role).color, undefined, role);
  assert.deepEqual(textStyle(plain, 'selected'), {inverse: true});
  assert.equal(textStyle(plain, 'status.failed').bold, true);
});

test('with colour each status has its own named ANSI colour and nothing sets a background', () => {
  const theme = createTheme({color: true});
  const colours = ['processing', 'review', 'completed', 'failed', 'mystery'].map(
    (status) => textStyle(theme, statusRole(status)).color,
  );
  assert.equal(new Set(colours).size, 5);
  for (const role of ROLES) assert.ok(!('backgroundColor' in textStyle(theme, role)));
});

test('every status has a symbol, and unknown statuses get a question mark', () => {
  assert.deepEqual(
    ['processing', 'review', 'completed', 'failed', 'cancelled'].map((s) =>
      statusSymbol(UNICODE_SYMBOLS, s),
    ),
    ['●', '◆', '✔', '✖', '?'],
  );
});

test('the ASCII symbol set is plain ASCII', () => {
  assert.equal(createTheme({color: false, ascii: true}).symbols, ASCII_SYMBOLS);
  for (const glyph of Object.values(ASCII_SYMBOLS)) assert.match(glyph, /^[\x20-\x7e]+$/);
});
