import {test} from 'node:test';
import assert from 'node:assert/strict';
import {setTimeout as delay} from 'node:timers/promises';
import stringWidth from 'string-width';
import {ApiError} from '../../../source/api/errors.js';
import type {RunDetail} from '../../../source/domain/run.js';
import {PREVIEW_DEBOUNCE_MS} from '../../../source/tui/hooks/use-detail-feeds.js';
import {createFakeClient} from '../../helpers/fake-client.js';
import {settle, startApp, type AppHarness} from '../../helpers/app-harness.js';
import {KEYS, press} from '../../helpers/keys.js';
import {makeDetail, makeRun, makeRuns} from '../../helpers/runs.js';

const rest = () => delay(PREVIEW_DEBOUNCE_MS + 60);
const getRuns = (app: AppHarness): string[] =>
  app.client.calls.flatMap((call) => (call.method === 'getRun' ? [call.id] : []));
const selected = (app: AppHarness): string =>
  app.lines().find((line) => line.startsWith('›')) ?? '';
// The preview's title: the first line of the pane right of the list's border.
const previewTitle = (app: AppHarness): string => {
  const line = app.lines().find((row) => /│ run\d{4}/.test(row)) ?? '';
  return line.slice(line.indexOf('│'));
};

function assertFits(app: AppHarness): void {
  const lines = app.lines();
  assert.ok(lines.length <= app.stdout.rows - 1);
  for (const line of lines) assert.ok(stringWidth(line) <= app.stdout.columns, line);
}

test('at 160 columns the preview follows the cursor, fetching only the run it rests on', async (t) => {
  const app = await startApp({columns: 160, rows: 30});
  t.after(() => app.unmount());
  await press(app.stdin, KEYS.enter);
  await settle();
  assert.deepEqual(getRuns(app), ['run0000'], 'Enter fetches at once');
  assert.match(previewTitle(app), /run0000/);
  await press(app.stdin, 'j', 'j', 'j');
  assert.match(selected(app), /run0003/, 'j moves the list selection');
  assert.match(previewTitle(app), /run0003/, 'the preview shows the selected run at once');
  assert.match(app.frame(), /Loading run details/);
  await rest();
  await settle();
  assert.deepEqual(getRuns(app), ['run0000', 'run0003'], 'runs passed over are never fetched');
  assert.doesNotMatch(app.frame(), /Loading run details/);
  assert.match(app.frame(), /Steps/);
  assertFits(app);
});

test('a finished run the preview fetched before shows at once and is not fetched again', async (t) => {
  const app = await startApp({columns: 160, rows: 30});
  t.after(() => app.unmount());
  await press(app.stdin, KEYS.enter);
  await settle();
  await press(app.stdin, 'j');
  await rest();
  await settle();
  await press(app.stdin, 'k');
  assert.doesNotMatch(app.frame(), /Loading run details/, 'from the cache, at once');
  assert.match(app.frame(), /Steps/);
  await rest();
  await settle();
  // run0000 is completed: its cached detail is final. run0001 is processing.
  assert.deepEqual(getRuns(app), ['run0000', 'run0001']);
});

test('J and Ctrl-D scroll the preview; Esc closes the split and the list has the whole width', async (t) => {
  const runs = [makeRun({id: 'run0000', metadata: {notes: 'x'.repeat(3000)}}), ...makeRuns(10, 1)];
  const app = await startApp({columns: 160, rows: 16, runs});
  t.after(() => app.unmount());
  await press(app.stdin, KEYS.enter);
  await settle();
  assert.doesNotMatch(app.frame(), /↑ \d+ more/);
  await press(app.stdin, 'J');
  assert.match(app.frame(), /↑ \d+ more/);
  await press(app.stdin, '\x04');
  assert.match(selected(app), /run0000/, 'the selection stays');
  await press(app.stdin, KEYS.escape);
  assert.doesNotMatch(app.frame(), /│/);
  assert.match(app.frame(), /↑↓ move/);
});

test('a failing preview says so, and moving on still works', async (t) => {
  const client = createFakeClient({runs: makeRuns(10)});
  client.onGetRun(() => new ApiError('server', 'TableFlow answered 502', {status: 502}));
  const app = await startApp({client, columns: 160, rows: 30});
  t.after(() => app.unmount());
  await press(app.stdin, KEYS.enter);
  await settle();
  assert.match(app.frame(), /Could not load the details: TableFlow answered 502/);
  await press(app.stdin, 'j');
  assert.match(previewTitle(app), /run0001/);
});

test('a preview answer that lands after the cursor moved on is not shown', async (t) => {
  const client = createFakeClient({runs: makeRuns(10)});
  const waiting: ((detail: RunDetail) => void)[] = [];
  client.onGetRun(
    () =>
      new Promise<RunDetail>((resolve) => {
        waiting.push(resolve);
      }),
  );
  const app = await startApp({client, columns: 160, rows: 30});
  t.after(() => app.unmount());
  await press(app.stdin, KEYS.enter);
  await settle();
  await press(app.stdin, 'j');
  // The answer for run0000, late, holding a tell-tale name.
  waiting[0]?.(makeDetail(makeRun({id: 'run0000', name: 'STALE ANSWER'})));
  await settle();
  assert.doesNotMatch(app.frame(), /STALE ANSWER/);
  assert.match(previewTitle(app), /run0001/);
});

test('below 140 columns Enter opens the full-width detail and j scrolls it', async (t) => {
  const app = await startApp({columns: 100, rows: 20});
  t.after(() => app.unmount());
  await press(app.stdin, KEYS.enter);
  await settle();
  assert.doesNotMatch(app.frame(), /run0001/);
  await press(app.stdin, 'j');
  assert.match(app.frame(), /↑ \d+ more/);
  assert.match(app.frame(), /↑↓ scroll/);
});

test('a resize across 140 columns turns the split into the full detail of the same run and back', async (t) => {
  const app = await startApp({columns: 160, rows: 30});
  t.after(() => app.unmount());
  await press(app.stdin, KEYS.enter, 'j', 'j');
  await rest();
  await settle();
  app.stdout.columns = 100;
  app.stdout.emit('resize');
  await settle();
  assert.doesNotMatch(app.frame(), /run0001/);
  assert.match(app.frame(), /run0002/);
  assertFits(app);
  app.stdout.columns = 150;
  app.stdout.emit('resize');
  await settle();
  assert.match(selected(app), /run0002/);
  assert.match(previewTitle(app), /run0002/);
  assertFits(app);
});
