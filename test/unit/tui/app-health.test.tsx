import {test} from 'node:test';
import assert from 'node:assert/strict';
import {setTimeout as delay} from 'node:timers/promises';
import stringWidth from 'string-width';
import {startApp, type AppHarness} from '../../helpers/app-harness.js';
import {createFakeClient} from '../../helpers/fake-client.js';
import {FLOWS, healthRuns} from '../../helpers/health-fixture.js';

async function healthApp(columns: number, rows: number): Promise<AppHarness> {
  const client = createFakeClient({runs: healthRuns(), flows: FLOWS});
  const app = await startApp({client, columns, rows, props: {view: 'health'}});
  for (let turn = 0; turn < 50 && !app.frame().includes('last 24h'); turn++) await delay(5);
  return app;
}

const line = (app: AppHarness, text: string): string =>
  app.lines().find((candidate) => candidate.includes(text)) ?? '';

function fits(app: AppHarness, columns: number, rows: number): void {
  const lines = app.lines();
  assert.ok(lines.length <= rows, `${lines.length} lines in ${rows} rows`);
  for (const text of lines) assert.ok(stringWidth(text) <= columns, `too wide: ${text}`);
}

test('at 200x50 every column shows: counts, rate and change, p50/p95, backlog and stuck', async () => {
  const app = await healthApp(200, 50);
  try {
    fits(app, 200, 50);
    const titles = line(app, 'FLOW');
    for (const title of [
      'RUNS/H',
      'RUNS',
      'DONE',
      'FAILED',
      'REV',
      'PROC',
      'FAIL%',
      'CHANGE',
      'P50',
      'P95',
      'BACKLOG',
      'STUCK',
    ])
      assert.ok(titles.includes(title), `${title} missing: ${titles}`);
    // Invoices: 8 runs, 4 done, 2 failed, 1 review, 1 processing, 33.3 % (25 % before),
    // p50 30s, p95 1m, 1 waiting for 3h, 1 stuck.
    const inv = line(app, 'Invoices');
    assert.match(inv, /\b8\s+✔4\s+✖2\s+◆1\s+●1\s+33\.3%\s+↑8\.3\s+30s\s+1m 00s\s+1 ◷3h\s+▲1/);
    assert.match(line(app, 'All flows'), /\b11\s+✔7\s+✖2\s+◆1\s+●1\s+22\.2%/);
    // A long name takes 40 cells at most: the figures stay close to it.
    assert.ok(line(app, 'Purchase Order Reconciliation Across Ev…') !== '');
    assert.match(app.frame(), /\[24h\]/);
  } finally {
    app.unmount();
  }
});

test('at 80x24 the failures, their rate and change, backlog and stuck stay; names stay readable', async () => {
  const app = await healthApp(80, 24);
  try {
    fits(app, 80, 24);
    const titles = line(app, 'FLOW');
    for (const title of ['FAILED', 'FAIL%', 'CHANGE', 'BACKLOG', 'STUCK', 'RUNS/H'])
      assert.ok(titles.includes(title), `${title} missing: ${titles}`);
    assert.match(line(app, 'Invoices'), /✖2\s+33\.3%\s+↑8\.3/);
    assert.match(app.frame(), /Purchase Order Re…/);
  } finally {
    app.unmount();
  }
});

test('at 60x15 the view keeps what says "worse than usual" and drops the rest', async () => {
  const app = await healthApp(60, 15);
  try {
    fits(app, 60, 15);
    const titles = line(app, 'FLOW');
    for (const title of ['FAILED', 'FAIL%', 'CHANGE', 'STUCK']) assert.ok(titles.includes(title));
    for (const title of ['P50', 'PROC', 'DONE']) assert.ok(!titles.includes(title), titles);
    assert.match(line(app, 'Invoices'), /✖2\s+33\.3%\s+↑8\.3/);
    assert.ok(line(app, 'Esc back') !== '' || line(app, 'Enter runs') !== '');
  } finally {
    app.unmount();
  }
});

test('Enter on a flow opens the run list filtered to it; H goes back to the view', async () => {
  const app = await healthApp(100, 24);
  try {
    app.stdin.write('j');
    await delay(0);
    app.stdin.write('\r');
    for (let turn = 0; turn < 50 && !app.frame().includes('flow: Invoices'); turn++) await delay(5);
    assert.match(app.frame(), /flow: Invoices/);
    const asked = () =>
      app.client.runQueries().some((query) => query.flowId === 'inv' && query.limit === 50);
    for (let turn = 0; turn < 50 && !asked(); turn++) await delay(5);
    assert.ok(
      app.client.runQueries().some((query) => query.flowId === 'inv' && query.limit === 50),
    );
    app.stdin.write('H');
    for (let turn = 0; turn < 50 && !app.frame().includes('last 24h'); turn++) await delay(5);
    assert.match(app.frame(), /last 24h/);
  } finally {
    app.unmount();
  }
});

test('w cycles the window: 7d next, and the line says so', async () => {
  const app = await healthApp(100, 24);
  try {
    app.stdin.write('w');
    for (let turn = 0; turn < 50 && !app.frame().includes('last 7d'); turn++) await delay(5);
    assert.match(app.frame(), /\[7d\]/);
    assert.match(app.frame(), /last 7d/);
  } finally {
    app.unmount();
  }
});

test('a view that cannot load says why and keeps its keys', async () => {
  const client = createFakeClient({runs: healthRuns(), flows: FLOWS});
  const {ApiError} = await import('../../../source/api/errors.js');
  client.onListRuns(() => new ApiError('server', 'TableFlow answered 500', {status: 500}));
  const app = await startApp({client, columns: 80, rows: 24, props: {view: 'health'}});
  try {
    for (let turn = 0; turn < 50 && !app.frame().includes('Could not load'); turn++) await delay(5);
    assert.match(app.frame(), /Could not load runs: TableFlow answered 500/);
    fits(app, 80, 24);
  } finally {
    app.unmount();
  }
});

test('a first load is its pages alone; the runs in flight by status follow a few seconds later', async () => {
  const app = await healthApp(100, 24);
  try {
    const byStatus = () =>
      app.client.runQueries().filter((query) => query.status !== undefined && query.limit === 1000);
    assert.equal(byStatus().length, 0);
    for (let turn = 0; turn < 100 && byStatus().length < 2; turn++) await delay(50);
    assert.deepEqual(
      byStatus().map((query) => query.status),
      ['processing', 'review'],
    );
  } finally {
    app.unmount();
  }
});
