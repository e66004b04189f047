import {test} from 'node:test';
import assert from 'node:assert/strict';
import {setTimeout as delay} from 'node:timers/promises';
import stringWidth from 'string-width';
import {ApiError} from '../../../source/api/errors.js';
import type {RunPage} from '../../../source/domain/run.js';
import {createFakeClient} from '../../helpers/fake-client.js';
import {settle, startApp, type AppHarness} from '../../helpers/app-harness.js';
import {KEYS, press} from '../../helpers/keys.js';
import {NOW, makeFlow, makePage, makeRun, makeRuns} from '../../helpers/runs.js';

function assertFits(app: AppHarness): void {
  const lines = app.lines();
  assert.ok(
    lines.length <= app.stdout.rows - 1,
    `${lines.length} lines in ${app.stdout.rows} rows`,
  );
  for (const line of lines) assert.ok(stringWidth(line) <= app.stdout.columns, line);
}

function selectedLine(app: AppHarness): string {
  return app.lines().find((line) => line.startsWith('›')) ?? '';
}

test('the list shows host, tabs, one row per run newest first, and the position', async () => {
  const app = await startApp();
  const frame = app.frame();
  assert.match(frame, /api\.tableflow\.com/);
  assert.match(frame, /\[All\] Processing {2}Review {2}Completed {2}Failed/);
  assert.match(frame, /run0000[\s\S]*run0001[\s\S]*run0002/);
  assert.match(frame, /PO to Invoice Reconciliation/);
  assert.match(frame, /runs 1-50 of 120 · page 1\/3/);
  assert.match(frame, /↑↓ move/);
  assert.match(selectedLine(app), /run0000/);
  assertFits(app);
  app.unmount();
});

test('j, k, G and g move the selection', async () => {
  const app = await startApp();
  await press(app.stdin, 'j', 'j');
  assert.match(selectedLine(app), /run0002/);
  await press(app.stdin, 'k');
  assert.match(selectedLine(app), /run0001/);
  await press(app.stdin, KEYS.down, KEYS.up, KEYS.down);
  assert.match(selectedLine(app), /run0002/);
  await press(app.stdin, 'G');
  assert.match(selectedLine(app), /run0049/);
  await press(app.stdin, KEYS.home);
  assert.match(selectedLine(app), /run0000/);
  await press(app.stdin, KEYS.end, 'g');
  assert.match(selectedLine(app), /run0000/);
  app.unmount();
});

test('PgDn and PgUp move a screen at a time', async () => {
  const app = await startApp();
  await press(app.stdin, KEYS.pageDown);
  assert.match(selectedLine(app), /run0015/);
  await press(app.stdin, KEYS.pageUp);
  assert.match(selectedLine(app), /run0000/);
  app.unmount();
});

test('Tab, Shift-Tab, s and 1-5 switch the status filter and fetch it at once', async () => {
  const app = await startApp();
  await press(app.stdin, KEYS.tab);
  await settle();
  assert.equal(app.client.runQueries().at(-1)?.status, 'processing');
  assert.match(app.frame(), /\[Processing\]/);
  assert.doesNotMatch(app.frame(), /completed/);
  await press(app.stdin, 's');
  await settle();
  assert.equal(app.client.runQueries().at(-1)?.status, 'review');
  await press(app.stdin, KEYS.shiftTab);
  await settle();
  assert.equal(app.client.runQueries().at(-1)?.status, 'processing');
  await press(app.stdin, '5');
  await settle();
  assert.equal(app.client.runQueries().at(-1)?.status, 'failed');
  assert.match(app.frame(), /\[Failed\]/);
  assert.match(app.frame(), /runs 1-30 of 30 · page 1\/1/);
  await press(app.stdin, '1');
  await settle();
  assert.equal(app.client.runQueries().at(-1)?.status, undefined);
  app.unmount();
});

