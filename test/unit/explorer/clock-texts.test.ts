import {test} from 'node:test';
import assert from 'node:assert/strict';
import {clockTexts} from '../../../source/explorer/clock-texts.js';
import {type State} from '../../../source/explorer/state.js';
import {initialState} from '../../../source/explorer/initial-state.js';
import {reduce} from '../../../source/explorer/reduce.js';
import type {Run} from '../../../source/domain/run.js';
import {makePage, makeRun, NOW} from '../../helpers/runs.js';

function live(runs: readonly Run[]): State {
  const state = initialState({limit: 50, columns: 100, rows: 20, now: NOW, intervalMs: 2000});
  return reduce(state, {type: 'runs-loaded', generation: 0, page: makePage(runs), now: NOW});
}

test('a live list: the rows follow the clock themselves, the texts only say when marks expire', () => {
  const state = live([makeRun({id: 'a', status: 'processing', startedAt: NOW - 20_000})]);
  assert.equal(clockTexts(state, NOW + 1000), clockTexts(state, NOW), 'a run counting seconds');
  const marked = reduce(state, {
    type: 'runs-loaded',
    generation: 0,
    page: makePage([makeRun({id: 'a', status: 'completed', startedAt: NOW - 20_000})]),
    now: NOW,
  });
  assert.notEqual(clockTexts(marked, NOW + 60_000), clockTexts(marked, NOW), 'a change mark');
});

test('paused, with an open detail or a change mark, every second counts', () => {
  const state = live([makeRun({id: 'a', status: 'completed', startedAt: NOW - 10 * 60_000})]);
  const paused = reduce(state, {type: 'toggle-pause'});
  assert.notEqual(clockTexts(paused, NOW + 1000), clockTexts(paused, NOW));
});
