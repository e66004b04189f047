import {test} from 'node:test';
import assert from 'node:assert/strict';
import {retryDelay} from '../../../source/api/retry.js';

// The one retry policy the UI's polls, `watch` and `list --all` all follow.

const middle = () => 0.5;

test('waits double from 1 s, cap at 60 s and spread by at most a quarter', () => {
  assert.deepEqual(
    [1, 2, 3, 4, 7, 8, 20].map((attempt) => retryDelay(attempt, {random: middle})),
    [1000, 2000, 4000, 8000, 60_000, 60_000, 60_000],
  );
  assert.equal(retryDelay(1, {random: () => 0}), 750);
  assert.equal(retryDelay(1, {random: () => 1}), 1250);
  assert.equal(retryDelay(7, {random: () => 1}), 60_000);
});

test('a wait is never shorter than Retry-After', () => {
  assert.equal(retryDelay(1, {random: middle, retryAfterMs: 30_000}), 30_000);
  assert.equal(retryDelay(5, {random: middle, retryAfterMs: 1000}), 16_000);
  // Retry-After may ask for more than the doubling's cap (it is itself capped at 10 min).
  assert.equal(retryDelay(1, {random: middle, retryAfterMs: 300_000}), 300_000);
});

test('a poll doubles from its own interval, under the same cap', () => {
  assert.deepEqual(
    [1, 2, 3, 4, 5].map((attempt) => retryDelay(attempt, {baseMs: 5000, random: middle})),
    [5000, 10_000, 20_000, 40_000, 60_000],
  );
});

test('a huge attempt number neither overflows nor goes past the cap', () => {
  assert.equal(retryDelay(10_000, {random: middle}), 60_000);
  assert.equal(retryDelay(Number.MAX_SAFE_INTEGER, {random: () => 1}), 60_000);
});
