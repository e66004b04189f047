import {test} from 'node:test';
import assert from 'node:assert/strict';
import {csvField, csvRecord} from '../../../source/commands/list/csv.js';
import {csvCell} from '../../../source/commands/list/fields.js';
import {NOW, makeRun} from '../../helpers/runs.js';

test('plain fields are written as they are', () => {
  assert.equal(csvRecord(['a', 'b c', '12']), 'a,b c,12\r\n');
});

test('fields with commas, quotes or line breaks are quoted, quotes doubled', () => {
  assert.equal(csvField('a,b'), '"a,b"');
  assert.equal(csvField('say "hi"'), '"say ""hi"""');
  assert.equal(csvField('two\nlines'), '"two\nlines"');
  assert.equal(csvField('cr\r'), '"cr\r"');
});

test('cells that a spreadsheet would run as a formula get a leading apostrophe', () => {
  for (const cell of ['=1+1', '+SUM(A1)', '-2', '@cmd', '\tx', '\rx']) {
    assert.ok(csvField(cell).replace(/^"/, '').startsWith(`'`), cell);
  }
  assert.equal(csvField('=HYPERLINK("http://x","y")'), `"'=HYPERLINK(""http://x"",""y"")"`);
  assert.equal(csvField('a=b'), 'a=b');
});

test('csv cells carry ISO 8601 UTC times and durations in seconds', () => {
  const run = makeRun({
    id: 'r',
    status: 'completed',
    startedAt: NOW - 60_000,
    endedAt: NOW - 30_000,
    durationMs: 30_500,
  });
  assert.equal(csvCell('started', run, new Map(), NOW), '2026-11-29T11:59:00Z');
  assert.equal(csvCell('duration', run, new Map(), NOW), '30.5');
  assert.equal(csvCell('error', run, new Map(), NOW), '');
  assert.equal(csvCell('flow', run, new Map([[run.flowId, 'Named']]), NOW), 'Named');
});

test('csv duration is as the API serves it, 0 for a run in flight, and elapsed is the time so far', () => {
  const running = makeRun({id: 'r', status: 'processing', startedAt: NOW - 42_000, durationMs: 0});
  assert.equal(csvCell('duration', running, new Map(), NOW), '0');
  assert.equal(csvCell('elapsed', running, new Map(), NOW), '42');
});
