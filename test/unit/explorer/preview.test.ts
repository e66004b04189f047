import {test} from 'node:test';
import assert from 'node:assert/strict';
import {ApiError} from '../../../source/api/errors.js';
import {modeOf, type State} from '../../../source/explorer/state.js';
import {reduce} from '../../../source/explorer/reduce.js';
import {PREVIEW_CACHE_SIZE, cacheDetail, settledDetail} from '../../../source/explorer/preview.js';
import {fresh, load, press, run, type} from '../../helpers/explorer.js';
import {NOW, makeDetail, makeRun, makeRuns} from '../../helpers/runs.js';

const wide = (): State => load(fresh({columns: 160, rows: 30}), makeRuns(20));
const narrow = (): State => load(fresh({columns: 100, rows: 30}), makeRuns(20));
const enter = press({return: true});
const esc = press({escape: true, meta: true});

test('from 140 columns Enter opens the split view, where j and k move the selection and the preview follows', () => {
  const open = run(wide(), enter);
  assert.equal(modeOf(open), 'split');
  assert.equal(open.detail?.id, 'run0000');
  const moved = run(open, type('jj'));
  assert.equal(moved.selectedId, 'run0002');
  assert.equal(moved.detail?.id, 'run0002');
  assert.equal(moved.detail?.via, 'follow');
  assert.equal(moved.detail?.run, null, 'nothing cached: the row shows while it loads');
  const back = run(moved, type('k'));
  assert.equal(back.detail?.id, 'run0001');
});

test('paging, G and g move the selection in the split view too, the preview with it', () => {
  const open = run(wide(), enter);
  const paged = run(open, press({pageDown: true}));
  assert.notEqual(paged.selectedId, 'run0000');
  assert.equal(paged.detail?.id, paged.selectedId);
  const last = run(open, type('G'));
  assert.equal(last.detail?.id, 'run0019');
  assert.equal(run(last, type('g')).detail?.id, 'run0000');
});

test('below 140 columns Enter opens the full-width detail, where j scrolls it', () => {
  const open = run(narrow(), enter, {type: 'detail-measured', maxScroll: 10});
  assert.equal(modeOf(open), 'detail');
  const scrolled = run(open, type('j'));
  assert.equal(scrolled.selectedId, 'run0000');
  assert.equal(scrolled.detail?.scroll, 1);
});

test('J, K, Ctrl-D and Ctrl-U scroll the preview without moving the selection', () => {
  const open = run(wide(), enter, {type: 'detail-measured', maxScroll: 40});
  const down = run(open, type('JJ'));
  assert.equal(down.detail?.scroll, 2);
  assert.equal(down.selectedId, 'run0000');
  const half = run(down, press({ctrl: true}, 'd'));
  assert.ok((half.detail?.scroll ?? 0) > 2, 'Ctrl-D scrolls half a screen');
  assert.equal(run(half, press({ctrl: true}, 'u')).detail?.scroll, 2);
  assert.equal(run(down, type('K')).detail?.scroll, 1);
});

test('the preview starts each run at its top', () => {
  const open = run(wide(), enter, {type: 'detail-measured', maxScroll: 40}, type('JJJ'));
  assert.equal(run(open, type('j')).detail?.scroll, 0);
});

test('Esc closes the split view, then clears a kept search', () => {
  const searched = run(wide(), type('/run001'), enter, enter);
  assert.equal(modeOf(searched), 'split');
  const closed = run(searched, esc);
  assert.equal(closed.detail, null);
  assert.equal(closed.search?.query, 'run001', 'the search is still on');
  assert.equal(run(closed, esc).search, null);
  assert.equal(run(run(wide(), enter), type('q')).quit, false, 'q closes the split, not the app');
});

test('a fetched detail is cached by run id and shown at once when the cursor returns', () => {
  const open = run(wide(), enter);
  const detail = makeDetail(makeRuns(1)[0] ?? makeRun({id: 'run0000'}));
  const landed = reduce(open, {type: 'detail-loaded', detail, now: NOW});
  assert.equal(landed.previews.get('run0000')?.detail, detail);
  const away = run(landed, type('j'));
  assert.equal(away.detail?.run, null);
  const returned = run(away, type('k'));
  assert.equal(returned.detail?.run, detail, 'shown from the cache, before any fetch');
});

test('a cached detail older than the listed row is not shown: the row is newer', () => {
  const open = run(wide(), enter);
  const old = makeDetail(makeRun({id: 'run0000', status: 'processing', updatedAt: NOW - 60_000}));
  const landed = run(open, {type: 'detail-loaded', detail: old, now: NOW}, type('j'));
  const page = makeRuns(20).map((r) =>
    r.id === 'run0000' ? {...r, status: 'completed', updatedAt: NOW} : r,
  );
  const refreshed = load(landed, page);
  assert.equal(run(refreshed, type('k')).detail?.run, null);
});

