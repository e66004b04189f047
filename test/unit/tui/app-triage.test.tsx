import {test} from 'node:test';
import assert from 'node:assert/strict';
import {createFakeClient} from '../../helpers/fake-client.js';
import {settle, startApp, type AppHarnessOptions} from '../../helpers/app-harness.js';
import {KEYS, press} from '../../helpers/keys.js';
import {NOW, makeFlow, makeRun, makeRuns} from '../../helpers/runs.js';

// A wider, taller terminal than the app tests' default, with a short page of runs.
const start = (options: AppHarnessOptions = {}) =>
  startApp({columns: 120, rows: 24, ...options, runs: options.runs ?? makeRuns(12)});

const FLOWS = [
  makeFlow({id: 'flowA', name: 'Invoices'}),
  makeFlow({id: 'flowB', name: 'Receipts'}),
];

test('f opens the flow picker; choosing a flow fetches its first page and the header names it', async () => {
  const runs = [
    ...makeRuns(4).map((run) => ({...run, flowId: 'flowA'})),
    makeRun({id: 'receipt1', flowId: 'flowB'}),
  ];
  const app = await start({client: createFakeClient({runs, flows: FLOWS})});
  await press(app.stdin, 'f');
  assert.match(app.frame(), /Show the runs of which flow\?/);
  assert.match(app.frame(), /All flows \(shown now\)/);
  await press(app.stdin, 'j', 'j', KEYS.enter);
  await settle();
  assert.equal(app.client.runQueries().at(-1)?.flowId, 'flowB');
  assert.equal(app.client.runQueries().at(-1)?.offset, 0);
  assert.match(app.frame(), /flow: Receipts/);
  assert.match(app.frame(), /receipt1/);
  assert.doesNotMatch(app.frame(), /run0000/);
  app.unmount();
});

test('Esc closes the flow picker without changing the filter', async () => {
  const app = await start({client: createFakeClient({runs: makeRuns(3), flows: FLOWS})});
  const asked = app.client.runQueries().length;
  await press(app.stdin, 'f', KEYS.escape);
  assert.doesNotMatch(app.frame(), /which flow/);
  assert.equal(app.client.runQueries().length, asked);
  app.unmount();
});

test('/ shows the search bar with the match count; Enter keeps only the matches, Esc brings the rest back', async () => {
  const runs = [
    makeRun({id: 'AAAA0001', metadata: {invoice: 'INV-77'}}),
    makeRun({id: 'BBBB0002', metadata: {invoice: 'INV-80'}}),
    makeRun({id: 'CCCC0003', metadata: {customer: 'Acme'}}),
  ];
  const app = await start({runs});
  await press(app.stdin, '/', 'i', 'n', 'v', '-', '7');
  assert.match(app.frame(), /\/inv-7▏ 1 of 3 match/);
  await press(app.stdin, KEYS.enter);
  assert.match(app.frame(), /\/inv-7: 1 of 3 match · runs 1-3 of 3/);
  assert.match(app.frame(), /AAAA0001/);
  assert.doesNotMatch(app.frame(), /BBBB0002/);
  await press(app.stdin, KEYS.escape);
  assert.match(app.frame(), /BBBB0002/);
  app.unmount();
});

test('! jumps to the next failed run and y confirms the copy in the footer', async () => {
  const runs = [
    makeRun({id: 'ok000001'}),
    makeRun({id: 'ok000002'}),
    makeRun({id: 'bad00003', status: 'failed'}),
  ];
  const app = await start({runs});
  await press(app.stdin, '!');
  assert.match(app.frame(), /› ✖ failed +bad00003/);
  await press(app.stdin, 'y');
  assert.match(app.frame(), /copied run id bad00003/);
  assert.ok(
    app.stdout.all().includes(`\x1b]52;c;${Buffer.from('bad00003').toString('base64')}\x07`),
    'OSC 52 reaches the terminal',
  );
  app.unmount();
});

test('the header counts runs in review and failed runs with limit=1 requests for the flow filter', async () => {
  const runs = [
    ...makeRuns(8).map((run) => ({...run, flowId: 'flowA'})),
    makeRun({id: 'other', status: 'failed', flowId: 'flowB'}),
  ];
  const app = await start({
    client: createFakeClient({runs, flows: FLOWS}),
    props: {flowId: 'flowA'},
  });
  assert.match(app.frame(), /◆ 2 in review {2}✖ 2 failed/);
  assert.deepEqual(
    app.client.countQueries().map((query) => [query.status, query.flowId, query.limit]),
    [
      ['review', 'flowA', 1],
      ['failed', 'flowA', 1],
    ],
  );
  app.unmount();
});

test('a run processing past --stuck-after is flagged with ▲ in the list and in the detail', async () => {
  const runs = [makeRun({id: 'slow0001', status: 'processing', startedAt: NOW - 20 * 60_000})];
  const app = await start({runs, props: {stuckAfterMs: 15 * 60_000}});
  assert.match(app.frame(), /slow0001 .*▲20m/);
  await press(app.stdin, KEYS.enter);
  await settle();
  assert.match(app.frame(), /Stuck +▲ processing for 20m 00s, longer than 15m/);
  app.unmount();
});

test('t shows start times instead of ages; + and - change the interval shown in the header', async () => {
  const app = await start({runs: makeRuns(2), props: {utc: true, intervalMs: 5000}});
  await press(app.stdin, 't');
  assert.match(app.frame(), /STARTED/);
  assert.match(app.frame(), /11-29 11:59/);
  await press(app.stdin, '-');
  assert.match(app.frame(), /every 10s/);
  app.unmount();
});

test('Ctrl-Z hands the terminal to the shell and Ctrl-L redraws, through the screen', async () => {
  const calls: string[] = [];
  const app = await start({
    props: {
      terminal: {
        write: (bytes) => calls.push(`write ${JSON.stringify(bytes)}`),
        suspend: () => calls.push('suspend'),
        redraw: () => calls.push('redraw'),
      },
    },
  });
  app.stdin.write('\u001a');
  await settle();
  app.stdin.write('\u000c');
  await settle();
  assert.deepEqual(calls, ['suspend', 'redraw']);
  app.unmount();
});
