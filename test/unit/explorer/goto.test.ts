import {test} from 'node:test';
import assert from 'node:assert/strict';
import {ApiError} from '../../../source/api/errors.js';
import {runIdFrom, runIdProblem} from '../../../source/domain/run-id.js';
import type {Action} from '../../../source/explorer/actions.js';
import {modeOf, type State} from '../../../source/explorer/state.js';
import {reduce} from '../../../source/explorer/reduce.js';
import {fresh, load, press, run, type} from '../../helpers/explorer.js';
import {NOW, makeDetail, makeFlow, makeRun, makeRuns} from '../../helpers/runs.js';

const listed = (columns = 100): State => load(fresh({columns, rows: 30}), makeRuns(20));
const enter = press({return: true});
const esc = press({escape: true, meta: true});
// What Ink hands useInput for a bracketed paste: the markers (ESC dropped), the text between.
const paste = (text: string): Action[] => [type('[200~'), type(text), type('[201~')];

test(': opens the run id prompt; typing fills it and Esc closes it, the list as it was', () => {
  const before = run(listed(), type('jj'));
  const open = run(before, type(':'));
  assert.equal(modeOf(open), 'goto');
  const typed = run(open, type('Wp7kRnT2mX4vQ9bL'));
  assert.equal(typed.goto?.text, 'Wp7kRnT2mX4vQ9bL');
  assert.equal(typed.quit, false);
  const closed = run(typed, esc);
  assert.equal(closed.goto, null);
  assert.equal(closed.selectedId, 'run0002');
  assert.equal(closed.detail, null);
});

test('Enter asks for the typed id; its detail opens wherever the run is', () => {
  const asked = run(listed(), type(':elsewhere42'), enter);
  assert.equal(asked.goto?.pending, 'elsewhere42');
  const far = makeDetail(
    makeRun({id: 'elsewhere42', flowId: 'old'}),
    makeFlow({id: 'old', name: 'Old flow', active: false}),
  );
  const opened = reduce(asked, {
    type: 'goto-loaded',
    attempt: asked.goto?.attempt ?? 0,
    detail: far,
    now: NOW,
  });
  assert.equal(opened.goto, null);
  assert.equal(opened.detail?.id, 'elsewhere42');
  assert.equal(opened.detail?.run, far);
  assert.equal(opened.detail?.via, 'jump');
  assert.equal(opened.flowNames.get('old'), 'Old flow');
  assert.equal(opened.selectedId, 'run0000', 'the list is left as it was');
  const closed = run(opened, esc);
  assert.equal(closed.detail, null);
  assert.equal(closed.selectedId, 'run0000');
  assert.equal(closed.offset, 0);
});

test('a malformed id is refused before any request, with the reason', () => {
  for (const [text, reason] of [
    ['', /Type or paste a run id/],
    ['abc def', /^Not a run id: it has spaces/],
    ['../secrets', /^Not a run id: only letters, digits/],
    ['a'.repeat(200), /more than any id/],
  ] as const) {
    const state = run(listed(), type(':'), {type: 'goto-input', text}, enter);
    assert.equal(state.goto?.pending, null, text);
    assert.match(state.goto?.problem ?? '', reason);
  }
});

test('a 404 says there is no such run, other errors say what failed, and Enter tries again', () => {
  const asked = run(listed(), type(':fr_abc123def456'), enter);
  const attempt = asked.goto?.attempt ?? 0;
  const missing = reduce(asked, {
    type: 'goto-failed',
    id: 'fr_abc123def456',
    attempt,
    error: new ApiError('not-found', 'Run not found', {status: 404}),
    now: NOW,
  });
  assert.match(missing.goto?.problem ?? '', /^No run "fr_abc123def456" in this workspace/);
  assert.equal(missing.goto?.pending, null);
  assert.equal(modeOf(missing), 'goto');
  const down = reduce(asked, {
    type: 'goto-failed',
    id: 'fr_abc123def456',
    attempt,
    error: new ApiError('server', 'TableFlow answered 503', {status: 503}),
    now: NOW,
  });
  assert.match(down.goto?.problem ?? '', /Could not fetch run .*TableFlow answered 503/);
  const again = run(down, enter);
  assert.equal(again.goto?.pending, 'fr_abc123def456');
  assert.equal(again.goto?.attempt, attempt + 1);
});