test('right and left turn API pages; right on the last one says so and asks for nothing', async () => {
  const app = await startApp();
  await press(app.stdin, KEYS.right);
  await settle();
  assert.equal(app.client.runQueries().at(-1)?.offset, 50);
  assert.match(app.frame(), /runs 51-100 of 120 · page 2\/3/);
  await press(app.stdin, 'l');
  await settle();
  assert.match(app.frame(), /runs 101-120 of 120 · page 3\/3/);
  const requests = app.client.runQueries().length;
  await press(app.stdin, 'l');
  await settle();
  assert.equal(app.client.runQueries().length, requests, 'no request beyond the last page');
  assert.match(app.frame(), /this is the last page \(3\/3\)/);
  await press(app.stdin, KEYS.left, 'h');
  await settle();
  assert.equal(app.client.runQueries().at(-1)?.offset, 0);
  assert.match(app.frame(), /runs 1-50 of 120 · page 1\/3/);
  app.unmount();
});

test('Enter opens the detail with its timeline, and Esc, Backspace and q close it', async () => {
  const app = await startApp({columns: 100, rows: 40});
  await press(app.stdin, 'j', 'j', 'j', KEYS.enter);
  await settle();
  assert.deepEqual(
    app.client.calls.filter((call) => call.method === 'getRun').map((call) => call.id),
    ['run0003'],
  );
  const frame = app.frame();
  assert.match(frame, /run0003/);
  assert.match(frame, /Timeline/);
  assert.match(frame, /Flow started via api/);
  assert.match(frame, /Template not found/);
  assert.match(frame, /Esc back/);
  await press(app.stdin, KEYS.escape);
  assert.match(app.frame(), /runs 1-50 of 120/);
  assert.doesNotMatch(app.frame(), /Timeline/);
  await press(app.stdin, KEYS.enter, KEYS.backspace);
  assert.doesNotMatch(app.frame(), /Timeline/);
  await press(app.stdin, KEYS.enter, 'q');
  assert.doesNotMatch(app.frame(), /Timeline/);
  assert.deepEqual(app.exits, [], 'q closes the detail, it does not quit');
  app.unmount();
});

test('while the detail is open r refetches it, and a finished run is not polled again', async () => {
  const app = await startApp({props: {intervalMs: 20}});
  await press(app.stdin, KEYS.enter);
  await settle();
  await delay(100);
  const gets = () => app.client.calls.filter((call) => call.method === 'getRun').length;
  assert.equal(gets(), 1, 'run0000 is completed: one fetch is enough');
  await press(app.stdin, 'r');
  await settle();
  assert.equal(gets(), 2);
  app.unmount();
});

test('the detail of an unfinished run is refreshed while it is open', async () => {
  const app = await startApp({props: {intervalMs: 20}});
  await press(app.stdin, 'j', KEYS.enter);
  await settle();
  const deadline = Date.now() + 3000;
  const gets = () => app.client.calls.filter((call) => call.method === 'getRun').length;
  while (gets() < 3 && Date.now() < deadline) await delay(10);
  assert.ok(gets() >= 3, 'run0001 is processing: polled again and again');
  app.unmount();
});

test('the detail scrolls with j and G and shows how much is hidden', async () => {
  const app = await startApp({columns: 80, rows: 15});
  await press(app.stdin, KEYS.enter);
  await settle();
  assert.match(app.frame(), /↓ \d+ more/);
  await press(app.stdin, 'G');
  assert.match(app.frame(), /↑ \d+ more/);
  assert.doesNotMatch(app.frame(), /↓ \d+ more/);
  await press(app.stdin, 'g');
  assert.doesNotMatch(app.frame(), /↑ \d+ more/);
  assertFits(app);
  app.unmount();
});

test('? shows every binding and any key closes the help', async () => {
  const app = await startApp({columns: 120, rows: 40});
  await press(app.stdin, '?');
  const frame = app.frame();
  assert.match(frame, /Run list/);
  assert.match(frame, /Shift-Tab +Previous status filter/);
  assert.match(frame, /Run detail/);
  await press(app.stdin, 'x');
  assert.doesNotMatch(app.frame(), /Shift-Tab/);
  assert.deepEqual(app.exits, []);
  app.unmount();
});

test('an empty filter says so, also with a flow filter', async () => {
  const runs = makeRuns(8).filter((run) => run.status !== 'review');
  const app = await startApp({runs});
  await press(app.stdin, '3');
  await settle();
  assert.match(app.frame(), /No runs in review/);
  assert.match(app.frame(), /Press 1 for all runs/);
  app.unmount();
  const flow = await startApp({runs, props: {flowId: 'dk4g1tUg1uHLs8YU', status: 'review'}});
  assert.match(flow.frame(), /No runs in review for flow PO to Invoice Reconciliation/);
  assert.match(flow.frame(), /flow: PO to Invoice Reconciliation/);
  flow.unmount();
});

