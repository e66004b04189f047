import {beforeEach, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {createClient, normalizeBaseUrl, type RequestInfo} from '../../../source/api/client.js';
import {ApiError} from '../../../source/api/errors.js';
import {scriptedServerForFile, startServer, type TestServer} from '../../helpers/test-server.js';
import {fixture, fixtureObject} from '../../helpers/fixtures.js';

const KEY = 'tf_live_Sup3rS3cretKey';
const T0 = 1682366228_000;
let server: TestServer;

scriptedServerForFile((started) => (server = started));
beforeEach(() => {
  server.reply({body: []});
});

const client = (extra: Partial<Parameters<typeof createClient>[0]> = {}) =>
  createClient({baseUrl: server.url, apiKey: KEY, ...extra});

describe('documented examples', () => {
  test('fixture 3.1-A lists runs with times in ms, durations in ms and nulls kept', async () => {
    server.reply({body: fixture('listRunsA')});
    const page = await client().listRuns({limit: 100, offset: 0});
    assert.deepEqual(
      page.runs.map((run) => run.id),
      ['fr_abc123def456', 'fr_def456ghi789'],
    );
    const [done, running] = page.runs;
    assert.equal(done?.startedAt, T0);
    assert.equal(done?.endedAt, T0 + 30_000);
    assert.equal(done?.durationMs, 30_000);
    assert.equal(done?.createdAt, T0);
    assert.equal(done?.updatedAt, T0 + 30_000);
    assert.deepEqual(done?.history, [
      {status: 'processing', at: T0, message: 'Flow started via api'},
      {status: 'completed', at: T0 + 30_000, message: 'Flow completed successfully'},
    ]);
    assert.equal(done?.error, null);
    assert.deepEqual(done?.metadata, {customer_id: '12345', order_number: 'PO-2024-001'});
    assert.equal(done?.trigger, 'api');
    assert.deepEqual(done?.driveFiles, []);
    assert.equal(running?.status, 'processing');
    assert.equal(running?.endedAt, null);
    assert.equal(running?.durationMs, 0);
    assert.deepEqual(page.pagination, {
      total: 250,
      limit: 100,
      offset: 0,
      nextOffset: 100,
      filter: 'all',
    });
    assert.equal(page.problems, undefined);
  });

  test('fixture 3.1-B lists runs with 16-character ids', async () => {
    server.reply({body: fixture('listRunsB')});
    const page = await client().listRuns({limit: 100, offset: 0});
    assert.deepEqual(
      page.runs.map((run) => run.id),
      ['Wp7kRnT2mX4vQ9bL', 'hN3cYs8fKj6pA5wD'],
    );
  });

  for (const [name, id] of [
    ['getRunA', 'fr_abc123def456'],
    ['getRunB', 'Wp7kRnT2mX4vQ9bL'],
  ] as const) {
    test(`fixture ${name === 'getRunA' ? '3.2-A' : '3.2-B'} gets a run with its flow and Drive files`, async () => {
      server.reply({body: fixture(name)});
      const detail = await client().getRun(id);
      assert.equal(server.requests[0]?.path, `/v2/flows/runs/${id}`);
      assert.equal(detail.id, id);
      assert.deepEqual(detail.driveFiles, [
        {
          key: 'reconciliation',
          fileId: '1ABC123DEF456',
          mimeType: 'application/vnd.google-apps.spreadsheet',
          sheets: [{sheetId: 0, title: 'Reconciliation Results'}],
        },
      ]);
      assert.equal(detail.flow?.name, 'PO to Invoice Reconciliation');
      assert.equal(detail.flow?.active, true);
      assert.deepEqual(detail.flow?.steps[2], {
        id: 'step_3',
        title: 'Reconcile Documents',
        type: 'reconciliation',
        description: null,
        order: null,
      });
    });
  }

  test('fixture 3.3 lists the runs of one flow, including a failed manual run', async () => {
    server.reply({body: fixture('flowRuns')});
    const runs = await client().listFlowRuns('dk4g1tUg1uHLs8YU');
    assert.equal(server.requests[0]?.path, '/v2/flows/dk4g1tUg1uHLs8YU/runs');
    assert.equal(runs.length, 2);
    assert.equal(runs[1]?.status, 'failed');
    assert.equal(runs[1]?.trigger, 'manual');
    assert.equal(runs[1]?.error, "Extraction step 'Extract Invoice' failed: Template not found");
    assert.equal(runs[1]?.endedAt, 1682365258_000);
  });

  for (const name of ['runFlowA', 'runFlowB'] as const) {
    test(`fixture ${name === 'runFlowA' ? '3.4-A' : '3.4-B'} (a run-flow response) parses as a run without a flow`, async () => {
      const body = fixtureObject(name);
      server.reply({body});
      const detail = await client().getRun(String(body.id));
      assert.equal(detail.status, 'processing');
      assert.equal(detail.endedAt, null);
      assert.equal(detail.durationMs, 0);
      assert.equal(detail.flow, null);
    });
  }

  for (const name of ['listFlowsA', 'listFlowsB'] as const) {
    test(`fixture ${name === 'listFlowsA' ? '3.5-A' : '3.5-B'} lists flows with full steps`, async () => {
      server.reply({body: fixture(name)});
      const flows = await client().listFlows();
      assert.equal(server.requests[0]?.path, '/v2/flows');
      assert.equal(flows.length, 1);
      assert.deepEqual(flows[0]?.steps[0], {
        id: 'step_1',
        title: 'Extract Purchase Order',
        type: 'extraction',
        description: 'Extract data from the purchase order',
        order: 1,
      });
    });
  }
});

describe('requests', () => {
  test('the API key is sent as a Bearer token and JSON is asked for', async () => {
    await client().listFlows();
    assert.equal(server.requests[0]?.headers.authorization, `Bearer ${KEY}`);
    assert.equal(server.requests[0]?.headers.accept, 'application/json');
  });

  test('a key with surrounding whitespace is sent trimmed', async () => {
    await client({apiKey: `  ${KEY}\n`}).listFlows();
    assert.equal(server.requests[0]?.headers.authorization, `Bearer ${KEY}`);
  });

  test('the runs query carries flow_id, status, limit and offset', async () => {
    server.reply({body: {flow_runs: [], pagination: {total: 0, limit: 50, offset: 20}}});
    await client().listRuns({flowId: 'flow 1&x', status: 'failed', limit: 50, offset: 20});
    const request = server.requests[0];
    assert.equal(request?.path, '/v2/flows/runs');
    assert.deepEqual(Object.fromEntries(request?.query ?? []), {
      flow_id: 'flow 1&x',
      status: 'failed',
      limit: '50',
      offset: '20',
    });
  });

  test('absent filters are left out of the query', async () => {
    server.reply({body: {flow_runs: []}});
    await client().listRuns({limit: 100, offset: 0, flowId: ''});
    assert.deepEqual([...(server.requests[0]?.query.keys() ?? [])], ['limit', 'offset']);
  });

  for (const [label, query] of [
    ['a limit of 0', {limit: 0, offset: 0}],
    ['a limit over 1000', {limit: 1001, offset: 0}],
    ['a fractional limit', {limit: 1.5, offset: 0}],
    ['a NaN limit', {limit: Number.NaN, offset: 0}],
    ['a negative offset', {limit: 10, offset: -1}],
    ['an unknown status', {limit: 10, offset: 0, status: 'done' as 'failed'}],
  ] as const) {
    test(`${label} is rejected as bad-request without a request`, async () => {
      await assert.rejects(client().listRuns(query), (error: unknown) => {
        assert.ok(error instanceof ApiError);
        assert.equal(error.kind, 'bad-request');
        return true;
      });
      assert.equal(server.requests.length, 0);
    });
  }

  test('path ids are percent-encoded as one segment', async () => {
    server.reply({body: fixture('getRunA')});
    await client().getRun('a/b c?d#e');
    server.reply({body: []});
    await client().listFlowRuns('x/../y');
    assert.equal(server.requests[0]?.path, '/v2/flows/runs/a%2Fb%20c%3Fd%23e');
    assert.equal(server.requests[1]?.path, '/v2/flows/x%2F..%2Fy/runs');
  });

  test('dot-segment and empty ids are rejected without a request', async () => {
    for (const id of ['..', '.', '', '\uD800']) {
      await assert.rejects(client().getRun(id), {name: 'ApiError', kind: 'bad-request'});
    }
    assert.equal(server.requests.length, 0);
  });

  test('a base URL with /v2 and trailing slashes reaches the same paths', async () => {
    await client({baseUrl: `${server.url}/v2/`}).listFlows();
    await client({baseUrl: `${server.url}//`}).listFlows();
    assert.deepEqual(
      server.requests.map((request) => request.path),
      ['/v2/flows', '/v2/flows'],
    );
  });

  test('a path prefix before /v2 is kept', () => {
    assert.equal(
      normalizeBaseUrl('https://gw.example/tableflow/v2/'),
      'https://gw.example/tableflow',
    );
    assert.equal(normalizeBaseUrl(' https://api.tableflow.com '), 'https://api.tableflow.com');
  });

  for (const baseUrl of [
    'not a url',
    'ftp://api.tableflow.com',
    'https://user:pw@api.tableflow.com',
    'https://x.test/?a=1',
  ]) {
    test(`the base URL ${JSON.stringify(baseUrl)} is rejected as bad-request`, async () => {
      await assert.rejects(createClient({baseUrl, apiKey: KEY}).listFlows(), {kind: 'bad-request'});
    });
  }

  test('onRequest hears method, path with query, status and time, never the key', async () => {
    const seen: RequestInfo[] = [];
    server.reply({body: {flow_runs: []}});
    await client({onRequest: (info) => seen.push(info)}).listRuns({
      limit: 5,
      offset: 0,
      status: 'review',
    });
    assert.equal(seen.length, 1);
    assert.equal(seen[0]?.method, 'GET');
    assert.equal(seen[0]?.path, '/v2/flows/runs?status=review&limit=5&offset=0');
    assert.equal(seen[0]?.status, 200);
    assert.ok((seen[0]?.ms ?? -1) >= 0);
    assert.ok(!JSON.stringify(seen).includes(KEY));
  });

  test('a throwing onRequest does not fail the request', async () => {
    const flows = await client({
      onRequest: () => {
        throw new Error('logger broke');
      },
    }).listFlows();
    assert.deepEqual(flows, []);
  });

  test('a redirect is not followed, so the key never reaches its target', async () => {
    const elsewhere = await startServer();
    try {
      server.reply({status: 302, headers: {location: `${elsewhere.url}/v2/flows`}});
      await assert.rejects(client().listFlows(), (error: unknown) => {
        assert.ok(error instanceof ApiError);
        assert.equal(error.kind, 'http');
        assert.equal(error.status, 302);
        assert.match(
          error.message,
          /^HTTP 302 from GET \/v2\/flows: redirected to 127\.0\.0\.1:\d+; not followed/,
        );
        return true;
      });
      assert.equal(elsewhere.requests.length, 0);
    } finally {
      await elsewhere.close();
    }
  });
});

describe('embedded flow', () => {
  test('a run without a flow key gets flow null', async () => {
    const body = fixtureObject('getRunA');
    delete body.flow;
    server.reply({body});
    assert.equal((await client().getRun('fr_abc123def456')).flow, null);
  });

  test('a run with flow null gets flow null', async () => {
    server.reply({body: {...fixtureObject('getRunA'), flow: null}});
    assert.equal((await client().getRun('fr_abc123def456')).flow, null);
  });

  test('a malformed flow gives flow null and reports the problem, keeping the run', async () => {
    const problems: string[] = [];
    server.reply({body: {...fixtureObject('getRunA'), flow: {name: 'no id'}}});
    const detail = await client({onProblem: (line) => problems.push(line)}).getRun(
      'fr_abc123def456',
    );
    assert.equal(detail.status, 'completed');
    assert.equal(detail.flow, null);
    assert.deepEqual(problems, [
      'Invalid response from GET /v2/flows/runs/fr_abc123def456: flow.id: missing (expected a non-empty string)',
    ]);
  });
});

describe('bare lists', () => {
  test('a malformed run of a flow is left out and reported through onProblem', async () => {
    const problems: string[] = [];
    const runs = fixture('flowRuns') as Record<string, unknown>[];
    runs[0] = {...runs[0], status_history: 'none'};
    server.reply({body: runs});
    const kept = await client({onProblem: (line) => problems.push(line)}).listFlowRuns('f1');
    assert.deepEqual(
      kept.map((run) => run.id),
      ['fr_def456ghi789'],
    );
    assert.deepEqual(problems, [
      'Invalid response from GET /v2/flows/f1/runs: runs[0] (id "fr_abc123def456").status_history: expected array, got string',
    ]);
  });

  test('a malformed flow is left out and reported through onProblem', async () => {
    const problems: string[] = [];
    server.reply({body: [...(fixture('listFlowsA') as unknown[]), {id: 7, active: 'yes'}]});
    const flows = await client({onProblem: (line) => problems.push(line)}).listFlows();
    assert.equal(flows.length, 1);
    assert.deepEqual(problems, [
      'Invalid response from GET /v2/flows: flows[1] (id "7").active: expected boolean, got string',
    ]);
  });
});
