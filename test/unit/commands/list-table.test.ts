import {test} from 'node:test';
import assert from 'node:assert/strict';
import stringWidth from 'string-width';
import {
  flowNames,
  formatTable,
  positionLine,
  runCells,
} from '../../../source/commands/list/table.js';
import {NOW, makeFlow, makePage, makeRun} from '../../helpers/runs.js';

const NAMES = flowNames([makeFlow()]);
const MINUTE = 60_000;

function column(lines: readonly string[], title: string): number {
  return (lines[0] ?? '').indexOf(title);
}

test('the header names every column', () => {
  const [header] = formatTable([]);
  assert.equal(header, 'ID  STATUS  FLOW  TRIGGER  STARTED  DURATION  DETAILS');
});

test('a table of 200,000 rows is laid out (list --all --max allows a million)', () => {
  const row = ['r1', 'completed', 'Invoices', 'api', '-', '30s', ''];
  const lines = formatTable(Array.from({length: 200_000}, () => row));
  assert.equal(lines.length, 200_001);
  assert.equal(lines[200_000], 'r1  completed  Invoices  api      -        30s');
});

test('columns line up under their titles', () => {
  const rows = [
    runCells(makeRun({id: 'short', status: 'failed'}), NAMES, NOW),
    runCells(makeRun({id: 'a-much-longer-run-id', status: 'processing'}), NAMES, NOW),
  ];
  const lines = formatTable(rows);
  const at = column(lines, 'STATUS');
  assert.equal(lines[1]?.slice(at, at + 'failed'.length), 'failed');
  assert.equal(lines[2]?.slice(at, at + 'processing'.length), 'processing');
  assert.equal(lines[1]?.indexOf('PO to Invoice'), column(lines, 'FLOW'));
});

test('lines carry no trailing spaces', () => {
  const lines = formatTable([runCells(makeRun({id: 'r1', metadata: {}}), NAMES, NOW)]);
  for (const line of lines) assert.equal(line, line.trimEnd());
});

test('the flow column shows the flow name, or the flow id when the name is unknown', () => {
  assert.equal(runCells(makeRun({id: 'r'}), NAMES, NOW)[2], 'PO to Invoice Reconciliation');
  assert.equal(runCells(makeRun({id: 'r', flowId: 'gone123'}), NAMES, NOW)[2], 'gone123');
  assert.equal(runCells(makeRun({id: 'r'}), new Map(), NOW)[2], 'dk4g1tUg1uHLs8YU');
});

test('started is relative to now', () => {
  const cells = runCells(makeRun({id: 'r', startedAt: NOW - 3 * MINUTE}), NAMES, NOW);
  assert.equal(cells[4], '3m ago');
});

test('a finished run shows its duration', () => {
  const run = makeRun({
    id: 'r',
    status: 'completed',
    startedAt: NOW - 10 * MINUTE,
    endedAt: NOW - 10 * MINUTE + 245_000,
  });
  assert.equal(runCells(run, NAMES, NOW)[5], '4m 05s');
});

test('a run in flight shows the time so far', () => {
  const processing = makeRun({id: 'p', status: 'processing', startedAt: NOW - 90_000});
  assert.equal(runCells(processing, NAMES, NOW)[5], '1m 30s');
  const review = makeRun({id: 'v', status: 'review', startedAt: NOW - 2 * 3_600_000 - 5 * MINUTE});
  assert.equal(runCells(review, NAMES, NOW)[5], '2h 05m');
});

test('unknown times show a dash', () => {
  const run = makeRun({id: 'r', status: 'processing', startedAt: null, createdAt: Number.NaN});
  const cells = runCells({...run, startedAt: null}, NAMES, NOW);
  assert.equal(cells[4], '—');
  assert.equal(cells[5], '—');
});

test('an unknown status is shown as the server sent it', () => {
  const cells = runCells(makeRun({id: 'r', status: 'archived', endedAt: null}), NAMES, NOW);
  assert.equal(cells[1], 'archived');
});

test('a failed run shows its error, other runs their most telling metadata', () => {
  const failed = runCells(
    makeRun({id: 'f', status: 'failed', error: 'Template not found'}),
    NAMES,
    NOW,
  );
  assert.equal(failed[6], 'Template not found');
  const done = runCells(makeRun({id: 'd', metadata: {batch: 7, customer_id: '12345'}}), NAMES, NOW);
  assert.equal(done[6], 'customer_id=12345  batch=7');
});

