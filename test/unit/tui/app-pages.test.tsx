import {test} from 'node:test';
import assert from 'node:assert/strict';
import {settle, startApp, type AppHarness} from '../../helpers/app-harness.js';
import {KEYS, press} from '../../helpers/keys.js';
import {NOW, makeRun, makeRuns} from '../../helpers/runs.js';

// The explorer on 120 runs at 120x24: sort, page ends, anchored pages and marks, end to end.
const start = () => startApp({columns: 120, rows: 24});
const selected = (app: AppHarness): string =>
  app.lines().find((line) => line.startsWith('›')) ?? '';
const rowIds = (app: AppHarness): string[] =>
  app.lines().flatMap((line) => /(run\d{4})/.exec(line)?.[1] ?? []);

test('> and I sort the rows on screen, mark the column and say so in the header; the selection stays', async () => {
  const app = await start();
  await press(app.stdin, 'j', 'j');
  assert.match(selected(app), /run0002/);
  await press(app.stdin, '>', '>');
  assert.match(app.frame(), /page sort: failed first/);
  assert.match(app.frame(), /STATUS↓/);
  assert.match(selected(app), /run0002/);
  // g and j move through the sorted order: failed first, run0003 the newest failed run.
  await press(app.stdin, 'g', 'j');
  assert.deepEqual(rowIds(app).slice(0, 3), ['run0003', 'run0007', 'run0011']);
  assert.match(selected(app), /run0007/);
  await press(app.stdin, 'I', 'g');
  assert.match(app.frame(), /STATUS↑/);
  assert.match(app.frame(), /page sort: completed first/);
  assert.deepEqual(rowIds(app).slice(0, 2), ['run0000', 'run0004']);
  app.unmount();
});

test('] and [ go to the last and first page; → on the last page says so', async () => {
  const app = await start();
  await press(app.stdin, ']');
  await settle();
  assert.equal(app.client.runQueries().at(-1)?.offset, 100);
  assert.match(app.frame(), /runs 101-120 of 120 · page 3\/3/);
  const asked = app.client.runQueries().length;
  await press(app.stdin, KEYS.right);
  assert.equal(app.client.runQueries().length, asked);
  assert.match(app.frame(), /this is the last page \(3\/3\)/);
  await press(app.stdin, '[');
  await settle();
  assert.equal(app.client.runQueries().at(-1)?.offset, 0);
  app.unmount();
});

test('# then a number and Enter goes to that page; the footer shows the prompt and its keys', async () => {
  const app = await start();
  await press(app.stdin, '#', '2');
  const footer = app.lines().findLast((line) => line.trim() !== '') ?? '';
  assert.match(footer, /go to page: 2▏ of 3 {2}Enter go {2}Esc cancel/);
  await press(app.stdin, KEYS.enter);
  await settle();
  assert.equal(app.client.runQueries().at(-1)?.offset, 50);
  assert.match(app.frame(), /runs 51-100 of 120 · page 2\/3/);
  app.unmount();
});

test('on page 2, new runs on top leave the rows and the selection where they were, and say so', async () => {
  const runs = makeRuns(120);
  const app = await start();
  await press(app.stdin, KEYS.right);
  await settle();
  await press(app.stdin, 'j', 'j', 'j');
  const before = rowIds(app);
  assert.match(selected(app), /run0053/);
  const fresh = [0, 1, 2].map((n) =>
    makeRun({id: `new${n}`, status: 'processing', startedAt: NOW + n}),
  );
  app.client.setRuns([...fresh, ...runs]);
  await press(app.stdin, 'r');
  await settle();
  assert.deepEqual(rowIds(app), before);
  assert.match(selected(app), /run0053/);
  assert.match(app.frame(), /3 newer runs \(\[ top\)/);
  assert.equal(app.client.runQueries().at(-1)?.offset, 53);
  await press(app.stdin, '[');
  await settle();
  assert.doesNotMatch(app.frame(), /newer runs/);
  assert.match(app.frame(), /new0/);
  app.unmount();
});

test('Space marks rows in the gutter, y copies their ids, the footer counts them, Esc clears', async () => {
  const app = await start();
  await press(app.stdin, ' ', 'j', 'j', ' ');
  const marked = app.lines().filter((line) => /^.✓/.test(line));
  assert.equal(marked.length, 2);
  assert.match(app.frame(), /· 2 marked/);
  await press(app.stdin, 'y');
  const written = app.stdout.frames.join('');
  const copied = /\u001B\]52;c;([A-Za-z0-9+/=]+)/.exec(written)?.[1] ?? '';
  assert.equal(Buffer.from(copied, 'base64').toString('utf8'), 'run0000 run0002');
  await press(app.stdin, KEYS.escape);
  assert.equal(app.lines().filter((line) => /^.✓/.test(line)).length, 0);
  assert.doesNotMatch(app.frame(), /marked/);
  app.unmount();
});