test('a 401 explains what to do, waits a minute before trying again, and r tries at once', async () => {
  const client = createFakeClient({runs: makeRuns(3)});
  client.onListRuns(() => new ApiError('auth', 'TableFlow refused the API key', {status: 401}));
  const app = await startApp({client, props: {intervalMs: 20}});
  assert.match(app.frame(), /Not authorised/);
  assert.match(app.frame(), /HTTP 401/);
  assert.match(app.frame(), /TABLEFLOW_API_KEY/);
  assert.match(app.frame(), /press r to retry/);
  await delay(100);
  assert.equal(app.client.runQueries().length, 1, 'no quick automatic retry after an auth error');
  await press(app.stdin, 'r');
  await settle();
  assert.equal(app.client.runQueries().length, 2);
  app.unmount();
});

test('a failed refresh keeps the rows and shows the error with the age of the data', async () => {
  let now = NOW;
  const app = await startApp({props: {now: () => now}});
  now += 30_000;
  app.client.onListRuns(() => new ApiError('server', 'TableFlow answered 500', {status: 500}));
  await press(app.stdin, 'r');
  await settle();
  const frame = app.frame();
  assert.match(frame, /TableFlow answered 500/);
  assert.match(frame, /showing data from 30s ago/);
  // 1 s of backoff, give or take a quarter of jitter.
  assert.match(frame, /retrying (in 1s|now)/);
  assert.match(frame, /run0000/);
  assertFits(app);
  app.unmount();
});

test('after a failure the explorer retries by itself and recovers', async () => {
  const client = createFakeClient({runs: makeRuns(3)});
  let failures = 1;
  client.onListRuns((query) =>
    failures-- > 0
      ? new ApiError('server', 'TableFlow answered 503', {status: 503})
      : makePage(makeRuns(3), {offset: query.offset}),
  );
  const app = await startApp({client});
  assert.match(app.frame(), /TableFlow answered 503/);
  const deadline = Date.now() + 4000;
  while (!/run0000/.test(app.frame()) && Date.now() < deadline) await delay(50);
  assert.match(app.frame(), /run0000/);
  assert.doesNotMatch(app.frame(), /503/);
  assert.equal(client.runQueries().length, 2, 'one retry, after the backoff');
  app.unmount();
});

test('the first load failing says where and when it will retry', async () => {
  const client = createFakeClient();
  client.onListRuns(() => new ApiError('network', 'Cannot reach api.tableflow.com'));
  const app = await startApp({client});
  assert.match(app.frame(), /Could not load runs from api\.tableflow\.com/);
  assert.match(app.frame(), /Cannot reach api\.tableflow\.com/);
  assert.match(app.frame(), /Retrying (in 1s|now)/);
  assert.doesNotMatch(app.frame(), /no data yet/, 'the header leaves the error to the notice');
  app.unmount();
});

test('the selection stays on its run when a new run arrives on top', async () => {
  const runs = makeRuns(10);
  const app = await startApp({runs});
  await press(app.stdin, 'j', 'j');
  assert.match(selectedLine(app), /run0002/);
  app.client.setRuns([makeRun({id: 'fresh', status: 'processing', startedAt: NOW}), ...runs]);
  await press(app.stdin, 'r');
  await settle();
  assert.match(app.frame(), /fresh/);
  assert.match(selectedLine(app), /run0002/);
  app.unmount();
});

test('a run whose status changed is marked in the list', async () => {
  const runs = makeRuns(3);
  const app = await startApp({runs});
  const before = app.lines().find((line) => line.includes('run0001')) ?? '';
  const second = runs[1];
  assert.ok(second);
  app.client.setRuns([
    runs[0] ?? second,
    {...second, status: 'failed', updatedAt: NOW},
    ...runs.slice(2),
  ]);
  await press(app.stdin, 'r');
  await settle();
  const after = app.lines().find((line) => line.includes('run0001')) ?? '';
  assert.match(after, /failed/);
  assert.notEqual(after.slice(0, 2), before.slice(0, 2), 'the row carries a change mark');
  app.unmount();
});

