import {test} from 'node:test';
import assert from 'node:assert/strict';
import {MAX_TEXT_LENGTH, oneLine, sanitize} from '../../../source/api/sanitize.js';

const ESC = '\u001b';
const UNSAFE =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\u061c\ufeff]/;

test('plain text, unicode and emoji pass through unchanged', () => {
  const text = 'Extraction step "Extract Invoice" failed: Template not found — Größe 日本語 🚀';
  assert.equal(sanitize(text), text);
});

test('CSI sequences are removed, colour and cursor alike', () => {
  assert.equal(sanitize(`${ESC}[31mred${ESC}[0m ${ESC}[2J${ESC}[H${ESC}[?1049hok`), 'red ok');
});

test('OSC sequences are removed whether they end in BEL or ST', () => {
  assert.equal(sanitize(`a${ESC}]0;evil title\u0007b${ESC}]52;c;aGVsbG8=${ESC}\\c`), 'abc');
});

test('OSC 8 hyperlinks keep their visible text only', () => {
  assert.equal(sanitize(`${ESC}]8;;https://evil.test\u0007click${ESC}]8;;\u0007`), 'click');
});

test('DCS, SOS, PM and APC strings are removed up to ST', () => {
  for (const intro of ['P', 'X', '^', '_']) {
    assert.equal(sanitize(`a${ESC}${intro}payload\u0007still${ESC}\\b`), 'ab', intro);
  }
});

test('two-character and nF escape sequences are removed', () => {
  assert.equal(sanitize(`a${ESC}7b${ESC}8c${ESC}cd${ESC}(Be${ESC}#8f`), 'abcdef');
});

test('a lone ESC at the end is removed', () => {
  assert.equal(sanitize(`abc${ESC}`), 'abc');
});

test('an unterminated OSC swallows the rest, as a terminal would', () => {
  assert.equal(sanitize(`safe${ESC}]0;title never ends`), 'safe');
});

test('an interrupted CSI ends at the first byte that cannot belong to it', () => {
  assert.equal(sanitize(`${ESC}[12;\u0007x`), 'x');
});

test('8-bit C1 controls are removed, CSI and OSC with their payloads', () => {
  assert.equal(
    sanitize('a\u009b31mb\u009d0;title\u0007c\u0090dcs\u009cd\u0085e\u009fapc\u009cf'),
    'abcdef',
  );
});

test('C0 controls and DEL are removed, newlines kept, tabs made spaces', () => {
  assert.equal(sanitize('a\u0000b\u0007c\u0008d\u007fe\tf\ng'), 'abcde f\ng');
});

test('CRLF becomes LF and a lone CR is removed', () => {
  assert.equal(sanitize('one\r\ntwo\rthree'), 'one\ntwothree');
});

test('bidi overrides, isolates and marks are removed', () => {
  assert.equal(sanitize('fr_\u202eabc\u202c\u2066x\u2069\u200e\u200f\u061cy'), 'fr_abcxy');
});

test('zero-width and other invisible characters are removed', () => {
  assert.equal(sanitize('a\u200bb\u200cc\u200dd\u2060e\ufefff\u00adg'), 'abcdefg');
});

test('Unicode tag characters used to hide text are removed', () => {
  assert.equal(sanitize('ok\u{e0041}\u{e0042}!'), 'ok!');
});

test('lone surrogates are replaced and pairs kept', () => {
  assert.equal(sanitize('a\ud800b\udc00c😀'), 'a\ufffdb\ufffdc😀');
});

test('line and paragraph separators become newlines', () => {
  assert.equal(sanitize('a\u2028b\u2029c'), 'a\nb\nc');
});

test('long text is capped with an ellipsis', () => {
  const out = sanitize('x'.repeat(MAX_TEXT_LENGTH + 1));
  assert.equal(out.length, MAX_TEXT_LENGTH);
  assert.ok(out.endsWith('x…'));
  assert.equal(sanitize('y'.repeat(MAX_TEXT_LENGTH)), 'y'.repeat(MAX_TEXT_LENGTH));
});

test('text that only shrinks under the cap once cleaned is not truncated', () => {
  const text = `${'z'.repeat(MAX_TEXT_LENGTH)}${`${ESC}[0m`.repeat(1000)}`;
  assert.equal(sanitize(text), 'z'.repeat(MAX_TEXT_LENGTH));
});

test('the cap never splits a surrogate pair', () => {
  const out = sanitize(`${'a'.repeat(MAX_TEXT_LENGTH - 2)}😀😀😀`);
  assert.ok(!/[\ud800-\udbff](?![\udc00-\udfff])/.test(out));
  assert.ok(out.endsWith('…'));
});

test('a 1 MB hostile corpus is cleaned quickly and completely', () => {
  const pieces = [
    `${ESC}[31;1;4m`,
    `${ESC}]0;title\u0007`,
    `${ESC}]52;c;${'A'.repeat(50)}${ESC}\\`,
    `${ESC}P1$r${ESC}\\`,
    '\u009b2J',
    '\u009d8;;x\u009c',
    '\u202e\u2066\u200b\ufeff',
    '\ud800',
    '\r\u0000\u007f\t',
    `${ESC}[${'9;'.repeat(40)}`,
    'text ',
  ];
  let corpus = '';
  while (corpus.length < 1_000_000) corpus += pieces.join('');
  const started = performance.now();
  const out = sanitize(corpus);
  const elapsed = performance.now() - started;
  assert.ok(!UNSAFE.test(out), 'unsafe character survived');
  assert.ok(!out.includes(ESC));
  assert.ok(out.length <= MAX_TEXT_LENGTH);
  assert.ok(elapsed < 500, `took ${elapsed} ms`);
});

test('a 1 MB run of unterminated CSI parameters is linear, not quadratic', () => {
  const started = performance.now();
  assert.equal(sanitize(`${ESC}[${'1;'.repeat(500_000)}`), '');
  assert.equal(sanitize(`${ESC}]${'x'.repeat(1_000_000)}`), '');
  assert.ok(performance.now() - started < 500);
});

test('oneLine folds lines, trims them and caps the length', () => {
  assert.equal(oneLine('  first\n\n  second  \r\n third'), 'first second third');
  assert.equal(oneLine('x'.repeat(300), 10), `${'x'.repeat(9)}…`);
});
