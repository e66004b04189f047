import {test} from 'node:test';
import assert from 'node:assert/strict';
import stringWidth from 'string-width';
import type {Run} from '../../../source/domain/run.js';
import {detailLines, type DetailInput} from '../../../source/tui/views/detail-lines.js';
import {lineText} from '../../../source/tui/views/line.js';
import {
  detailWindow,
  maxDetailScroll,
  RunDetailPane,
} from '../../../source/tui/views/run-detail.js';
import {StatusTimeline} from '../../../source/tui/views/status-timeline.js';
import {ASCII_SYMBOLS} from '../../../source/tui/theme.js';
import {toAscii} from '../../../source/text/ascii.js';
import {makeDetail, makeFlow, makeRun, NOW} from '../../helpers/runs.js';
import {assertFits, frameLines} from '../../helpers/ui-frame.js';

const START = NOW - 10 * 60_000;
// Fixture 3.2's shape: a completed run with a Sheets export, plus nested metadata.
const FIXTURE = makeRun({
  id: 'fr_abc123def456',
  status: 'completed',
  startedAt: START,
  metadata: {customer_id: '12345', order: {number: 'PO-2024-001', lines: [{sku: 'A-1', qty: 2}]}},
  driveFiles: [
    {
      key: 'reconciliation',
      fileId: '1ABC123DEF456',
      mimeType: 'application/vnd.google-apps.spreadsheet',
      sheets: [{sheetId: 0, title: 'Reconciliation Results'}],
    },
  ],
});
const SHEETS_URL = 'https://docs.google.com/spreadsheets/d/1ABC123DEF456/edit#gid=0';

function texts(input: Partial<DetailInput> & {run?: Run} = {}): string[] {
  const run = input.run ?? FIXTURE;
  return detailLines({
    run,
    detail: makeDetail(run),
    flowName: null,
    now: NOW,
    width: 100,
    loading: false,
    error: null,
    utc: true,
    ...input,
  }).map(lineText);
}

test('the detail shows id, status, flow, steps, trigger, times and duration', () => {
  const lines = texts();
  assert.equal(lines[0], 'fr_abc123def456  ✔ completed');
  assert.ok(lines.includes('Flow      PO to Invoice Reconciliation'));
  assert.ok(
    lines.includes(
      'Steps     1 Extract Purchase Order (extraction)\u00a0→ 2 Extract Invoice (extraction)\u00a0→',
    ),
  );
  assert.ok(lines.includes('          3 Reconcile Documents (reconciliation)'));
  assert.ok(lines.includes('Trigger   api'));
  assert.ok(lines.includes('Started   2026-11-29 11:50:00 (10m ago)'));
  assert.ok(lines.includes('Ended     2026-11-29 11:50:30 (9m ago)'));
  assert.ok(lines.includes('Duration  30s'));
});

test('with --ascii the Steps line holds no question mark: the no-break space becomes a space', () => {
  const lines = texts({symbols: ASCII_SYMBOLS}).map(toAscii);
  const steps = lines.filter((line) => line.includes('(extraction)'));
  assert.ok(steps.length > 0);
  for (const line of lines) assert.ok(!line.includes('?'), line);
  assert.ok(steps[0]?.includes('(extraction) > 2 Extract Invoice'), steps[0]);
});

test('the timeline has one line per entry, oldest first, each saying how long that state lasted', () => {
  const lines = texts();
  const at = lines.indexOf('Timeline');
  assert.equal(lines[at + 1], '  ● 2026-11-29 11:50:00  for 30s     Flow started via api');
  assert.equal(lines[at + 2], '  ✔ 2026-11-29 11:50:30              Flow completed successfully');
});

test('an unfinished run ends its timeline with how long it has been in its current state', () => {
  const run = makeRun({
    id: 'rev',
    status: 'review',
    startedAt: NOW - 3_600_000,
    history: [
      {status: 'processing', at: NOW - 3_600_000, message: 'Flow started via api'},
      {status: 'review', at: NOW - 12 * 60_000, message: 'Totals differ'},
    ],
  });
  const lines = texts({run});
  assert.ok(lines.includes('  ◆ in review for 12m 00s — waiting for a person'));
  assert.ok(lines.includes('Duration  1h 00m so far'));
  assert.ok(lines.includes('Ended     — (not finished)'));
});

test('the Google Sheets link is built from the file id and sheet id and kept whole', () => {
  const lines = texts();
  assert.ok(lines.includes('  reconciliation  Google Sheets'));
  assert.ok(lines.includes('    sheet "Reconciliation Results"'));
  assert.ok(lines.includes(SHEETS_URL));
});

test('a link wider than the pane continues on the next lines instead of being cut', () => {
  const lines = texts({width: 30});
  const start = lines.findIndex((line) => line.startsWith('https://docs.google.com'));
  assert.equal(lines.slice(start, start + 3).join(''), SHEETS_URL);
});

test('other Drive files link to the Drive viewer', () => {
  const run = makeRun({
    id: 'pdf',
    driveFiles: [{key: 'original', fileId: 'XYZ', mimeType: 'application/pdf', sheets: []}],
  });
  assert.ok(texts({run}).includes('https://drive.google.com/file/d/XYZ/view'));
});

test('nested metadata is shown as one path = value line per leaf', () => {
  const lines = texts();
  assert.ok(lines.includes('  customer_id        = 12345'));
  assert.ok(lines.includes('  order.number       = PO-2024-001'));
  assert.ok(lines.includes('  order.lines[0].sku = A-1'));
  assert.ok(lines.includes('  order.lines[0].qty = 2'));
});

