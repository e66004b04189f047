import {test} from 'node:test';
import assert from 'node:assert/strict';
import {samePage} from '../../../source/explorer/page-equality.js';
import {createUnchangedPages} from '../../../source/tui/hooks/unchanged-pages.js';
import {makePage, makeRuns, NOW} from '../../helpers/runs.js';

test('a page with the same runs, updates and totals is the same page', () => {
  const runs = makeRuns(3);
  assert.ok(samePage(makePage(runs), makePage(makeRuns(3))));
  const moved = runs.map((run, index) => (index === 1 ? {...run, status: 'failed' as const} : run));
  assert.ok(!samePage(makePage(runs), makePage(moved)), 'a status changed');
  assert.ok(!samePage(makePage(runs), makePage(runs, {total: 9})), 'the total changed');
  assert.ok(!samePage(makePage(runs), makePage(runs.slice(1))), 'a run left');
});

test('a repeated reply is spared once, and told only when asked for', () => {
  const feed = createUnchangedPages();
  const page = makePage(makeRuns(2));
  assert.ok(!feed.repeats(0, page), 'nothing heard yet');
  feed.told(0, page);
  assert.ok(feed.repeats(0, makePage(makeRuns(2))));
  assert.ok(!feed.repeats(1, page), 'a new generation always needs telling');
  feed.spare({generation: 0, page, at: NOW});
  assert.deepEqual(feed.takeSpared(), {generation: 0, page, at: NOW});
  assert.equal(feed.takeSpared(), null, 'handed over once');
});
