import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {setTimeout as delay} from 'node:timers/promises';
import {createClient} from '../../../source/api/client.js';
import {ApiError} from '../../../source/api/errors.js';
import {startSimulator, type Simulator} from '../../../source/simulator/http/server.js';
import {createFakeClient} from '../../helpers/fake-client.js';
import {settle, startApp, type AppHarness} from '../../helpers/app-harness.js';
import {KEYS, press} from '../../helpers/keys.js';
import {makeRuns} from '../../helpers/runs.js';

const getRuns = (app: AppHarness): string[] =>
  app.client.calls.flatMap((call) => (call.method === 'getRun' ? [call.id] : []));
const selected = (app: AppHarness): string =>
  app.lines().find((line) => line.startsWith('›')) ?? '';
const footer = (app: AppHarness): string => app.lines().at(-1) ?? '';

async function until(app: AppHarness, pattern: RegExp): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!pattern.test(app.frame()) && Date.now() < deadline) await delay(10);
  assert.match(app.frame(), pattern);
}

test(': then a typed id opens that run, though it is pages away; Esc returns to the list as it was', async (t) => {
  const app = await startApp();
  t.after(() => app.unmount());
  await press(app.stdin, 'j', 'j', ':');
  assert.match(footer(app), /^:/);
  assert.match(footer(app), /Esc cancel/);
  await press(app.stdin, 'run0117', KEYS.enter);
  await settle();
  assert.deepEqual(getRuns(app), ['run0117']);
  assert.match(app.frame(), /run0117/);
  assert.match(app.frame(), /Timeline/);
  assert.doesNotMatch(app.frame(), /run0002/, 'the full-width detail');
  await press(app.stdin, KEYS.escape);
  assert.match(selected(app), /run0002/);
  assert.match(app.frame(), /runs 1-50 of 120 · page 1\/3/);
  app.client.calls.length = 0;
  await settle();
  assert.deepEqual(app.client.runQueries(), [], 'the list was not fetched again');
});

test('a bracketed paste fills the prompt: the pasted newline is not Enter', async (t) => {
  const app = await startApp();
  t.after(() => app.unmount());
  await press(app.stdin, ':');
  app.stdin.write('\x1b[200~  run0101\r\n\x1b[201~');
  await settle();
  assert.deepEqual(getRuns(app), [], 'nothing fetched until Enter');
  assert.match(footer(app), /:\s*run0101/);
  await press(app.stdin, KEYS.enter);
  await settle();
  assert.deepEqual(getRuns(app), ['run0101']);
  assert.match(app.frame(), /run0101/);
});

test('text pasted into the list is never taken as keys', async (t) => {
  const app = await startApp();
  t.after(() => app.unmount());
  app.stdin.write('\x1b[200~jjjq\x1b[201~');
  await settle();
  assert.deepEqual(app.exits, []);
  assert.match(selected(app), /run0000/);
  assert.match(footer(app), /not keys/);
});

test('a malformed id is refused with its reason and sends no request', async (t) => {
  const app = await startApp();
  t.after(() => app.unmount());
  await press(app.stdin, ':', 'two ids', KEYS.enter);
  await settle();
  assert.match(footer(app), /:two ids. {2}Not a run id: it has spaces/);
  assert.deepEqual(getRuns(app), []);
  await press(app.stdin, KEYS.escape);
  assert.match(footer(app), /↑↓ move/);
});

test('a 404 says there is no such run; another error says what failed; the prompt stays', async (t) => {
  const client = createFakeClient({runs: makeRuns(10)});
  const app = await startApp({client});
  t.after(() => app.unmount());
  await press(app.stdin, ':', 'fr_abc123def456', KEYS.enter);
  await settle();
  assert.match(footer(app), /No run "fr_abc123def456" in this workspace/);
  client.onGetRun(() => new ApiError('timeout', 'TableFlow did not answer in 15 s'));
  await press(app.stdin, KEYS.enter);
  await settle();
  assert.match(footer(app), /Could not fetch run "fr_abc123def456": TableFlow did not answer/);
  assert.match(selected(app), /run0000/, 'the list is still under the prompt');
});

test('at 160 columns a jumped-to run shows beside the list until the cursor moves', async (t) => {
  const app = await startApp({columns: 160, rows: 30});
  t.after(() => app.unmount());
  await press(app.stdin, ':', 'run0080', KEYS.enter);
  await settle();
  assert.match(app.frame(), /│ run0080/);
  assert.match(selected(app), /run0000/);
  await press(app.stdin, 'j');
  assert.match(app.frame(), /│ run0001/);
});

let sim: Simulator;
before(async () => {
  sim = await startSimulator({seed: 5, live: false});
});
after(() => sim.close());

test('against the simulator over HTTP: a run off the page opens, an unknown id gets the 404 message', async (t) => {
  const client = createClient({baseUrl: sim.url, apiKey: sim.key});
  const far = sim.world.runs()[300]?.id ?? '';
  assert.ok(far !== '', 'the simulated workspace has 300 runs and more');
  const app = await startApp({props: {client}});
  t.after(() => app.unmount());
  await until(app, /runs 1-50 of/);
  await press(app.stdin, ':', far, KEYS.enter);
  await until(app, /Timeline/);
  assert.match(app.frame(), new RegExp(far));
  await press(app.stdin, KEYS.escape, ':', 'Zz9NoSuchRunZz9x', KEYS.enter);
  await until(app, /No run "Zz9NoSuchRunZz9x" in this workspace/);
});
