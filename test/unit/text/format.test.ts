import {test} from 'node:test';
import assert from 'node:assert/strict';
import stringWidth from 'string-width';
import {elapsedFor, waitingSince} from '../../../source/domain/durations.js';
import {
  chunk,
  foldNewlines,
  formatAbsolute,
  formatAgo,
  formatAgoAt,
  formatCount,
  formatDuration,
  formatSpanCompact,
  padEnd,
  padStart,
  truncate,
  wrap,
} from '../../../source/text/format.js';
import {makeRun, NOW} from '../../helpers/runs.js';

test('formatDuration picks two units at most', () => {
  assert.equal(formatDuration(0), '0s');
  assert.equal(formatDuration(999), '0s');
  assert.equal(formatDuration(45_000), '45s');
  assert.equal(formatDuration(245_000), '4m 05s');
  assert.equal(formatDuration(3_720_000), '1h 02m');
  assert.equal(formatDuration((3 * 24 + 4) * 3_600_000 + 59_000), '3d 4h');
});

test('formatDuration shows 0s for negatives and a dash for NaN, Infinity and absurd spans', () => {
  assert.equal(formatDuration(-5000), '0s');
  assert.equal(formatDuration(Number.NaN), '—');
  assert.equal(formatDuration(Number.POSITIVE_INFINITY), '—');
  assert.equal(formatDuration(1e15), '—');
});

test('formatSpanCompact keeps only the largest unit', () => {
  assert.equal(formatSpanCompact(12_000), '12s');
  assert.equal(formatSpanCompact(4 * 60_000 + 59_000), '4m');
  assert.equal(formatSpanCompact(3 * 3_600_000), '3h');
  assert.equal(formatSpanCompact(2 * 86_400_000 + 5), '2d');
  assert.equal(formatSpanCompact(-1), '0s');
  assert.equal(formatSpanCompact(Number.NaN), '—');
});

test('formatAgo says just now, then seconds, minutes, hours and days ago', () => {
  assert.equal(formatAgo(0), 'just now');
  assert.equal(formatAgo(12_000), '12s ago');
  assert.equal(formatAgo(4 * 60_000), '4m ago');
  assert.equal(formatAgo(3 * 3_600_000), '3h ago');
  assert.equal(formatAgo(2 * 86_400_000), '2d ago');
});

test('formatAgo tolerates small clock skew but not times far in the future', () => {
  assert.equal(formatAgo(-3000), 'just now');
  assert.equal(formatAgo(-86_400_000), '—');
  assert.equal(formatAgo(Number.NaN), '—');
  assert.equal(formatAgoAt(null, NOW), '—');
  assert.equal(formatAgoAt(NOW - 4000, NOW), '4s ago');
});

test('formatAbsolute prints a sortable date and time, in UTC when asked', () => {
  assert.equal(
    formatAbsolute(Date.UTC(2026, 10, 29, 12, 3, 4), {utc: true}),
    '2026-11-29 12:03:04',
  );
  assert.equal(
    formatAbsolute(Date.UTC(2023, 3, 24, 19, 57, 8), {utc: true}),
    '2023-04-24 19:57:08',
  );
});

test('formatAbsolute uses the local zone by default', () => {
  const at = new Date(2026, 0, 2, 3, 4, 5).getTime();
  assert.equal(formatAbsolute(at), '2026-01-02 03:04:05');
});

test('formatAbsolute shows a dash for NaN and out-of-range times', () => {
  assert.equal(formatAbsolute(Number.NaN), '—');
  assert.equal(formatAbsolute(8.64e15 + 1), '—');
  assert.equal(formatAbsolute(1e15, {utc: true}), '—');
  assert.equal(formatAbsolute(-1e12, {utc: true}), '—');
});

test('formatCount groups thousands whatever the locale', () => {
  assert.equal(formatCount(0), '0');
  assert.equal(formatCount(999), '999');
  assert.equal(formatCount(1234), '1,234');
  assert.equal(formatCount(1_234_567), '1,234,567');
  assert.equal(formatCount(-1234), '-1,234');
  assert.equal(formatCount(Number.NaN), '—');
});

