import {test} from 'node:test';
import assert from 'node:assert/strict';
import {
  cycleWindow,
  HOUR_MS,
  parseWindow,
  windowText,
} from '../../../source/domain/health-window.js';

test('a window is whole hours or whole days', () => {
  assert.equal(parseWindow('1h'), HOUR_MS);
  assert.equal(parseWindow('24h'), 24 * HOUR_MS);
  assert.equal(parseWindow('7d'), 7 * 24 * HOUR_MS);
  assert.equal(parseWindow('48H'), 48 * HOUR_MS);
});

test('minutes, fractions, zero and more than 30 days are not windows', () => {
  for (const text of ['90m', '1.5h', '0h', '31d', '721h', 'h', '24', '-1h', ''])
    assert.equal(parseWindow(text), null, text);
});

test('a window reads as days from two whole days up, else as hours', () => {
  assert.equal(windowText(7 * 24 * HOUR_MS), '7d');
  assert.equal(windowText(24 * HOUR_MS), '24h');
  assert.equal(windowText(36 * HOUR_MS), '36h');
});

test('w cycles 1h, 6h, 24h, 7d and back to 1h', () => {
  assert.equal(cycleWindow('24h', 1), '7d');
  assert.equal(cycleWindow('7d', 1), '1h');
  assert.equal(cycleWindow('1h', -1), '7d');
});
