import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Run} from '../../../source/domain/run.js';
import {RunList} from '../../../source/tui/views/run-list.js';
import {fixedClock} from '../../../source/tui/hooks/use-clock.js';
import {makeRun, makeRuns, NOW} from '../../helpers/runs.js';
import {assertFits, frameLines} from '../../helpers/ui-frame.js';

const FLOWS = new Map([['dk4g1tUg1uHLs8YU', 'PO to Invoice Reconciliation']]);

function list(
  runs: readonly Run[],
  width: number,
  options: {selectedId?: string; changed?: string[]} = {},
) {
  return frameLines(
    <RunList
      runs={runs}
      selectedId={options.selectedId ?? null}
      changedIds={new Set(options.changed ?? [])}
      flowNames={FLOWS}
      clock={fixedClock(NOW)}
      width={width}
    />,
    width,
  );
}

const rowOf = (lines: readonly string[], id: string) =>
  lines.find((line) => line.includes(id)) ?? '';

test('the list has a column header row and one line per run at 60, 100 and 200 columns', async () => {
  const runs = makeRuns(8);
  for (const width of [60, 100, 200]) {
    const lines = await list(runs, width, {selectedId: 'run0002'});
    assert.equal(lines.length, runs.length + 1, `at ${width}`);
    assert.match(lines[0] ?? '', /STATUS +ID +FLOW/);
    assertFits(lines, width);
  }
});

test('the wide list shows trigger, age, duration and details columns', async () => {
  const lines = await list(makeRuns(4), 200);
  assert.match(lines[0] ?? '', /TRIGGER +AGE DURATION +DETAILS/);
  assert.match(
    rowOf(lines, 'run0000'),
    /api +1m 30s +customer_id=12345 {2}order_number=PO-2024-001/,
  );
});

test('the 60-column list keeps status, id, flow, age and duration', async () => {
  const lines = await list(makeRuns(4), 60);
  // AGE outlives TRIGGER and DETAILS at narrow widths since 46ae0b0 (the 80x24 papercut).
  assert.match(lines[0] ?? '', /STATUS +ID +FLOW +AGE +DURATION/);
  assert.doesNotMatch(lines[0] ?? '', /TRIGGER|DETAILS/);
});

test('each status shows its symbol and word, and an unknown status shows its own name', async () => {
  const runs = [...makeRuns(4), makeRun({id: 'odd', status: 'cancelled'})];
  const lines = await list(runs, 100);
  assert.match(rowOf(lines, 'run0000'), /✔ completed/);
  assert.match(rowOf(lines, 'run0001'), /● processing/);
  assert.match(rowOf(lines, 'run0002'), /◆ review/);
  assert.match(rowOf(lines, 'run0003'), /✖ failed/);
  assert.match(rowOf(lines, 'odd'), /\? cancelled/);
});

test('the selected row is marked without relying on colour', async () => {
  const lines = await list(makeRuns(3), 100, {selectedId: 'run0001'});
  assert.ok(rowOf(lines, 'run0001').startsWith('›'));
  assert.ok(!rowOf(lines, 'run0000').startsWith('›'));
  assert.ok(!rowOf(lines, 'run0002').startsWith('›'));
});

test('changed rows carry a marker visible without colour', async () => {
  const lines = await list(makeRuns(3), 100, {changed: ['run0002']});
  assert.equal(rowOf(lines, 'run0002').slice(0, 2), ' •');
  assert.equal(rowOf(lines, 'run0001').slice(0, 2), '  ');
});

test('a failed run shows its error in the details column', async () => {
  const lines = await list(
    [makeRun({id: 'bad', status: 'failed', error: 'Template not found'})],
    100,
  );
  assert.match(rowOf(lines, 'bad'), /Template not found/);
});

test('a run in review shows how long it has waited since entering review, marked apart', async () => {
  const run = makeRun({
    id: 'rev',
    status: 'review',
    startedAt: NOW - 60 * 60_000,
    history: [
      {status: 'processing', at: NOW - 60 * 60_000, message: 'Flow started via api'},
      {status: 'review', at: NOW - 12 * 60_000, message: 'Waiting for review'},
    ],
  });
  assert.match(rowOf(await list([run], 100), 'rev'), /◷12m /);
});

test('a run without metadata shows its latest status message instead', async () => {
  const run = makeRun({id: 'bare', status: 'processing', metadata: {}});
  assert.match(rowOf(await list([run], 200), 'bare'), /Flow started via api/);
});

test('the details column puts purchase order, invoice and customer keys first', async () => {
  const run = makeRun({id: 'meta', metadata: {batch: '7', invoice_no: 'INV-9', po_number: 'PO-1'}});
  assert.match(
    rowOf(await list([run], 200), 'meta'),
    /invoice_no=INV-9 {2}po_number=PO-1 {2}batch=7/,
  );
});

test('a processing run shows its time so far, in seconds only in its first minute', async () => {
  const run = makeRun({id: 'run', status: 'processing', startedAt: NOW - 245_000});
  assert.match(rowOf(await list([run], 100), 'run'), /4m /);
  assert.doesNotMatch(rowOf(await list([run], 100), 'run'), /4m 05s/);
  const young = makeRun({id: 'new', status: 'processing', startedAt: NOW - 42_000});
  assert.match(rowOf(await list([young], 100), 'new'), /42s/);
  const done = makeRun({id: 'done', startedAt: NOW - 600_000, endedAt: NOW - 355_000});
  assert.match(rowOf(await list([done], 100), 'done'), /4m 05s/, 'a finished run keeps seconds');
});

test('a run of an unknown flow shows the flow id', async () => {
  const run = makeRun({id: 'x', flowId: 'unknownFlow42'});
  assert.match(rowOf(await list([run], 100), 'x'), /unknownFlow42/);
});

test('wide characters and newlines from the server never make a row wrap or overflow', async () => {
  const runs = [
    makeRun({
      id: 'cjk',
      metadata: {customer: '日本語の会社名です株式会社', note: '👍👍👍👍👍👍👍👍'},
    }),
    makeRun({id: 'nl', status: 'failed', error: 'line one\nline two\n\nline three'}),
    makeRun({
      id: 'long',
      status: 'an-unexpectedly-long-status-name',
      trigger: 'scheduled-by-someone',
    }),
  ];
  const flows = new Map([['dk4g1tUg1uHLs8YU', '請求書と発注書の照合フロー（本番環境）']]);
  for (const width of [60, 100, 200]) {
    const lines = await frameLines(
      <RunList
        runs={runs}
        selectedId="cjk"
        changedIds={new Set()}
        flowNames={flows}
        clock={fixedClock(NOW)}
        width={width}
      />,
      width,
    );
    assert.equal(lines.length, runs.length + 1, `at ${width}`);
    assertFits(lines, width);
  }
  const wide = await list(runs, 200);
  assert.match(rowOf(wide, 'nl'), /line one line two line three/);
});
