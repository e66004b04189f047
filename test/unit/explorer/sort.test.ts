import {test} from 'node:test';
import assert from 'node:assert/strict';
import {shownRuns} from '../../../source/explorer/matches.js';
import {sortText, visibleRuns} from '../../../source/explorer/selectors.js';
import type {State} from '../../../source/explorer/state.js';
import {fresh, load, press, run, type} from '../../helpers/explorer.js';
import {NOW, makeRun, makeRuns} from '../../helpers/runs.js';

const MIN = 60_000;
// Five runs whose every column orders them differently.
const RUNS = [
  makeRun({id: 'a', status: 'completed', startedAt: NOW - 1 * MIN, flowId: 'f3', trigger: 'api'}),
  makeRun({id: 'b', status: 'failed', startedAt: NOW - 2 * MIN, flowId: 'f1', trigger: 'web'}),
  makeRun({
    id: 'c',
    status: 'processing',
    startedAt: NOW - 3 * MIN,
    flowId: 'f2',
    trigger: 'email',
  }),
  makeRun({id: 'd', status: 'review', startedAt: NOW - 4 * MIN, flowId: 'f1', trigger: 'api'}),
  makeRun({id: 'e', status: 'completed', startedAt: NOW - 5 * MIN, flowId: 'f2', trigger: 'api'}),
];
const page = (): State => load(fresh(), RUNS, {total: 40});
const order = (state: State): string =>
  shownRuns(state)
    .map((item) => item.id)
    .join('');

test('the page starts in the API order, and the header says nothing of a sort', () => {
  const state = page();
  assert.equal(order(state), 'abcde');
  assert.equal(sortText(state), null);
});

test('> and < step through the columns as htop does, wrapping; I inverts', () => {
  const status = run(page(), type('<'));
  assert.deepEqual(status.sort, {by: 'trigger', inverted: false});
  assert.equal(order(status), 'adecb');
  const duration = run(page(), type('>'));
  assert.deepEqual(duration.sort, {by: 'duration', inverted: false});
  // The longest first: d has waited in review for 3m 40s, c has been processing for 3m.
  assert.equal(order(duration), 'dcabe');
  const byStatus = run(duration, type('>'));
  assert.equal(order(byStatus), 'bdcae');
  assert.equal(sortText(byStatus), 'failed first');
  assert.equal(byStatus.message?.text, 'sorted: failed first (this page only)');
  const inverted = run(byStatus, type('I'));
  assert.equal(order(inverted), 'aecdb');
  assert.equal(sortText(inverted), 'completed first');
  const oldest = run(page(), type('I'));
  assert.equal(order(oldest), 'edcba');
  assert.equal(sortText(oldest), 'oldest first');
});

test('flows sort by name, not id', () => {
  const named = {
    ...page(),
    flowNames: new Map([
      ['f1', 'Zeta'],
      ['f2', 'Alpha'],
      ['f3', 'Mid'],
    ]),
  };
  const state = run(named, type('>>>'));
  assert.equal(state.sort.by, 'flow');
  assert.equal(order(state), 'ceabd');
});

test('a new order keeps the selection on its run, and the list shows the sorted order', () => {
  const selected = run(page(), type('jjj'));
  assert.equal(selected.selectedId, 'd');
  const sorted = run(selected, type('>>'));
  assert.equal(sorted.selectedId, 'd');
  assert.equal(sorted.cursor, 1);
  assert.deepEqual(
    visibleRuns(sorted).map((item) => item.id),
    ['b', 'd', 'c', 'a', 'e'],
  );
  // j, g and G move through the sorted order.
  assert.equal(run(sorted, type('j')).selectedId, 'c');
  assert.equal(run(sorted, type('G')).selectedId, 'e');
  assert.equal(run(sorted, type('g')).selectedId, 'b');
});

test('a refresh keeps the sort and the selection; a new page is sorted the same way', () => {
  const sorted = run(page(), type('>>'), type('g'), type('j'));
  assert.equal(sorted.selectedId, 'd');
  const refreshed = load(sorted, [makeRun({id: 'z', status: 'failed'}), ...RUNS], {total: 41});
  assert.equal(refreshed.selectedId, 'd');
  // Ties keep the API's order: the newer failed run first.
  assert.equal(order(refreshed).slice(0, 2), 'zb');
  const next = load(run(refreshed, {type: 'turn-page', by: 1}), makeRuns(8, 50), {
    total: 58,
  });
  assert.deepEqual(next.sort, sorted.sort);
  assert.deepEqual(
    shownRuns(next).map((item) => item.status),
    ['failed', 'failed', 'review', 'review', 'processing', 'processing', 'completed', 'completed'],
  );
});

test('a search narrows the sorted page, and n steps through the matches in that order', () => {
  // "a" is in run a's id and in failed run b's error text.
  const searched = run(page(), type('>>'), type('/a'), press({return: true}));
  assert.equal(order(searched), 'ba');
  assert.equal(searched.selectedId, 'a');
  assert.equal(run(searched, type('n')).selectedId, 'b');
});

test('! jumps to the next failed run in the sorted order', () => {
  const twoFailed = [...RUNS, makeRun({id: 'f', status: 'failed', startedAt: NOW - 6 * MIN})];
  const sorted = run(load(fresh(), twoFailed, {total: 6}), type('I'));
  assert.equal(order(sorted), 'fedcba');
  const jumped = run(sorted, type('g'), type('!'));
  assert.equal(jumped.selectedId, 'b');
});
