// `list --all` that stops early (a page failing after its retries, a next_offset that
// cannot be followed) still writes every run it fetched, in a whole, valid document,
// then says on stderr where and why it stopped, and exits 1.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {Writable} from 'node:stream';
import {createClient} from '../../../source/api/client.js';
import {toWireRun} from '../../../source/api/to-wire.js';
import {badNextOffset} from '../../../source/commands/list/list-all.js';
import {runList} from '../../../source/commands/list/list.js';
import type {Output} from '../../../source/cli/commands.js';
import {makeRuns, NOW} from '../../helpers/runs.js';
import {
  startServer,
  type Recorded,
  type Reply,
  type TestServer,
} from '../../helpers/test-server.js';

const RUNS = makeRuns(25).map(toWireRun);
let server: TestServer;
before(async () => {
  server = await startServer();
});
after(() => server.close());

// Pages of 10; from offset 20 on, `late` answers instead when it gives an answer.
function pagingThen(late: (offset: number) => Reply | null) {
  return (request: Recorded): Reply => {
    if (request.path === '/v2/flows') return {body: []};
    const offset = Number(request.query.get('offset') ?? 0);
    const limit = Number(request.query.get('limit') ?? 10);
    const instead = offset >= 20 ? late(offset) : null;
    if (instead !== null) return instead;
    const next = offset + limit < RUNS.length ? offset + limit : null;
    return {
      body: {
        flow_runs: RUNS.slice(offset, offset + limit),
        pagination: {total: RUNS.length, limit, offset, next_offset: next},
      },
    };
  };
}

const failingLate = pagingThen(() => ({status: 500, body: {error: 'Internal Server Error'}}));

function sink() {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  return {stream, text: () => text};
}

async function list(output: Output, script: (request: Recorded) => Reply) {
  server.reply(script);
  const stdout = sink();
  const stderr = sink();
  const client = createClient({baseUrl: server.url, apiKey: 'tf_test_key'});
  const command = {status: undefined, flowId: undefined, limit: 10, offset: 0, all: true};
  const code = await runList(
    {...command, output, columns: null, max: 10_000, ascii: false},
    client,
    {
      stdout: stdout.stream,
      stderr: stderr.stream,
      now: () => NOW,
      sleep: async () => {},
    },
  );
  return {code, stdout: stdout.text(), stderr: stderr.text()};
}

const STOPPED_AT_20 =
  /tableflow-runs: incomplete: stopped at offset 20 after 20 runs: HTTP 500 from GET \/v2\/flows\/runs: Internal Server Error\n$/;

test('NDJSON keeps the runs fetched before a page failed, then exits 1 saying where', async () => {
  const {code, stdout, stderr} = await list('ndjson', failingLate);
  assert.equal(code, 1);
  const ids = stdout
    .trimEnd()
    .split('\n')
    .map((line) => (JSON.parse(line) as {id: string}).id);
  assert.deepEqual(
    ids,
    RUNS.slice(0, 20).map((run) => run.id),
  );
  assert.match(stderr, STOPPED_AT_20);
});

test('JSON cut short is the documented document, marked incomplete', async () => {
  const {code, stdout, stderr} = await list('json', failingLate);
  assert.equal(code, 1);
  const document = JSON.parse(stdout) as {flow_runs: unknown[]; total: number; complete: boolean};
  assert.deepEqual(Object.keys(document), ['flow_runs', 'total', 'complete']);
  assert.equal(document.flow_runs.length, 20);
  assert.equal(document.total, 25);
  assert.equal(document.complete, false);
  assert.match(stderr, STOPPED_AT_20);
});

test('CSV cut short has its header and one record per run fetched', async () => {
  const {code, stdout, stderr} = await list('csv', failingLate);
  assert.equal(code, 1);
  const records = stdout.split('\r\n');
  assert.match(records[0] ?? '', /^id,status,/);
  assert.equal(records.length, 22, 'header, 20 records and the empty string after the last CRLF');
  assert.match(stderr, STOPPED_AT_20);
});

test('the table cut short shows the runs fetched and counts them', async () => {
  const {code, stdout, stderr} = await list('table', failingLate);
  assert.equal(code, 1);
  assert.equal(stdout.trimEnd().split('\n').length, 21, 'a header and 20 rows');
  assert.match(stderr, /^20 runs\n/);
  assert.match(stderr, STOPPED_AT_20);
});

test('a failure on the first page prints only the error', async () => {
  const {code, stdout, stderr} = await list('json', () => ({status: 500, body: {error: 'down'}}));
  assert.equal(code, 1);
  assert.equal(stdout, '');
  assert.equal(stderr, 'tableflow-runs: HTTP 500 from GET /v2/flows/runs: down\n');
});

test('a next_offset of 1e300 stops paging with the runs so far and the reason', async () => {
  const absurd = pagingThen(() => null);
  const script = (request: Recorded): Reply => {
    const reply = absurd(request);
    if (request.query.get('offset') !== '10') return reply;
    const body = reply.body as {pagination: Record<string, unknown>};
    return {body: {...body, pagination: {...body.pagination, next_offset: 1e300}}};
  };
  const {code, stdout, stderr} = await list('json', script);
  assert.equal(code, 1);
  const document = JSON.parse(stdout) as {flow_runs: unknown[]; total: number; complete: boolean};
  assert.equal(document.flow_runs.length, 20);
  assert.equal(document.total, 25, 'an absurd next_offset does not inflate the total');
  assert.equal(document.complete, false);
  assert.match(
    stderr,
    /incomplete: stopped at offset 20 after 20 runs: the server's next_offset \(1e\+300\) is not a usable offset\n$/,
  );
});

test('a next_offset must be a safe integer that moves forward without skipping runs', () => {
  assert.equal(badNextOffset(100, 0, 100), null);
  assert.equal(
    badNextOffset(50, 0, 100),
    null,
    'a shorter step re-reads runs, which are kept once',
  );
  assert.match(badNextOffset(1e300, 0, 100) ?? '', /is not a usable offset/);
  assert.match(badNextOffset(2 ** 53, 0, 100) ?? '', /is not a usable offset/);
  assert.match(badNextOffset(100, 100, 100) ?? '', /does not move past 100/);
  assert.match(badNextOffset(5000, 100, 100) ?? '', /\(5000\) would skip runs after 200/);
});
