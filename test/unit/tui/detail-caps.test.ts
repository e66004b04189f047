import {test} from 'node:test';
import assert from 'node:assert/strict';
import stringWidth from 'string-width';
import type {Run} from '../../../source/domain/run.js';
import {detailLines} from '../../../source/tui/views/detail-lines.js';
import {lineText} from '../../../source/tui/views/line.js';
import {runSnippet} from '../../../source/domain/metadata.js';
import {makeDetail, makeFlow, makeRun, NOW} from '../../helpers/runs.js';

// The detail of a run of any size is a few hundred lines: long lists show their start and
// say how many more there are (source/tui/views/detail-caps.ts).
function texts(run: Run, flow = makeFlow()): string[] {
  return detailLines({
    run,
    detail: makeDetail(run, flow),
    flowName: null,
    now: NOW,
    width: 100,
    loading: false,
    error: null,
    utc: true,
  }).map(lineText);
}

const numbers = (count: number): number[] => Array.from({length: count}, (_, n) => n);

test('a 130,000-item metadata array shows its first 100 items and counts the rest', () => {
  const lines = texts(makeRun({id: 'm', metadata: {list: numbers(130_000)}}));
  assert.ok(lines.some((line) => /^ {2}list\[99\] += 99$/.test(line)));
  assert.ok(!lines.some((line) => line.includes('list[100]')));
  assert.ok(lines.includes('  … 129,900 more in list'));
});

test('metadata shows 300 values in all, then one line for everything not shown', () => {
  const metadata = Object.fromEntries(['a', 'b', 'c', 'd', 'e'].map((key) => [key, numbers(100)]));
  const lines = texts(makeRun({id: 'm', metadata}));
  assert.ok(lines.some((line) => line.includes('c[99]')));
  assert.ok(!lines.some((line) => line.includes('d[0]')));
  assert.ok(lines.includes('  … 2 more'));
});

test('a long status history shows its first 20 and last 180 entries, the rest counted', () => {
  const history = numbers(130_000).map((n) => ({
    status: n % 2 === 0 ? 'processing' : 'review',
    at: NOW - 200_000_000 + n * 1000,
    message: `step ${n}`,
  }));
  const lines = texts(makeRun({id: 'h', status: 'review', history}));
  const steps = lines.filter((line) => / step \d+$/.test(line));
  assert.equal(steps.length, 200);
  assert.match(steps[19] ?? '', / step 19$/);
  assert.match(steps[20] ?? '', / {2}for 1s {6}step 129820$/);
  assert.ok(lines.includes('  … 129,800 more entries'));
});

test('150,000 Drive files show the first 50, the rest counted', () => {
  const driveFiles = numbers(150_000).map((n) => ({
    key: `export${n}`,
    fileId: `F${n}`,
    mimeType: 'application/pdf',
    sheets: [],
  }));
  const lines = texts(makeRun({id: 'd', driveFiles}));
  assert.ok(lines.includes('  export49  application/pdf'));
  assert.ok(!lines.includes('  export50  application/pdf'));
  assert.ok(lines.includes('  … 149,950 more Drive files'));
});

test('a spreadsheet with 100 sheets shows 20, the rest counted', () => {
  const sheets = numbers(100).map((n) => ({sheetId: n, title: `Tab ${n}`}));
  const driveFiles = [
    {key: 'out', fileId: 'F', mimeType: 'application/vnd.google-apps.spreadsheet', sheets},
  ];
  const lines = texts(makeRun({id: 's', driveFiles}));
  assert.ok(lines.includes('    sheet "Tab 19"'));
  assert.ok(!lines.includes('    sheet "Tab 20"'));
  assert.ok(lines.includes('  … 80 more sheets'));
});

test('a flow of 500 steps lists the first 50, the rest counted', () => {
  const steps = numbers(500).map((n) => ({
    id: `s${n}`,
    title: `S${n}`,
    type: 'extraction',
    description: null,
    order: n,
  }));
  const lines = texts(makeRun({id: 'f'}), makeFlow({steps}));
  assert.ok(lines.some((line) => line.includes('50 S49 (extraction)')));
  assert.ok(!lines.some((line) => line.includes('51 S50')));
  assert.ok(lines.some((line) => line.endsWith('… 450 more steps')));
});

test('a history message of many lines shows 10 of them, the last ending in …', () => {
  const message = numbers(500)
    .map((n) => `line ${n}`)
    .join('\n');
  const history = [{status: 'processing', at: NOW - 60_000, message}];
  const lines = texts(makeRun({id: 'l', status: 'processing', history}));
  const at = lines.findIndex((line) => line.endsWith('line 0'));
  assert.match(lines[at + 9] ?? '', /line 9…$/);
  assert.ok(!lines.some((line) => line.endsWith('line 10')));
});

test('every line of a run over every cap fits the pane', () => {
  const run = makeRun({
    id: 'all',
    metadata: {list: numbers(1000), text: 'word '.repeat(5000)},
    error: 'x'.repeat(10_000),
    history: numbers(500).map((n) => ({
      status: 'processing',
      at: NOW - n,
      message: '請'.repeat(3000),
    })),
  });
  const lines = texts(run);
  assert.ok(lines.length < 2500, `${lines.length} lines`);
  for (const line of lines) assert.ok(stringWidth(line) <= 100, line);
});

test('the list snippet of a run with huge metadata stays short', () => {
  const {text} = runSnippet(makeRun({id: 'x', metadata: {list: numbers(130_000)}}));
  assert.ok(text.length <= 1000, `${text.length} characters`);
  assert.ok(text.startsWith('list[0]=0  list[1]=1'));
});