test('the result of a request for a filter that was left is dropped', async () => {
  const client = createFakeClient({runs: makeRuns(20)});
  let release: (page: RunPage) => void = () => {};
  const app = await startApp({client});
  client.onListRuns(
    () =>
      new Promise<RunPage>((resolve) => {
        release = resolve;
      }),
  );
  await press(app.stdin, '2');
  await settle();
  const stale = release;
  client.onListRuns((query) => makePage(makeRuns(2, 500), {offset: query.offset}));
  await press(app.stdin, '3');
  await settle();
  stale(makePage([makeRun({id: 'stale-run'})]));
  await settle();
  assert.doesNotMatch(app.frame(), /stale-run/);
  assert.match(app.frame(), /run0500/);
  const aborted = client.calls.filter((call) => call.method === 'listRuns').at(-2)?.signal;
  assert.equal(aborted?.aborted, true);
  app.unmount();
});

test('auto-refresh fetches again after the interval, one request at a time', async () => {
  const client = createFakeClient({runs: makeRuns(5)});
  let inFlight = 0;
  let most = 0;
  client.onListRuns(async (query) => {
    // The header's counts have their own, slower loop.
    if (query.limit === 1) return makePage([], {total: 0, limit: 1});
    inFlight += 1;
    most = Math.max(most, inFlight);
    await delay(15);
    inFlight -= 1;
    return makePage(makeRuns(5), {offset: query.offset});
  });
  const app = await startApp({client, props: {intervalMs: 5}});
  const deadline = Date.now() + 5000;
  while (client.runQueries().length < 5 && Date.now() < deadline) await delay(10);
  assert.ok(client.runQueries().length >= 5, 'polling goes on by itself');
  assert.equal(most, 1, 'never two requests at once, though each outlasts the interval');
  await press(app.stdin, 'p');
  assert.match(app.frame(), /PAUSED/);
  await delay(30);
  const paused = client.runQueries().length;
  await delay(150);
  assert.equal(client.runQueries().length, paused, 'no polling while paused');
  await press(app.stdin, 'p');
  await delay(30);
  assert.ok(client.runQueries().length > paused, 'resuming fetches at once');
  app.unmount();
});

test('q and Ctrl-C quit with code 0', async () => {
  const app = await startApp();
  await press(app.stdin, 'q');
  await settle();
  assert.deepEqual(app.exits, [0]);
  const other = await startApp();
  await press(other.stdin, KEYS.ctrlC);
  await settle();
  assert.deepEqual(other.exits, [0]);
});

test('at 60x15 the detail replaces the list and every frame fits', async () => {
  const app = await startApp({columns: 60, rows: 15});
  assertFits(app);
  await press(app.stdin, KEYS.enter);
  await settle();
  assert.doesNotMatch(app.frame(), /run0001/);
  assert.match(app.frame(), /run0000/);
  assertFits(app);
  await press(app.stdin, KEYS.escape, '?');
  assertFits(app);
  app.unmount();
});

test('at 200x60 the detail sits beside the list', async () => {
  const app = await startApp({columns: 200, rows: 60});
  await press(app.stdin, KEYS.enter);
  await settle();
  const withTimeline = app.lines().filter((line) => line.includes('run0005'));
  assert.equal(withTimeline.length, 1, 'the list is still there');
  assert.match(app.frame(), /Timeline/);
  assert.match(app.frame(), /│/);
  assertFits(app);
  app.unmount();
});

test('a resize lays the screen out again', async () => {
  const app = await startApp({columns: 100, rows: 30});
  assert.equal(app.lines().length, 29);
  app.stdout.columns = 70;
  app.stdout.rows = 12;
  app.stdout.emit('resize');
  await settle();
  assert.equal(app.lines().length, 11);
  assertFits(app);
  app.unmount();
});

test('flow names come from the flow list, falling back to the flow id', async () => {
  const runs = [makeRun({id: 'a', flowId: 'unknown-flow'}), makeRun({id: 'b'})];
  const client = createFakeClient({runs, flows: [makeFlow({name: 'Invoices'})]});
  const app = await startApp({client});
  const lineA = app.lines().find((line) => line.includes(' a ')) ?? '';
  assert.match(app.frame(), /Invoices/);
  assert.match(lineA + app.frame(), /unknown-flow/);
  app.unmount();
});
