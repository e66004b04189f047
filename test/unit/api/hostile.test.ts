import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {createClient} from '../../../source/api/client.js';
import {startServer, type TestServer} from '../../helpers/test-server.js';
import {fixtureObject} from '../../helpers/fixtures.js';

// Wrapped around every string the server sends: a colour, a window title, a clipboard
// write, a bidi override, an 8-bit CSI, a zero-width space and a DEL.
const before_ = '\u001b[31m\u001b]0;pwned\u0007\u202e\u200b';
const after_ = '\u001b]52;c;ZXZpbA==\u001b\\\u009b2J\u007f\u0000';
const UNSAFE =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\u061c\ufeff]/;

/** Every string value poisoned; keys too, inside objects whose keys are data. */
function poison(value: unknown, keysAreData = false): unknown {
  if (typeof value === 'string') return `${before_}${value}${after_}`;
  if (Array.isArray(value)) return value.map((item) => poison(item));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      keysAreData ? `${before_}${key}${after_}` : key,
      poison(item, key === 'metadata' || key === 'drive_files'),
    ]),
  );
}

/** Every string and key in `value` that still holds something unsafe, with its path. */
function unsafeStrings(value: unknown, path = '$'): string[] {
  if (typeof value === 'string') return UNSAFE.test(value) ? [path] : [];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) => [
    ...(UNSAFE.test(key) ? [`${path} key ${JSON.stringify(key)}`] : []),
    ...unsafeStrings(item, `${path}.${key}`),
  ]);
}

let server: TestServer;
before(async () => {
  server = await startServer();
});
after(async () => {
  await server.close();
});
const client = () => createClient({baseUrl: server.url, apiKey: 'k3y'});

test('no escape sequence or invisible character survives in any field of a run detail', async () => {
  const body = fixtureObject('getRunA');
  body.metadata = {note: 'plain', nested: {list: ['a', 'b']}};
  body.error = 'Extraction failed';
  server.reply({body: poison(body)});
  const detail = await client().getRun('fr_abc123def456');
  assert.deepEqual(unsafeStrings(detail), []);
  assert.equal(detail.id, 'fr_abc123def456');
  assert.equal(detail.status, 'completed');
  assert.equal(detail.error, 'Extraction failed');
  assert.deepEqual(detail.metadata, {note: 'plain', nested: {list: ['a', 'b']}});
  assert.equal(detail.driveFiles[0]?.key, 'reconciliation');
  assert.equal(detail.driveFiles[0]?.mimeType, 'application/vnd.google-apps.spreadsheet');
  assert.equal(detail.driveFiles[0]?.sheets[0]?.title, 'Reconciliation Results');
  assert.equal(detail.flow?.name, 'PO to Invoice Reconciliation');
  assert.equal(detail.flow?.steps[0]?.title, 'Extract Purchase Order');
  assert.equal(detail.history[1]?.message, 'Flow completed successfully');
  assert.equal(detail.trigger, 'api');
});

test('no escape sequence survives in a runs page, its pagination filter included', async () => {
  server.reply({body: poison(fixtureObject('listRunsA'))});
  const page = await client().listRuns({limit: 100, offset: 0});
  assert.deepEqual(unsafeStrings(page), []);
  assert.equal(page.pagination.filter, 'all');
  assert.deepEqual(
    page.runs.map((run) => run.status),
    ['completed', 'processing'],
  );
});

test('no escape sequence survives in flows and their steps', async () => {
  server.reply({body: poison(fixtureObject('listFlowsA'))});
  const flows = await client().listFlows();
  assert.deepEqual(unsafeStrings(flows), []);
  assert.equal(flows[0]?.steps[2]?.description, 'Match line items and verify totals');
});

test('no escape sequence survives in the runs of a flow', async () => {
  server.reply({body: poison(fixtureObject('flowRuns'))});
  const runs = await client().listFlowRuns('dk4g1tUg1uHLs8YU');
  assert.deepEqual(unsafeStrings(runs), []);
  assert.equal(runs[1]?.error, "Extraction step 'Extract Invoice' failed: Template not found");
});
