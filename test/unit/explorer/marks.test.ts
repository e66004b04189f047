import {test} from 'node:test';
import assert from 'node:assert/strict';
import {positionText} from '../../../source/explorer/selectors.js';
import type {State} from '../../../source/explorer/state.js';
import {fresh, load, press, run, type} from '../../helpers/explorer.js';
import {makeRun, makeRuns} from '../../helpers/runs.js';

const page = (): State => load(fresh(), makeRuns(50), {total: 120});
const copied = (state: State): string | undefined =>
  state.effects.findLast((effect) => effect.kind === 'copy')?.text;

test('Space marks the selected run and unmarks it again; the footer counts the marks', () => {
  const one = run(page(), type(' '));
  assert.deepEqual([...one.marked], ['run0000']);
  assert.equal(one.selectedId, 'run0000');
  const two = run(one, type('j'), type(' '));
  assert.deepEqual([...two.marked], ['run0000', 'run0001']);
  assert.match(positionText(two), / · 2 marked$/);
  const back = run(two, type(' '));
  assert.deepEqual([...back.marked], ['run0000']);
});

test('y copies every marked id, space-separated, in the order they were marked', () => {
  const state = run(page(), type('jjj'), type(' '), type('k'), type(' '), type('gg'), type(' '));
  const after = run(state, type('y'));
  assert.equal(copied(after), 'run0003 run0002 run0000');
  assert.equal(after.message?.text, 'copied 3 marked run ids');
});

test('without marks, y still copies the selected id', () => {
  assert.equal(copied(run(page(), type('j'), type('y'))), 'run0001');
});

test('in the detail, y copies the open run, marks or not', () => {
  const state = run(page(), type(' '), type('j'), press({return: true}), type('y'));
  assert.equal(copied(state), 'run0001');
});

test('a marked id that is not a plain identifier is left out, and the message says why', () => {
  const odd = makeRun({id: 'x; rm -rf ~', status: 'failed'});
  const state = load(fresh(), [odd, ...makeRuns(3)]);
  const marked = run(state, type(' '), type('j'), type(' '));
  const after = run(marked, type('y'));
  assert.equal(copied(after), 'run0000');
  assert.equal(after.message?.tone, 'warning');
  assert.match(after.message?.text ?? '', /^copied 1 marked run id; 1 left out: .*letters, digits/);
  const only = run(state, type(' '), type('y'));
  assert.equal(copied(only), undefined);
  assert.match(only.message?.text ?? '', /^marked run ids not copied: /);
});

test('marks are kept by run id across refreshes, pages and filters', () => {
  const marked = run(page(), type('jj'), type(' '));
  // A new run on top moves every row down; the mark stays on its run.
  const refreshed = load(marked, [makeRun({id: 'new'}), ...makeRuns(49)], {total: 121});
  assert.deepEqual([...refreshed.marked], ['run0002']);
  const next = load(run(refreshed, {type: 'turn-page', by: 1}), makeRuns(50, 50), {total: 121});
  const more = run(next, type(' '));
  assert.deepEqual([...more.marked], ['run0002', 'run0050']);
  const filtered = run(more, type('5'));
  assert.equal(filtered.marked.size, 2);
  assert.equal(copied(run(filtered, type('y'))), 'run0002 run0050');
});

test('Esc clears the search first, then the marks', () => {
  const state = run(page(), type(' '), type('/'), type('run00'), press({return: true}));
  assert.notEqual(state.search, null);
  const first = run(state, press({escape: true}));
  assert.equal(first.search, null);
  assert.equal(first.marked.size, 1);
  const second = run(first, press({escape: true}));
  assert.equal(second.marked.size, 0);
  assert.equal(second.message?.text, 'cleared 1 mark');
  const third = run(second, press({escape: true}));
  assert.equal(third, second);
});

test('Space with no run on screen says so', () => {
  const empty = load(fresh(), []);
  assert.equal(run(empty, type(' ')).message?.text, 'no run to mark');
});
