import {test} from 'node:test';
import assert from 'node:assert/strict';
import {GUTTER, layoutColumns, MAX_ID_WIDTH} from '../../../source/tui/views/list-layout.js';

const ids = (width: number, idWidth = 16) => layoutColumns(width, idWidth).columns.map((c) => c.id);
const used = (width: number, idWidth = 16) => {
  const {columns, gutter} = layoutColumns(width, idWidth);
  return gutter + columns.reduce((sum, c) => sum + c.width, 0) + columns.length - 1;
};

test('a wide pane shows every column', () => {
  assert.deepEqual(ids(200), ['status', 'id', 'flow', 'trigger', 'age', 'duration', 'snippet']);
});

test('narrower panes drop the trigger first, then the snippet, then the age', () => {
  assert.deepEqual(ids(110), ['status', 'id', 'flow', 'trigger', 'age', 'duration', 'snippet']);
  assert.deepEqual(ids(100), ['status', 'id', 'flow', 'age', 'duration', 'snippet']);
  assert.deepEqual(ids(80), ['status', 'id', 'flow', 'age', 'duration']);
  assert.deepEqual(ids(50), ['status', 'id', 'flow', 'duration']);
  assert.deepEqual(ids(40), ['status', 'id', 'flow']);
});

test('at 80 columns the age stays and the flow name gets the room a cut snippet would take', () => {
  const widths = Object.fromEntries(layoutColumns(80, 16).columns.map((c) => [c.id, c.width]));
  assert.deepEqual(widths, {status: 12, id: 16, flow: 33, age: 4, duration: 9});
});

test('the flow name and snippet keep a comfortable width before a low-value column is given up', () => {
  const widths = (width: number) =>
    Object.fromEntries(layoutColumns(width, 16).columns.map((c) => [c.id, c.width]));
  assert.deepEqual(widths(100), {status: 12, id: 16, flow: 28, age: 4, duration: 9, snippet: 24});
  assert.deepEqual(widths(90), {status: 12, id: 16, flow: 22, age: 4, duration: 9, snippet: 20});
});

test('the run id is the last column to go', () => {
  assert.deepEqual(ids(31), ['status', 'id']);
  assert.deepEqual(ids(30), ['id']);
  assert.deepEqual(ids(5), ['id']);
});

test('the columns never add up to more than the width', () => {
  for (let width = 0; width <= 250; width++) {
    assert.ok(used(width) <= Math.max(width, GUTTER), `width ${width}: ${used(width)}`);
  }
});

test('the flow column stops growing so the snippet gets the spare room', () => {
  const layout = layoutColumns(200, 16);
  const flow = layout.columns.find((c) => c.id === 'flow');
  const snippet = layout.columns.find((c) => c.id === 'snippet');
  assert.equal(flow?.width, 28);
  assert.ok((snippet?.width ?? 0) > 80);
});

test('very long ids are capped so they do not crowd out the rest', () => {
  const layout = layoutColumns(120, 36);
  assert.equal(layout.columns.find((c) => c.id === 'id')?.width, MAX_ID_WIDTH);
});
