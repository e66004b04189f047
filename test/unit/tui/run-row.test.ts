import {test} from 'node:test';
import assert from 'node:assert/strict';
import {createTheme, UNICODE_SYMBOLS} from '../../../source/tui/theme.js';
import {layoutColumns} from '../../../source/tui/views/list-layout.js';
import {rowCells, rowClock} from '../../../source/tui/views/row-cells.js';
import {paintRow, type RunRowProps} from '../../../source/tui/views/run-row.js';
import {makeRun, NOW} from '../../helpers/runs.js';

const LAYOUT = layoutColumns(100, 7);

const props = (now: number, status: 'completed' | 'processing' = 'completed'): RunRowProps => {
  const run = makeRun({id: 'run0001', status, startedAt: NOW - 10_000, endedAt: null});
  return {
    cells: rowCells(run, 'Flow', now, LAYOUT, UNICODE_SYMBOLS),
    gutter: '  ',
    selected: false,
    changed: false,
    query: '',
  };
};

const THEME = createTheme({color: true});
const paint = (row: RunRowProps): string => paintRow(row, THEME);

test('a row whose texts are the same paints the same, whatever arrays hold them', () => {
  assert.equal(paint(props(NOW)), paint(props(NOW)));
});

test('a row counting seconds paints a new text every second; a finished one does not', () => {
  assert.notEqual(paint(props(NOW, 'processing')), paint(props(NOW + 1000, 'processing')));
  const done = makeRun({id: 'run0002', status: 'completed'});
  const at = (now: number): RunRowProps => ({
    ...props(now),
    cells: rowCells(done, 'Flow', now, LAYOUT, UNICODE_SYMBOLS),
  });
  assert.equal(paint(at(NOW)), paint(at(NOW + 1000)));
});

test('a tick refits only the clock cells of a run in flight: the others are kept as they were', () => {
  const run = makeRun({
    id: 'run0003',
    status: 'processing',
    startedAt: NOW - 10_000,
    endedAt: null,
  });
  const before = rowCells(run, 'Flow', NOW, LAYOUT, UNICODE_SYMBOLS);
  const after = rowCells(run, 'Flow', NOW + 1000, LAYOUT, UNICODE_SYMBOLS);
  assert.notEqual(after, before);
  for (const [index, cell] of after.entries()) {
    const clock = cell.id === 'age' || cell.id === 'duration';
    assert.equal(cell === before[index], !clock, cell.id);
  }
  assert.equal(after.find((cell) => cell.id === 'duration')?.text.trim(), '11s');
  // Another flow name is a new row: nothing is kept.
  const renamed = rowCells(run, 'Other', NOW + 1000, LAYOUT, UNICODE_SYMBOLS);
  assert.equal(renamed.find((cell) => cell.id === 'flow')?.text.trim(), 'Other');
});

test('selection, a mark, a change mark, the gutter and the query each paint a row anew', () => {
  const row = props(NOW);
  const changes = [
    {selected: true},
    {marked: true},
    {changed: true},
    {gutter: '› '},
    {query: 'run'},
  ] as const;
  for (const change of changes)
    assert.notEqual(paint({...row, ...change}), paint(row), JSON.stringify(change));
});

test('a row hears the clock only when its own texts change', () => {
  const at = (run: ReturnType<typeof makeRun>, now: number): string =>
    rowClock(run, now, UNICODE_SYMBOLS, {stuckAfterMs: 15 * 60_000});
  const old = makeRun({id: 'a', status: 'completed', startedAt: NOW - 10 * 60_000 - 5000});
  assert.equal(at(old, NOW + 10_000), at(old, NOW), 'past its first minute, ten seconds on');
  assert.notEqual(at(old, NOW + 60_000), at(old, NOW), 'a minute on');
  const young = makeRun({id: 'b', status: 'processing', startedAt: NOW - 20_000, endedAt: null});
  assert.notEqual(at(young, NOW + 1000), at(young, NOW), 'in its first minute, every second');
  const late = makeRun({id: 'c', status: 'processing', startedAt: NOW - 15 * 60_000 + 10});
  assert.notEqual(at(late, NOW + 20), at(late, NOW), 'turning stuck');
});
