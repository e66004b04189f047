import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Action} from '../../../source/explorer/actions.js';
import {hitAt} from '../../../source/explorer/hit.js';
import {headerRows, paneWidths} from '../../../source/explorer/layout.js';
import {DOUBLE_CLICK_MS, WHEEL_LINES} from '../../../source/explorer/mouse.js';
import {PICKER_HEADER_ROWS} from '../../../source/explorer/picker.js';
import type {State} from '../../../source/explorer/state.js';
import {tabAt} from '../../../source/explorer/tabs.js';
import type {MouseButton, MouseEvent} from '../../../source/terminal/mouse.js';
import {fresh, load, press, run, type} from '../../helpers/explorer.js';
import {NOW, makeFlow, makeRuns} from '../../helpers/runs.js';

const mouse = (
  button: MouseButton,
  x: number,
  y: number,
  now = NOW,
  kind: MouseEvent['kind'] = 'press',
): Action => ({
  type: 'mouse',
  event: {kind, button, x, y, shift: false, meta: false, ctrl: false},
  now,
});
const click = (x: number, y: number, now = NOW) => mouse('left', x, y, now);

// The first run row: under the header and the list's column titles.
const firstRow = (state: State): number => headerRows(state) + 1;
const page = (columns = 100, rows = 20): State =>
  load(fresh({columns, rows}), makeRuns(40), {total: 40});

test('a click on a row selects that run, counting from the header and the column titles', () => {
  const state = page();
  const clicked = run(state, click(5, firstRow(state) + 3));
  assert.equal(clicked.cursor, 3);
  assert.equal(clicked.selectedId, state.runs[3]?.id);
  assert.equal(clicked.detail, null, 'one click does not open it');
  // The column titles and the header are not rows.
  assert.equal(run(state, click(5, firstRow(state) - 1)), state);
  assert.equal(run(state, click(5, 0)), state);
});

test('rows are hit through the scrolled viewport', () => {
  const scrolled = run(page(), press({end: true}));
  assert.ok(scrolled.top > 0);
  const clicked = run(scrolled, click(1, firstRow(scrolled)));
  assert.equal(clicked.cursor, scrolled.top);
});

test('a second click on the same row within the double-click time opens it; later, it does not', () => {
  const state = page();
  const y = firstRow(state) + 2;
  const opened = run(state, click(5, y), click(40, y, NOW + DOUBLE_CLICK_MS - 1));
  assert.equal(opened.detail?.id, state.runs[2]?.id);
  const slow = run(state, click(5, y), click(5, y, NOW + DOUBLE_CLICK_MS + 1));
  assert.equal(slow.detail, null);
  const other = run(state, click(5, y), click(5, y + 1, NOW + 10));
  assert.equal(other.detail, null, 'two rows are two single clicks');
});

test('a click on a status tab switches to that filter', () => {
  const state = page();
  const x = [...Array(state.columns).keys()].find((at) => tabAt(at, state.columns) === 'failed');
  assert.ok(x !== undefined);
  const clicked = run(state, click(x, 1));
  assert.equal(clicked.filter, 'failed');
  assert.equal(clicked.offset, 0);
  assert.equal(run(state, click(state.columns - 1, 1)), state, 'past the tabs: nothing');
});

test('the wheel moves the list selection, a notch a run, clamped at the ends', () => {
  const state = page();
  const y = firstRow(state) + 1;
  const down = run(state, mouse('wheel-down', 3, y), mouse('wheel-down', 3, y));
  assert.equal(down.cursor, 2);
  assert.equal(run(down, mouse('wheel-up', 3, y)).cursor, 1);
  assert.equal(run(state, mouse('wheel-up', 3, y)), state);
});

test('releases, drags and other buttons do nothing', () => {
  const state = page();
  const y = firstRow(state) + 4;
  assert.equal(run(state, mouse('left', 3, y, NOW, 'release')), state);
  assert.equal(run(state, mouse('right', 3, y)), state);
  assert.equal(run(state, mouse('left', 3, y, NOW, 'drag')), state);
});

test('in the full-width detail the wheel scrolls it', () => {
  const opened = run(page(), press({return: true}), {type: 'detail-measured', maxScroll: 40});
  const scrolled = run(opened, mouse('wheel-down', 10, 8));
  assert.equal(scrolled.detail?.scroll, WHEEL_LINES);
  assert.equal(run(scrolled, mouse('wheel-up', 10, 8)).detail?.scroll, 0);
});

test('in the split view the wheel follows the pointer: list on the left, detail on the right', () => {
  const wide = page(160, 30);
  const opened = run(wide, press({return: true}), {type: 'detail-measured', maxScroll: 40});
  const {list} = paneWidths(opened);
  const y = firstRow(opened) + 1;
  const overDetail = run(opened, mouse('wheel-down', list + 5, y));
  assert.equal(overDetail.detail?.scroll, WHEEL_LINES);
  assert.equal(overDetail.cursor, 0);
  const overList = run(opened, mouse('wheel-down', 5, y));
  assert.equal(overList.cursor, 1);
  assert.equal(hitAt(opened, list + 5, y).area, 'detail');
});

test('in the split view one click on a row shows that run beside the list', () => {
  const wide = page(160, 30);
  const opened = run(wide, press({return: true}));
  const clicked = run(opened, click(5, firstRow(opened) + 4));
  assert.equal(clicked.selectedId, wide.runs[4]?.id);
  assert.equal(clicked.detail?.id, wide.runs[4]?.id);
});

test('rows sit one line lower when the header shows a failed refresh', () => {
  const state = page(120, 24);
  const failed = run(state, {
    type: 'runs-failed',
    generation: state.generation,
    error: {kind: 'server', status: 500, message: 'boom', retryAfterMs: null} as never,
    now: NOW,
  });
  assert.equal(headerRows(failed), 3);
  assert.equal(run(failed, click(5, 4)).cursor, 0);
  assert.equal(run(failed, click(5, 5)).cursor, 1);
});

test('while searching, clicks select among the matches and a double click keeps the search and opens', () => {
  const state = run(page(), type('/'), type(page().runs[5]?.id ?? ''));
  assert.equal(state.search?.editing, true);
  const y = firstRow(state);
  const opened = run(state, click(3, y), click(3, y, NOW + 100));
  assert.equal(opened.search?.editing, false);
  assert.equal(opened.detail?.id, page().runs[5]?.id);
});

test('in the flow picker the wheel moves the highlight, a click highlights, a double click picks', () => {
  const flows = Array.from({length: 30}, (_, n) => makeFlow({id: `F${n}`, name: `Flow ${n + 10}`}));
  const state = run(page(), {type: 'flows-loaded', flows}, type('f'));
  assert.ok(state.picker !== null);
  const first = headerRows(state) + PICKER_HEADER_ROWS;
  assert.equal(run(state, mouse('wheel-down', 4, first)).picker?.index, 1);
  const highlighted = run(state, click(4, first + 3));
  assert.equal(highlighted.picker?.index, 3);
  const chosen = run(highlighted, click(4, first + 3, NOW + 50));
  assert.equal(chosen.picker, null);
  assert.equal(chosen.flowId, state.picker.shown[3]?.value);
});

test('the help scrolls by the wheel and a click closes it, like a key', () => {
  const help = run(page(80, 12), type('?'), {type: 'help-measured', maxScroll: 30});
  assert.equal(run(help, mouse('wheel-down', 3, 5)).helpScroll, WHEEL_LINES);
  assert.equal(run(help, click(3, 5)).help, false);
});
