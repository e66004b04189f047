import {test} from 'node:test';
import assert from 'node:assert/strict';
import {highlightParts, runMatches} from '../../../source/explorer/matches.js';
import {intervalText, stepInterval} from '../../../source/explorer/intervals.js';
import {parseSpan, stuckFor, REVIEW_STUCK_MS} from '../../../source/domain/stuck.js';
import {NOW, makeRun} from '../../helpers/runs.js';

test('highlight splits the text around every match, keeping its case', () => {
  assert.deepEqual(highlightParts('Invoice inv', 'INV'), [
    {text: 'Inv', match: true},
    {text: 'oice ', match: false},
    {text: 'inv', match: true},
  ]);
  assert.deepEqual(highlightParts('abc', ''), [{text: 'abc', match: false}]);
});

test('--stuck-after reads seconds, minutes and hours; a bare number is minutes', () => {
  assert.equal(parseSpan('90s'), 90_000);
  assert.equal(parseSpan('15m'), 900_000);
  assert.equal(parseSpan('2h'), 7_200_000);
  assert.equal(parseSpan('20'), 1_200_000);
  assert.equal(parseSpan('soon'), null);
  assert.equal(parseSpan('0s'), null);
});

test('a run processing longer than the threshold is stuck; a shorter one is not', () => {
  const old = makeRun({id: 'a', status: 'processing', startedAt: NOW - 20 * 60_000});
  const young = makeRun({id: 'b', status: 'processing', startedAt: NOW - 5 * 60_000});
  assert.equal(stuckFor(old, NOW, 15 * 60_000), 20 * 60_000);
  assert.equal(stuckFor(young, NOW, 15 * 60_000), null);
});

test('a run waiting in review for more than a day is stuck; finished runs never are', () => {
  const waiting = makeRun({
    id: 'a',
    status: 'review',
    startedAt: NOW - REVIEW_STUCK_MS - 60_000,
    endedAt: null,
  });
  assert.ok((stuckFor(waiting, NOW, 15 * 60_000) ?? 0) > REVIEW_STUCK_MS);
  const failed = makeRun({id: 'b', status: 'failed', startedAt: NOW - REVIEW_STUCK_MS * 3});
  assert.equal(stuckFor(failed, NOW, 60_000), null);
});

test('the interval steps run 1 s to 60 s, then manual; odd values step to the nearest', () => {
  assert.equal(stepInterval(60_000, 1), 0);
  assert.equal(stepInterval(1000, -1), 1000);
  assert.equal(stepInterval(3000, 1), 5000);
  assert.equal(stepInterval(3000, -1), 2000);
  assert.equal(intervalText(0), 'manual');
  assert.equal(intervalText(1500), 'every 1.5s');
  assert.equal(intervalText(60_000), 'every 1m');
});

test('search reads the start of each metadata value, as much as the detail shows', () => {
  const run = makeRun({
    id: 'r',
    metadata: {near: `x PO-77 ${'y'.repeat(5000)}`, far: `${'z'.repeat(5000)} PO-99`},
  });
  assert.equal(runMatches(run, new Map(), 'po-77'), true);
  assert.equal(runMatches(run, new Map(), 'po-99'), false);
});

test('search finds a run by the name of its flow, as the names stand now', () => {
  const run = makeRun({id: 'r', flowId: 'F1'});
  assert.equal(runMatches(run, new Map([['F1', 'Invoices']]), 'invoic'), true);
  assert.equal(runMatches(run, new Map([['F1', 'Orders']]), 'invoic'), false);
});
