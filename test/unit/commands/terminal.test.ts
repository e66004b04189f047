import {test} from 'node:test';
import assert from 'node:assert/strict';
import {localeIsUtf8, textStyling, wantsAscii} from '../../../source/cli/terminal-env.js';
import {asciiGlyphs, GLYPHS} from '../../../source/text/glyphs.js';
import {toAscii} from '../../../source/text/ascii.js';
import {cellWidth} from '../../../source/text/width.js';

test('the first set of LC_ALL, LC_CTYPE and LANG decides whether the locale is UTF-8', () => {
  assert.equal(localeIsUtf8({LANG: 'en_US.UTF-8'}), true);
  assert.equal(localeIsUtf8({LANG: 'C.utf8'}), true);
  assert.equal(localeIsUtf8({LC_ALL: 'C', LANG: 'en_US.UTF-8'}), false);
  assert.equal(localeIsUtf8({LC_CTYPE: 'de_DE.UTF-8', LANG: 'C'}), true);
  assert.equal(localeIsUtf8({LC_ALL: '', LANG: 'en_US.UTF-8'}), true);
});

test('without any locale variable the C locale applies: ASCII', () => {
  assert.equal(wantsAscii(false, {}), true);
  assert.equal(wantsAscii(false, {LANG: 'en_GB.UTF-8'}), false);
  assert.equal(wantsAscii(true, {LANG: 'en_GB.UTF-8'}), true);
});

test('text output is styled on a terminal, plain when piped or dumb', () => {
  assert.deepEqual(textStyling({}, true), {escapes: true, color: true});
  assert.deepEqual(textStyling({}, false), {escapes: false, color: false});
  assert.deepEqual(textStyling({TERM: 'dumb'}, true), {escapes: false, color: false});
});

test('NO_COLOR removes colour but keeps emphasis; empty NO_COLOR is ignored', () => {
  assert.deepEqual(textStyling({NO_COLOR: '1'}, true), {escapes: true, color: false});
  assert.deepEqual(textStyling({NO_COLOR: ''}, true), {escapes: true, color: true});
});

test('FORCE_COLOR styles piped output, FORCE_COLOR=0 turns styling off, NO_COLOR still wins', () => {
  assert.deepEqual(textStyling({FORCE_COLOR: '1'}, false), {escapes: true, color: true});
  assert.deepEqual(textStyling({FORCE_COLOR: '0'}, true), {escapes: false, color: false});
  assert.deepEqual(textStyling({FORCE_COLOR: '1', NO_COLOR: '1'}, false), {
    escapes: true,
    color: false,
  });
});

test('every drawing glyph has an ASCII twin and other text is left alone', () => {
  assert.equal(asciiGlyphs('● ◆ ✔ ✖ ◷ › • … → · — ↑ ↓'), '* R + x w > * ~ > | - ^ v');
  assert.equal(asciiGlyphs('請求書 café'), '請求書 café');
});

test('one glyph table: every stand-in is ASCII, as wide as its glyph, and the same everywhere', () => {
  for (const [name, [unicode, ascii]] of Object.entries(GLYPHS)) {
    assert.match(ascii, /^[\u0020-\u007e]+$/, name);
    assert.equal(cellWidth(ascii), cellWidth(unicode), name);
    // The last filter before the terminal and the text commands agree with the theme.
    assert.equal(toAscii(unicode), ascii, name);
    assert.equal(asciiGlyphs(unicode), ascii, name);
  }
});