test('newlines inside cells are folded so each run stays on one line', () => {
  const run = makeRun({
    id: 'r',
    status: 'failed',
    error: 'Step failed:\nTemplate\r\nnot found',
    flowId: 'f',
  });
  const names = new Map([['f', 'Two\nlines']]);
  const lines = formatTable([runCells(run, names, NOW)]);
  assert.equal(lines.length, 2);
  assert.match(lines[1] ?? '', /Two lines/);
  assert.match(lines[1] ?? '', /Step failed: Template not found/);
});

test('without a width nothing is truncated', () => {
  const error = 'x'.repeat(300);
  const lines = formatTable([runCells(makeRun({id: 'r', status: 'failed', error}), NAMES, NOW)]);
  assert.ok(lines[1]?.endsWith(error));
});

test('with a width every line fits, cutting free text before dropping columns', () => {
  const rows = [
    runCells(makeRun({id: 'run0001', status: 'failed', error: 'e'.repeat(200)}), NAMES, NOW),
  ];
  const lines = formatTable(rows, 100);
  for (const line of lines) assert.ok(stringWidth(line) <= 100, line);
  assert.match(lines[1] ?? '', /^run0001 {2}failed {2}PO to Invoice/);
  assert.match(lines[1] ?? '', /eeee…$/);
});

test('wide characters are measured by display width when fitting and aligning', () => {
  const rows = [
    runCells(
      makeRun({id: 'r1', flowId: 'f', metadata: {customer: '株式会社テーブルフロー🚀🚀🚀'}}),
      new Map([['f', '請求書フロー']]),
      NOW,
    ),
    runCells(
      makeRun({id: 'r2', flowId: 'g', metadata: {customer: 'ascii'}}),
      new Map([['g', 'Invoices']]),
      NOW,
    ),
  ];
  const wide = formatTable(rows);
  const cellsBefore = (line: string, text: string) =>
    stringWidth(line.slice(0, line.indexOf(text)));
  assert.equal(cellsBefore(wide[1] ?? '', 'api'), cellsBefore(wide[2] ?? '', 'api'));
  for (const width of [90, 70, 40]) {
    for (const line of formatTable(rows, width))
      assert.ok(stringWidth(line) <= width, `${width}: ${line}`);
  }
});

test('narrow terminals drop the least useful columns but keep id and status', () => {
  const lines = formatTable([runCells(makeRun({id: 'run0001'}), NAMES, NOW)], 30);
  assert.match(lines[0] ?? '', /^ID\s+STATUS/);
  assert.doesNotMatch(lines[0] ?? '', /TRIGGER|DETAILS/);
  assert.match(lines[1] ?? '', /^run0001\s+completed/);
});

test('room freed by dropping a column goes back to the squeezed flow name', () => {
  const run = makeRun({
    id: 'Bb35iB3lFhU6lScp',
    status: 'processing',
    metadata: {note: 'n'.repeat(80)},
  });
  const lines = formatTable([runCells(run, NAMES, NOW)], 72);
  assert.ok(lines.every((line) => stringWidth(line) <= 72));
  assert.doesNotMatch(lines[0] ?? '', /DETAILS/);
  assert.match(lines[1] ?? '', /PO to Invoice Reconcil…/);
});

test('the position line counts from one and groups thousands', () => {
  const page = makePage([], {total: 1234, limit: 50, offset: 0});
  assert.equal(positionLine(page.pagination, 50), 'runs 1-50 of 1,234 (next page: --offset 50)');
});

test('the last page has no next-page hint', () => {
  const page = makePage([], {total: 1234, limit: 50, offset: 1200});
  assert.equal(positionLine(page.pagination, 34), 'runs 1,201-1,234 of 1,234');
});

test('an empty page says so', () => {
  assert.equal(positionLine(makePage([], {total: 0}).pagination, 0), 'no runs match');
  assert.equal(
    positionLine(makePage([], {total: 10, offset: 500}).pagination, 0),
    'no runs at offset 500 (10 in total)',
  );
});