test('a multi-line error is shown in full, wrapped, with its line breaks kept', () => {
  const error =
    'Extraction failed: Template not found.\nThe template was deleted yesterday by someone.';
  const run = makeRun({id: 'bad', status: 'failed', error});
  const lines = texts({run, width: 40});
  const at = lines.findIndex((line) => line.startsWith('Error'));
  assert.deepEqual(lines.slice(at, at + 4), [
    'Error     Extraction failed: Template',
    '          not found.',
    '          The template was deleted',
    '          yesterday by someone.',
  ]);
});

test('a run started with a name shows it', () => {
  const run = makeRun({id: 'named', name: 'PO-123 Reconciliation'});
  assert.ok(texts({run}).includes('Name      PO-123 Reconciliation'));
  assert.ok(!texts().some((line) => line.startsWith('Name')));
});

test('a loading line shows while the detail is fetched, with the list data meanwhile', () => {
  const run = makeRun({id: 'r1'});
  const lines = texts({run, detail: null, flowName: 'Known flow', loading: true});
  assert.equal(lines[1], 'Loading run details…');
  assert.ok(lines.includes('Flow      Known flow'));
  assert.ok(!lines.some((line) => line.startsWith('Steps')));
});

test('a failed fetch shows why', () => {
  const lines = texts({detail: null, error: 'TableFlow answered HTTP 500'});
  assert.equal(lines[1], '✖ Could not load the details: TableFlow answered HTTP 500');
});

test('no detail line is wider than the pane at 60, 100 and 200 columns, even with wide text', () => {
  const run = makeRun({
    id: 'wide',
    status: 'failed',
    error: '日本語のエラーメッセージ'.repeat(20),
    metadata: {顧客名: '株式会社テスト'.repeat(10), emoji: '👍'.repeat(80)},
  });
  for (const width of [20, 60, 100, 200]) {
    for (const line of detailLines({
      run,
      detail: makeDetail(run),
      flowName: null,
      now: NOW,
      width,
      loading: true,
      error: 'x'.repeat(300),
    })) {
      assert.ok(stringWidth(lineText(line)) <= width, `${width}: ${lineText(line)}`);
    }
  }
});

test('the pane renders no more than its height, with scroll indicators', async () => {
  const lines = detailLines({
    run: FIXTURE,
    detail: makeDetail(FIXTURE),
    flowName: null,
    now: NOW,
    width: 60,
    loading: false,
    error: null,
  });
  const top = await frameLines(
    <RunDetailPane lines={lines} scroll={0} height={10} width={60} />,
    60,
  );
  assert.equal(top.length, 10);
  assert.equal(top[9], `↓ ${lines.length - 9} more`);
  const middle = await frameLines(
    <RunDetailPane lines={lines} scroll={3} height={10} width={60} />,
    60,
  );
  assert.equal(middle.length, 10);
  assert.equal(middle[1], '↑ 3 more');
  assert.equal(middle[9], `↓ ${lines.length - 11} more`);
  const bottom = await frameLines(
    <RunDetailPane lines={lines} scroll={999} height={10} width={60} />,
    60,
  );
  assert.equal(bottom.length, 10);
  assert.equal(bottom[1], `↑ ${lines.length - 9} more`);
  assert.equal(bottom[9], lineText(lines.at(-1) ?? []));
  for (const frame of [top, middle, bottom]) assertFits(frame, 60);
  // The run id and status stay on top however far the pane scrolls.
  for (const frame of [middle, bottom]) assert.equal(frame[0], lineText(lines[0] ?? []));
});

test('the scroll window adds up: shown, above and below cover every line', () => {
  for (const count of [0, 1, 5, 10, 11, 40]) {
    for (const height of [0, 1, 2, 3, 10]) {
      for (const scroll of [-5, 0, 1, 7, 100]) {
        const w = detailWindow(count, scroll, height);
        const indicators = w.indicators ? (w.above > 0 ? 1 : 0) + (w.below > 0 ? 1 : 0) : 0;
        assert.equal(w.above + (w.end - w.start) + w.below, count);
        assert.ok(w.end - w.start + indicators <= height, `${count}/${scroll}/${height}`);
        assert.ok(w.start <= maxDetailScroll(count, height));
      }
    }
  }
});

test('the status timeline component renders the history at 60, 100 and 200 columns', async () => {
  for (const width of [60, 100, 200]) {
    const lines = await frameLines(
      <StatusTimeline run={FIXTURE} now={NOW} width={width} utc />,
      width,
    );
    assert.equal(lines[0], '  ● 2026-11-29 11:50:00  for 30s     Flow started via api');
    assertFits(lines, width);
  }
});

test('line breaks in any server text never reach a segment', () => {
  const run = makeRun({
    id: 'id\nsplit',
    status: 'odd\nstatus',
    trigger: 'api\nmanual',
    error: 'first\nsecond',
    metadata: {'key\nwith break': 'value\nwith break', nested: {'in\nner': 1}},
    driveFiles: [{key: 'ex\nport', fileId: 'F', mimeType: 'text/\ncsv', sheets: []}],
    history: [{status: 'odd\nstatus', at: NOW - 1000, message: 'a\nb'}],
  });
  const detail = makeDetail(
    run,
    makeFlow({
      name: 'flow\nname',
      steps: [{id: 's', title: 'st\nep', type: 't\ny', description: null, order: 1}],
    }),
  );
  for (const width of [30, 60, 100]) {
    const lines = detailLines({
      run,
      detail,
      flowName: null,
      now: NOW,
      width,
      loading: true,
      error: 'e\nrr',
    });
    for (const line of lines) {
      for (const segment of line) assert.ok(!segment.text.includes('\n'), JSON.stringify(segment));
      assert.ok(stringWidth(lineText(line)) <= width);
    }
  }
});
