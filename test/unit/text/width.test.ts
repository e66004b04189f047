import assert from 'node:assert/strict';
import {test} from 'node:test';
import stringWidth from 'string-width';
import {graphemes} from '../../../source/text/format.js';
import {inkWidth, inkWidthSegmented, segmentGraphemes} from '../../../source/text/ink-width.js';
import {PLACEHOLDER, terminalText} from '../../../source/text/terminal-text.js';
import {cellWidth} from '../../../source/text/width.js';

// Ink measures with string-width (inkWidth ports it); the terminal draws code point by
// code point (cellWidth). Server text goes through terminalText, after which both agree.
const fastStringWidth = (text: string): number =>
  inkWidth(text.replace(/\u001B\[[\d;]*m|\u009B[\d;]*m/g, ''));

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
  // Controls never reach a measure: sanitize removes them first.
  for (const code of codePoints.filter((code) => code >= 0x20 && (code < 0x7f || code > 0x9f))) {
    const text = String.fromCodePoint(code);
    const name = `U+${code.toString(16)}`;
    assert.equal(fastStringWidth(text), stringWidth(text), name);
    // The shortcut (ours, and the one patched into string-width) answers as the full algorithm.
    assert.equal(stringWidth(text), inkWidthSegmented(text), name);
    assert.equal(stringWidth(`a${text}b`), inkWidthSegmented(`a${text}b`), `a ${name} b`);
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
  }
});

// Every assigned code point in the scripts, symbols and emoji a run's data plausibly holds,
// alone and after a letter of each script that joins marks to it.
const AGREEMENT_RANGES: readonly (readonly [number, number])[] = [
  [0xa0, 0x2fff],
  [0x3000, 0x33ff],
  [0xa000, 0xabff],
  [0xd7b0, 0xd7ff],
  [0xfb00, 0xffff],
  [0x1f000, 0x1faff],
  [0xe0000, 0xe007f],
];
const BASES = ['a', 'क', 'ก', 'ক', 'ന', '한', '👍'];

const agrees = (text: string): boolean =>
  segmentGraphemes(text).every((grapheme) => stringWidth(grapheme) === cellWidth(grapheme));

test('after terminalText every code point, alone or after a base, measures the same for Ink and the terminal', () => {
  for (const [from, to] of AGREEMENT_RANGES) {
    for (let code = from; code <= to; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCodePoint(code);
      for (const text of [char, ...BASES.map((base) => base + char)]) {
        const clean = terminalText(text);
        assert.ok(
          agrees(clean),
          `U+${code.toString(16)} in ${JSON.stringify(text)} -> ${JSON.stringify(clean)}`,
        );
        assert.equal(stringWidth(clean), cellWidth(clean), JSON.stringify(clean));
      }
    }
  }
});

test('text whose width terminals dispute is rewritten into text they all draw alike', () => {
  const cases: readonly (readonly [string, string])[] = [
    [`Template missing ${'\u3164'.repeat(30)}`, 'Template missing '],
    ['Approved 👍🏽 ok', 'Approved 👍 ok'],
    ['❤️ love', '❤ love'],
    ['a\uFFFEb', `a${PLACEHOLDER}b`],
    ['1️⃣ first', '1 first'],
    ['👨‍👩‍👧', '👨👩👧'],
    ['ทำงาน', 'ท\u0E4D\u0E32งาน'],
    ['क्षमा', 'क्\u200Cषमा'],
    ['\u1161x', `${PLACEHOLDER}x`],
    ['\u0301start', 'start'],
    ['plain text\nsecond line', 'plain text\nsecond line'],
    ['日本 é e\u0301 🇫🇷', '日本 é e\u0301 🇫🇷'],
  ];
  for (const [from, to] of cases) assert.equal(terminalText(from), to, JSON.stringify(from));
});

test('Devanagari conjuncts keep every letter and take the cells terminals give them', () => {
  const name = 'क्षत्रिय प्रसाद';
  const clean = terminalText(name);
  assert.equal(clean.replaceAll('\u200C', ''), name);
  assert.equal(stringWidth(clean), cellWidth(clean));
  // Terminals draw one cell per consonant and vowel sign, none for the virama.
  assert.equal(cellWidth(clean), cellWidth(name));
});