test('the cache is bounded, the least recently fetched dropped first', () => {
  let previews = new Map() as ReturnType<typeof cacheDetail>;
  const runs = makeRuns(PREVIEW_CACHE_SIZE + 5);
  for (const r of runs) previews = cacheDetail(previews, makeDetail(r), 0);
  assert.equal(previews.size, PREVIEW_CACHE_SIZE);
  assert.ok(!previews.has('run0000'));
  assert.ok(previews.has(`run${String(PREVIEW_CACHE_SIZE + 4).padStart(4, '0')}`));
});

test('a detail landing for a run the cursor has left is dropped', () => {
  const moved = run(wide(), enter, type('j'));
  const stale = makeDetail(makeRuns(1)[0] ?? makeRun({id: 'run0000'}));
  const after = reduce(moved, {type: 'detail-loaded', detail: stale, now: NOW});
  assert.equal(after.detail?.id, 'run0001');
  assert.equal(after.detail?.run, null);
  assert.ok(!after.previews.has('run0000'), 'not cached either');
  const failed = reduce(moved, {
    type: 'detail-failed',
    id: 'run0000',
    error: new ApiError('server', 'TableFlow answered 500', {status: 500}),
    now: NOW,
  });
  assert.equal(failed.detail?.error, null);
});

test('a failed preview shows its error on the pane and the selection still moves', () => {
  const open = run(wide(), enter);
  const failed = reduce(open, {
    type: 'detail-failed',
    id: 'run0000',
    error: new ApiError('server', 'TableFlow answered 502', {status: 502}),
    now: NOW,
  });
  assert.equal(failed.detail?.error?.message, 'TableFlow answered 502');
  const moved = run(failed, type('j'));
  assert.equal(moved.detail?.id, 'run0001');
  assert.equal(moved.detail?.error, null);
});

test('a resize across 140 columns switches split and full detail on the same run', () => {
  const split = run(wide(), enter, type('jj'));
  const full = reduce(split, {type: 'resized', columns: 100, rows: 30});
  assert.equal(modeOf(full), 'detail');
  assert.equal(full.detail?.id, 'run0002');
  const again = reduce(full, {type: 'resized', columns: 160, rows: 30});
  assert.equal(modeOf(again), 'split');
  assert.equal(again.detail?.id, 'run0002');
  assert.equal(again.selectedId, 'run0002');
});

test('widening over a detail whose run moved on the list selects that run for the split', () => {
  const full = run(narrow(), type('jj'), enter);
  // A refresh while reading: two new runs on top, so the cursor's row holds another run.
  const shifted = load(full, [makeRun({id: 'new1'}), makeRun({id: 'new2'}), ...makeRuns(18)]);
  assert.equal(shifted.detail?.id, 'run0002');
  const wider = reduce(shifted, {type: 'resized', columns: 160, rows: 30});
  assert.equal(wider.selectedId, 'run0002');
  assert.equal(wider.detail?.id, 'run0002');
});

test('in the split view a page turn keeps the split, and the preview moves to the new page', () => {
  const open = load(fresh({columns: 160, rows: 30}), makeRuns(50), {total: 120});
  const turned = run(open, enter, type('l'));
  assert.equal(turned.offset, 50);
  assert.notEqual(turned.detail, null, 'the split stays open while the page loads');
  const landed = load(turned, makeRuns(50, 50), {total: 120});
  assert.equal(landed.selectedId, 'run0050');
  assert.equal(landed.detail?.id, 'run0050');
});

test('a refresh that moves the selection moves the preview with it', () => {
  const open = run(wide(), enter, type('j'));
  const gone = load(
    open,
    makeRuns(20).filter((r) => r.id !== 'run0001'),
  );
  assert.equal(gone.detail?.id, gone.selectedId);
});

test('a finished run shown from the cache, fetched since the last r, needs no request', () => {
  const open = run(wide(), enter);
  const done = makeDetail(makeRun({id: 'run0000', status: 'completed'}));
  const landed = reduce(open, {type: 'detail-loaded', detail: done, now: NOW});
  assert.equal(settledDetail(landed), true);
  assert.equal(settledDetail(run(landed, type('r'))), false, 'r fetches it again');
  const busy = makeDetail(makeRun({id: 'run0000', status: 'processing'}));
  assert.equal(settledDetail(reduce(open, {type: 'detail-loaded', detail: busy, now: NOW})), false);
});
