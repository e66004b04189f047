import {test} from 'node:test';
import assert from 'node:assert/strict';
import {flushPending, splitMouse, type MouseEvent} from '../../../source/terminal/mouse.js';

const sgr = (code: number, x: number, y: number, end = 'M') => `\u001B[<${code};${x};${y}${end}`;
const mice = (input: string): MouseEvent[] =>
  splitMouse(input).pieces.flatMap((piece) => ('mouse' in piece ? [piece.mouse] : []));
const textOf = (input: string): string =>
  splitMouse(input)
    .pieces.map((piece) => ('text' in piece ? piece.text : '|'))
    .join('');

test('an SGR press, release and wheel notch are read with 0-based cells and modifiers', () => {
  const [press, release, up, down, shifted] = mice(
    sgr(0, 10, 3) + sgr(0, 10, 3, 'm') + sgr(64, 1, 1) + sgr(65, 2, 2) + sgr(4 + 16, 5, 6),
  );
  assert.deepEqual(press, {
    kind: 'press',
    button: 'left',
    x: 9,
    y: 2,
    shift: false,
    meta: false,
    ctrl: false,
  });
  assert.equal(release?.kind, 'release');
  assert.equal(up?.button, 'wheel-up');
  assert.equal(down?.button, 'wheel-down');
  assert.equal(shifted?.shift, true);
  assert.equal(shifted?.ctrl, true);
});

test('keys around reports stay text, in order, and reports never leak into it', () => {
  assert.equal(textOf(`j${sgr(0, 4, 5)}k\u001B[A${sgr(65, 1, 1)}/x`), 'j|k\u001B[A|/x');
  assert.equal(textOf('\u001B'), '', 'a lone ESC waits: it may start a report');
  assert.equal(splitMouse('\u001B').pending, '\u001B');
});

test('a report cut by a read is held back whole and completed by the next read', () => {
  const first = splitMouse(`q${sgr(0, 12, 7).slice(0, 6)}`);
  assert.deepEqual(first.pieces, [{text: 'q'}]);
  assert.equal(first.pending, '\u001B[<0;1');
  const second = splitMouse(first.pending + sgr(0, 12, 7).slice(6) + 'j');
  assert.equal(second.pieces.length, 2);
  assert.deepEqual(second.pieces[1], {text: 'j'});
  assert.equal((second.pieces[0] as {mouse: MouseEvent}).mouse.x, 11);
});

test('a tail that never completes: ESC is the Esc key, a report start is dropped', () => {
  assert.equal(flushPending('\u001B'), '\u001B');
  assert.equal(flushPending('\u001B['), '\u001B[');
  assert.equal(flushPending('\u001B[<64;1'), '');
});

test('malformed reports are dropped, never passed on as text, never thrown on', () => {
  for (const bad of [
    '\u001B[<;;M',
    '\u001B[<1;2M',
    '\u001B[<1;2;3;4M',
    '\u001B[<99999999999;1;1M',
    '\u001B[<0;0;0M',
    `\u001B[<${'1;'.repeat(40)}M`,
    '\u001B[<12\u0007',
    '\u001B[<abc',
  ]) {
    const split = splitMouse(`a${bad}b`);
    const text = split.pieces.map((piece) => ('text' in piece ? piece.text : '')).join('');
    assert.ok(!text.includes('['), `${JSON.stringify(bad)} leaked: ${JSON.stringify(text)}`);
    assert.ok(text.startsWith('a'), JSON.stringify(bad));
  }
});

test('the legacy form (mode 1000 without 1006) is read too, not typed', () => {
  const legacy = `\u001B[M${String.fromCharCode(32, 32 + 5, 32 + 3)}`;
  assert.equal(textOf(`x${legacy}y`), 'x|y');
  assert.equal(mice(legacy)[0]?.x, 4);
  const release = `\u001B[M${String.fromCharCode(32 + 3, 33, 33)}`;
  assert.equal(mice(release)[0]?.kind, 'release');
});

test('random bytes never throw and always come back as text or events', () => {
  let seed = 7;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
  const alphabet = ['\u001B', '[', '<', 'M', 'm', ';', '0', '9', 'a', '\u0000', 'é'];
  for (let round = 0; round < 2000; round += 1) {
    const input = Array.from({length: 12}, () => alphabet[next() % alphabet.length]).join('');
    const split = splitMouse(input);
    assert.ok(split.pending.length <= input.length);
  }
});
