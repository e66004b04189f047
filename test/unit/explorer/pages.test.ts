import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Run, RunPage} from '../../../source/domain/run.js';
import {MAX_SEEK_PAGES, pagePromptText} from '../../../source/explorer/pages.js';
import {reduce} from '../../../source/explorer/reduce.js';
import {pageLabel, positionText} from '../../../source/explorer/selectors.js';
import {modeOf, type State} from '../../../source/explorer/state.js';
import {fresh, load, press, run, type} from '../../helpers/explorer.js';
import {NOW, makeRuns} from '../../helpers/runs.js';

const WORLD = makeRuns(120);

/** The page at the state's offset, of 120 runs in pages of 50. */
const answer = (state: State): State =>
  load(state, WORLD.slice(state.offset, state.offset + 50), {total: WORLD.length});

test('] goes to the last page and [ back to the first; at either end they say so', () => {
  const first = answer(fresh());
  const last = run(first, type(']'));
  assert.equal(last.offset, 100);
  const landed = answer(last);
  const again = run(landed, type(']'));
  assert.equal(again.offset, 100);
  assert.equal(again.generation, landed.generation);
  assert.equal(again.message?.text, 'this is the last page (3/3)');
  const top = run(landed, type('['));
  assert.equal(top.offset, 0);
  assert.equal(run(answer(top), type('[')).message?.text, 'this is the first page');
});

test('] before the first page has loaded does nothing', () => {
  const state = fresh();
  assert.equal(run(state, type(']')), state);
});

test('# opens the page prompt: digits, Enter goes there; the footer says how many pages', () => {
  const first = answer(fresh());
  const prompt = run(first, type('#'));
  assert.equal(modeOf(prompt), 'page');
  const typed = run(prompt, type('2'));
  assert.deepEqual(pagePromptText(typed), {before: 'go to page: 2', after: ' of 3'});
  // Letters are not page numbers, and q does not quit from inside the prompt.
  assert.equal(run(typed, type('q')).pageInput, '2');
  const went = run(typed, press({return: true}));
  assert.equal(went.offset, 50);
  assert.equal(modeOf(went), 'list');
  assert.equal(went.pageInput, null);
});

test('a page past the last goes to the last and says how many there are', () => {
  const went = run(answer(fresh()), type('#'), type('99'), press({return: true}));
  assert.equal(went.offset, 100);
  assert.equal(went.message?.text, 'there are 3 pages: showing the last');
  assert.equal(run(answer(fresh()), type('#'), type('0'), press({return: true})).offset, 0);
});

test('Esc closes the prompt where it was; Backspace and Ctrl-U edit it; Enter on nothing stays', () => {
  const first = answer(fresh());
  const typed = run(first, type('#'), type('31'));
  assert.equal(run(typed, press({backspace: true})).pageInput, '3');
  assert.equal(run(typed, press({ctrl: true}, 'u')).pageInput, '');
  const cancelled = run(typed, press({escape: true}));
  assert.equal(cancelled.pageInput, null);
  assert.equal(cancelled.offset, 0);
  const empty = run(first, type('#'), press({return: true}));
  assert.equal(empty.offset, 0);
  assert.equal(modeOf(empty), 'list');
});

test('going to the page on screen says so rather than reloading it', () => {
  const first = answer(fresh());
  const same = run(first, type('#'), type('1'), press({return: true}));
  assert.equal(same.generation, first.generation);
  assert.equal(same.message?.text, 'this is page 1');
});

// A server that sends no total: the client knows a lower bound and whether there is more.
function uncounted(state: State, runs: readonly Run[], more: boolean): State {
  const end = state.offset + runs.length;
  const page: RunPage = {
    runs,
    pagination: {
      total: more ? end + 1 : end,
      limit: 50,
      offset: state.offset,
      nextOffset: more ? end : null,
      filter: null,
      totalUnknown: true,
    },
  };
  return reduce(state, {type: 'runs-loaded', generation: state.generation, page, now: NOW});
}

test('without a total the page count is unknown, and ] walks on to the last page', () => {
  const first = uncounted(fresh(), makeRuns(50), true);
  assert.equal(pageLabel(first), 'page 1/?');
  assert.match(positionText(first), /^runs 1-50 of 51\+ · page 1\/\?/);
  let state = run(first, type(']'));
  assert.equal(state.offset, 50);
  assert.match(state.message?.text ?? '', /no total: looking for the last page/);
  state = uncounted(state, makeRuns(50, 50), true);
  assert.equal(state.offset, 100);
  state = uncounted(state, makeRuns(7, 100), false);
  assert.equal(state.offset, 100);
  assert.equal(state.seek, null);
  assert.equal(state.message?.text, 'this is the last page (3/3)');
  assert.equal(pageLabel(state), 'page 3/3');
});

test('without a total, ] gives up after a few pages and says ] goes on', () => {
  let state = run(uncounted(fresh(), makeRuns(50), true), type(']'));
  for (let page = 1; page <= MAX_SEEK_PAGES; page++)
    state = uncounted(state, makeRuns(50, page * 50), true);
  assert.equal(state.seek, null);
  assert.equal(state.offset, MAX_SEEK_PAGES * 50);
  assert.equal(state.message?.tone, 'warning');
  assert.match(state.message?.text ?? '', /still more; \] goes on/);
});

test('without a total, a page number is taken as asked', () => {
  const first = uncounted(fresh(), makeRuns(50), true);
  assert.deepEqual(pagePromptText(run(first, type('#'))), {before: 'go to page: ', after: ''});
  assert.equal(run(first, type('#'), type('40'), press({return: true})).offset, 1950);
});
