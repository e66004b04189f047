import assert from 'node:assert/strict';
import {test} from 'node:test';
import stringWidth from 'string-width';
import fastStringWidth from '../source/bundle/string-width.js';
import {graphemes} from '../source/format.js';

// Every code point of the shortcut's ranges and around them, alone and in company.
const SAMPLE_RANGES: readonly (readonly [number, number])[] = [
  [0x00, 0x4ff],
  [0x1100, 0x1200],
  [0x2000, 0x2c00],
  [0x3000, 0x3100],
  [0xfe00, 0xff00],
];

const codePoints = SAMPLE_RANGES.flatMap(([from, to]) =>
  Array.from({length: to - from + 1}, (_, index) => from + index),
);

const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});
const segmented = (text: string): string[] => Array.from(segmenter.segment(text), (s) => s.segment);

test('every code point near the shortcut measures and splits as the originals do', () => {
  for (const code of codePoints) {
    const text = String.fromCodePoint(code);
    const name = `U+${code.toString(16)}`;
    assert.equal(fastStringWidth(text), stringWidth(text), name);
    assert.equal(fastStringWidth(`a${text}b`), stringWidth(`a${text}b`), `a ${name} b`);
    assert.deepEqual(graphemes(`a${text}${text}b`), segmented(`a${text}${text}b`), name);
  }
});

test('mixed text (emoji sequences, marks, CJK, escapes) measures and splits as the originals do', () => {
  const pieces = [
    'run_8f2c',
    '●',
    '✓',
    '…',
    '›',
    '─',
    '日本',
    'é',
    'e\u0301',
    '👍🏽',
    '👨‍👩‍👧',
    '❤️',
    '🇫🇷',
    '\u200b',
    '\u00ad',
    '\u001B[31mred\u001B[39m',
    '\u001B[1m●\u001B[22m',
    '\u009B32m✓\u009B39m',
    '\t',
    'ｶﾞ',
    '한',
    '\u1100\u1161',
  ];
  // A fixed generator: the same strings every run, so a failure can be reproduced.
  let seed = 7;
  const next = (): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed;
  };
  for (let i = 0; i < 2000; i++) {
    const text = Array.from({length: 1 + (next() % 6)}, () => pieces[next() % pieces.length]).join(
      '',
    );
    assert.equal(fastStringWidth(text), stringWidth(text), JSON.stringify(text));
    assert.deepEqual(graphemes(text), segmented(text), JSON.stringify(text));
    for (const options of [{ambiguousIsNarrow: false}, {countAnsiEscapeCodes: true}]) {
      const name = `${JSON.stringify(text)} ${JSON.stringify(options)}`;
      assert.equal(fastStringWidth(text, options), stringWidth(text, options), name);
    }
  }
});

test('options go to string-width itself, and repeated text gets the same answer', () => {
  assert.equal(fastStringWidth('●', {ambiguousIsNarrow: false}), 2);
  assert.equal(fastStringWidth('●'), 1);
  assert.equal(fastStringWidth('● ok'), 4);
  assert.equal(fastStringWidth('● ok'), 4);
  assert.equal(fastStringWidth(''), 0);
});