test('truncate leaves short text alone and cuts long text with an ellipsis', () => {
  assert.equal(truncate('hello', 5), 'hello');
  assert.equal(truncate('hello world', 6), 'hello…');
  assert.equal(truncate('hello', 0), '');
  assert.equal(truncate('hello', -3), '');
  assert.equal(truncate('hello', 1), '…');
  assert.equal(truncate('hello world', 6, '~'), 'hello~');
});

test('truncate measures CJK and emoji as two cells and never splits them', () => {
  const cut = truncate('日本語のテキスト', 6);
  assert.equal(cut, '日本…');
  assert.ok(stringWidth(cut) <= 6);
  assert.equal(truncate('ab日本', 4), 'ab…');
  assert.equal(truncate('👍👍👍', 4), '👍…');
  // Terminals draw a ZWJ sequence as its emoji side by side; server text arrives so.
  assert.equal(truncate('👨👩👧 family', 5), '👨👩…');
});

test('padEnd and padStart fill to the exact display width', () => {
  assert.equal(padEnd('ab', 4), 'ab  ');
  assert.equal(padEnd('日本', 5), '日本 ');
  assert.equal(stringWidth(padEnd('日本語', 5)), 5);
  assert.equal(padStart('42', 4), '  42');
  assert.equal(padEnd('abcdef', 3), 'ab…');
});

test('foldNewlines puts multi-line text on one line', () => {
  assert.equal(foldNewlines('first line\nsecond\r\n\n  third'), 'first line second third');
  assert.equal(foldNewlines('a\tb'), 'a b');
  assert.equal(foldNewlines('plain'), 'plain');
});

test('wrap breaks at spaces and keeps explicit newlines', () => {
  assert.deepEqual(wrap('the quick brown fox', 10), ['the quick', 'brown fox']);
  assert.deepEqual(wrap('one\ntwo three', 20), ['one', 'two three']);
  assert.deepEqual(wrap('a\n\nb', 5), ['a', '', 'b']);
});

test('wrap keeps leading indentation and hangs continuation lines under it', () => {
  assert.deepEqual(wrap('Error: boom\n    at parse (x.js:1)', 16), [
    'Error: boom',
    '    at parse',
    '    (x.js:1)',
  ]);
  assert.deepEqual(wrap('          deep', 8), ['    deep']);
});

test('wrap breaks words longer than a line', () => {
  assert.deepEqual(wrap('abcdefghij', 4), ['abcd', 'efgh', 'ij']);
  assert.deepEqual(wrap('see https://x.io/abcdef', 8), ['see', 'https://', 'x.io/abc', 'def']);
});

test('wrap is display-width aware for wide characters', () => {
  const lines = wrap('日本語のテキストです', 5);
  assert.deepEqual(lines, ['日本', '語の', 'テキ', 'スト', 'です']);
  for (const line of lines) assert.ok(stringWidth(line) <= 5);
  assert.deepEqual(wrap('x', 0), []);
});

test('chunk cuts a URL into full-width pieces without losing characters', () => {
  const url = 'https://docs.google.com/spreadsheets/d/1ABC/edit#gid=0';
  const pieces = chunk(url, 10);
  assert.equal(pieces.join(''), url);
  assert.ok(pieces.slice(0, -1).every((p) => p.length === 10));
});

test('waitingSince is the time of the last review entry', () => {
  const run = makeRun({
    id: 'r',
    status: 'review',
    history: [
      {status: 'processing', at: NOW - 60_000, message: ''},
      {status: 'review', at: NOW - 50_000, message: ''},
      {status: 'processing', at: NOW - 40_000, message: ''},
      {status: 'review', at: NOW - 30_000, message: ''},
    ],
  });
  assert.equal(waitingSince(run), NOW - 30_000);
  assert.equal(waitingSince(makeRun({id: 'c', status: 'completed'})), null);
});

test('elapsedFor is the duration of finished runs and the time so far of running ones', () => {
  assert.equal(elapsedFor(makeRun({id: 'c', status: 'completed'}), NOW), 30_000);
  const running = makeRun({id: 'p', status: 'processing', startedAt: NOW - 90_000});
  assert.equal(elapsedFor(running, NOW), 90_000);
  const noStart = {...makeRun({id: 'n', status: 'processing'}), startedAt: null};
  assert.equal(elapsedFor(noStart, NOW), null);
  const future = makeRun({id: 'f', status: 'processing', startedAt: NOW + 90_000});
  assert.equal(elapsedFor(future, NOW), 0);
});