test('an answer for an earlier Enter, or after Esc, is dropped', () => {
  const first = run(listed(), type(':aaa'), enter);
  const stale = first.goto?.attempt ?? 0;
  const retyped = run(first, press({delete: true}), type('b'), enter);
  assert.equal(retyped.goto?.pending, 'aab');
  const late = reduce(retyped, {
    type: 'goto-loaded',
    attempt: stale,
    detail: makeDetail(makeRun({id: 'aaa'})),
    now: NOW,
  });
  assert.equal(late.detail, null);
  const cancelled = run(first, esc);
  const after = reduce(cancelled, {
    type: 'goto-loaded',
    attempt: stale,
    detail: makeDetail(makeRun({id: 'aaa'})),
    now: NOW,
  });
  assert.equal(after.detail, null);
});

test('typed control characters never reach the prompt; Ctrl-U erases it', () => {
  const typed = run(listed(), type(':'), {type: 'goto-input', text: 'ab\x1b[31mc\x07'});
  assert.doesNotMatch(typed.goto?.text ?? '', /[\x00-\x1f]/);
  assert.equal(run(typed, press({ctrl: true}, 'u')).goto?.text, '');
});

test('a bracketed paste fills the prompt, its newline is not Enter, and it is never keys', () => {
  const pasted = run(listed(), type(':'), ...paste('  fr_abc123def456\r\n'));
  assert.equal(pasted.goto?.pending, null, 'the newline inside the paste did not submit');
  assert.equal(pasted.pasting, false);
  const asked = run(pasted, enter);
  assert.equal(asked.goto?.pending, 'fr_abc123def456', 'spaces and newlines trimmed');
  // Pasted into the list, text is not keys: `jjq` neither moves nor quits.
  const list = run(listed(), ...paste('jjq'));
  assert.equal(list.quit, false);
  assert.equal(list.selectedId, 'run0000');
  assert.match(list.message?.text ?? '', /not keys/);
  // Pasted into the search bar, it is the query.
  assert.equal(run(listed(), type('/'), ...paste('run0003')).search?.query, 'run0003');
});

test('a paste whose end marker is lost ends at the next key no paste holds', () => {
  const stuck = run(listed(), type('\x1b[200~'), type('x'));
  assert.equal(stuck.pasting, true);
  const out = run(stuck, press({escape: true, meta: true}), type('j'));
  assert.equal(out.pasting, false);
  assert.equal(out.selectedId, 'run0001', 'keys act again');
});

test('a pasted API URL or quoted id gives the id', () => {
  assert.equal(
    runIdFrom('https://api.tableflow.com/v2/flows/runs/fr_abc123def456'),
    'fr_abc123def456',
  );
  assert.equal(runIdFrom('GET /v2/flows/runs/Wp7kRnT2mX4vQ9bL?x=1'), 'Wp7kRnT2mX4vQ9bL');
  assert.equal(runIdFrom(' "hN3cYs8fKj6pA5wD" '), 'hN3cYs8fKj6pA5wD');
  assert.equal(runIdProblem('f150a878-bd38-4e18-9428-a22878a21ff4'), null);
  assert.notEqual(runIdProblem('..'), null);
  assert.notEqual(runIdProblem('a/b'), null);
});

test('in the split view a run opened with : stays until the user moves, then the preview follows', () => {
  const split = run(listed(160), press({return: true}));
  const asked = run(split, type(':far'), enter);
  const opened = reduce(asked, {
    type: 'goto-loaded',
    attempt: asked.goto?.attempt ?? 0,
    detail: makeDetail(makeRun({id: 'far'})),
    now: NOW,
  });
  assert.equal(modeOf(opened), 'split');
  assert.equal(opened.detail?.id, 'far');
  const refreshed = load(opened, makeRuns(20, 1));
  assert.equal(refreshed.detail?.id, 'far', 'a refresh moving the selection keeps it');
  const moved = run(refreshed, type('j'));
  assert.equal(moved.detail?.id, moved.selectedId);
});

test('Ctrl keys inside a burst of typing act as keys (tmux send-keys, typing ahead over SSH)', () => {
  const state = run(listed(), type(':abc\x15xyz\r'));
  assert.equal(state.goto?.pending, 'xyz', 'Ctrl-U erased abc, Enter asked for xyz');
  const split = run(listed(160), press({return: true}), {type: 'detail-measured', maxScroll: 40});
  assert.ok((run(split, type('j\x04')).detail?.scroll ?? 0) > 0, 'Ctrl-D after j scrolls');
});
