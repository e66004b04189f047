import {test} from 'node:test';
import assert from 'node:assert/strict';
import {Header, type HeaderProps} from '../../../source/tui/views/header.js';
import {headerHeight} from '../../../source/explorer/layout.js';
import {NOW} from '../../helpers/runs.js';
import {assertFits, frameLines} from '../../helpers/ui-frame.js';

const BASE: HeaderProps = {
  host: 'api.tableflow.com',
  status: null,
  flowName: null,
  loading: false,
  paused: false,
  updatedAt: NOW - 4000,
  error: null,
  now: NOW,
  width: 100,
};

const header = (props: Partial<HeaderProps>) => {
  const width = props.width ?? BASE.width;
  return frameLines(<Header {...BASE} {...props} />, width);
};

test('the header shows the host and when the data was last updated', async () => {
  const lines = await header({});
  assert.match(lines[0] ?? '', /TableFlow runs · api\.tableflow\.com +updated 4s ago$/);
});

test('while refreshes succeed the header says live instead of counting seconds', async () => {
  const live = await header({interval: 'every 2s', live: true});
  assert.match(live[0] ?? '', /live · every 2s$/);
  const later = await header({interval: 'every 2s', live: true, now: NOW + 9000});
  assert.equal(later[0], live[0], 'the same text a few seconds on');
  const stale = await header({interval: 'every 2s', live: false});
  assert.match(stale[0] ?? '', /updated 4s ago · every 2s$/);
});

test('the active status tab is bracketed so it shows without colour', async () => {
  const lines = await header({status: 'review'});
  assert.match(lines[1] ?? '', / All {2}Processing \[Review\] Completed {2}Failed/);
  const all = await header({status: null});
  assert.match(all[1] ?? '', /\[All\] Processing/);
});

test('at 60 columns the tabs are shortened and every line fits', async () => {
  const lines = await header({
    width: 60,
    status: 'failed',
    flowName: 'PO to Invoice Reconciliation',
  });
  assert.match(lines[1] ?? '', / All {2}Proc {2}Rev {2}Done \[Fail\] {2}flow: PO to Invoice/);
  assertFits(lines, 60);
  const paused = await header({width: 60, paused: true});
  assert.match(paused[0] ?? '', /^TableFlow runs · api\.tableflow\.com +PAUSED {2}updated 4s ago$/);
});

test('the flow filter is shown by name when set', async () => {
  const lines = await header({flowName: 'PO to Invoice Reconciliation'});
  assert.match(lines[1] ?? '', /flow: PO to Invoice Reconciliation/);
});

test('a spinner replaces the update time only while a request is in flight', async () => {
  const loading = await header({loading: true});
  assert.match(loading[0] ?? '', /[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] refreshing$/);
  assert.doesNotMatch(loading[0] ?? '', /updated/);
  const idle = await header({loading: false});
  assert.doesNotMatch(idle[0] ?? '', /[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏]/);
});

test('a paused header carries a PAUSED badge', async () => {
  const lines = await header({paused: true});
  assert.match(lines[0] ?? '', / PAUSED {2}updated 4s ago$/);
});

test('a failed refresh shows the error, the age of the data and the next retry', async () => {
  const error = {message: 'TableFlow answered HTTP 503', retryAt: NOW + 12_000};
  const lines = await header({error, updatedAt: NOW - 120_000});
  assert.equal(lines.length, headerHeight(true, 100));
  assert.equal(
    lines[2],
    '✖ TableFlow answered HTTP 503 · showing data from 2m ago · retrying in 12s',
  );
});

test('at 60 columns the error takes two lines and both fit', async () => {
  const error = {
    message: 'Could not reach api.tableflow.com: connection refused',
    retryAt: NOW + 5000,
  };
  const lines = await header({width: 60, error});
  assert.equal(lines.length, headerHeight(true, 60));
  assert.match(lines[2] ?? '', /^✖ Could not reach api\.tableflow\.com: connection refused$/);
  assert.equal(lines[3], 'showing data from 4s ago · retrying in 5s');
  assertFits(lines, 60);
});

test('without a scheduled retry the error line says how to retry', async () => {
  const lines = await header({error: {message: 'Bad request', retryAt: null}});
  assert.match(lines[2] ?? '', /press r to retry$/);
});

test('the header never overflows at 60, 100 and 200 columns in any state', async () => {
  const error = {message: 'x'.repeat(300), retryAt: NOW + 1000};
  const host = 'a-very-long-self-hosted-tableflow-gateway.internal.example.com';
  for (const width of [60, 100, 200]) {
    for (const extra of [
      {},
      {paused: true, loading: true, error, host, flowName: '名前'.repeat(40)},
    ]) {
      assertFits(await header({width, ...extra}), width);
    }
  }
});

test('the needs-attention counts sit at the right of the tabs, long when they fit', async () => {
  const attention = {review: 3, failed: 12, unseen: 2};
  const [, tabs] = await header({attention, width: 160});
  assert.match(tabs ?? '', /◆ 3 in review {2}✖ 12 failed {2}• 2 changed since you looked$/);
});

test('in a narrow pane the counts shrink before the flow name is cut', async () => {
  const attention = {review: 3, failed: 12, unseen: 2};
  const lines = await header({attention, flowName: 'Invoices', width: 80});
  assert.match(lines[1] ?? '', /flow: Invoices +◆3 ✖12 •2 changed$/);
  assertFits(lines, 80);
  const tiny = await header({attention, flowName: 'Invoices', width: 60});
  assertFits(tiny, 60);
});

test('counts not yet known are left out rather than shown as zero', async () => {
  const [, tabs] = await header({attention: {review: null, failed: null, unseen: 0}});
  assert.equal(tabs, '[All] Processing  Review  Completed  Failed');
});

test('an anchored page says how many newer runs are above and the key to them, before the counts', async () => {
  const attention = {review: 5, failed: 30, unseen: 0};
  const newer = '8 newer runs ([ top)';
  const [, wide] = await header({attention, newer, sort: 'failed first', width: 160});
  assert.match(
    wide ?? '',
    /Failed {3}8 newer runs \(\[ top\) {2}page sort: failed first +◆ 5 in review/,
  );
  // At 90 columns the counts shrink first, so the newer runs and their key stay whole.
  const narrow = await header({attention, newer, sort: 'failed first', width: 90});
  assert.match(narrow[1] ?? '', /8 newer runs \(\[ top\) {2}page sort: fa… +◆5 ✖30$/);
  assertFits(narrow, 90);
  assertFits(await header({attention, newer, sort: 'failed first', width: 60}), 60);
});
