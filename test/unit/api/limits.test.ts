import {beforeEach, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {createClient} from '../../../source/api/client.js';
import {beyondLimits, MAX_DEPTH, MAX_VALUES} from '../../../source/api/json-limits.js';
import {parseRun} from '../../../source/api/to-domain.js';
import {scriptedServerForFile, type TestServer} from '../../helpers/test-server.js';
import {fixtureObject} from '../../helpers/fixtures.js';

// Hostile scale through a real socket: bodies are written as strings, because building a
// value 10,000 levels deep and stringifying it would overflow the test's own stack.
let server: TestServer;
scriptedServerForFile((started) => (server = started));
beforeEach(() => server.reply({body: []}));
const client = () => createClient({baseUrl: server.url, apiKey: 'k3y'});
const json = (body: string) => ({body, headers: {'content-type': 'application/json'}});

const deepObject = (levels: number): string => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
const deepArray = (levels: number): string => `${'['.repeat(levels)}1${']'.repeat(levels)}`;

/** The fixture's first run as JSON, with `field` set to the raw JSON text `value`. */
function runWith(id: string, field?: string, value?: string): string {
  const [run] = fixtureObject('listRunsA').flow_runs as Record<string, unknown>[];
  const text = JSON.stringify({...run, id});
  // A repeated key: JSON.parse keeps the last one.
  return field === undefined ? text : `${text.slice(0, -1)},"${field}":${value}}`;
}

const page = (runs: readonly string[]): string =>
  `{"flow_runs":[${runs.join(',')}],"pagination":{"total":${runs.length},"limit":100,"offset":0}}`;

describe('depth', () => {
  test('a run nested 10,000 levels deep is left out and counted; the other 49 are kept', async () => {
    const runs = Array.from({length: 50}, (_, n) =>
      n === 7 ? runWith('deep', 'metadata', deepObject(10_000)) : runWith(`run${n}`),
    );
    server.reply(json(page(runs)));
    const result = await client().listRuns({limit: 100, offset: 0});
    assert.equal(result.runs.length, 49);
    assert.ok(!result.runs.some((run) => run.id === 'deep'));
    assert.equal(result.skipped, 1);
    assert.deepEqual(result.problems, [
      `Invalid response from GET /v2/flows/runs: flow_runs[7] (id "deep"): nested more than ${MAX_DEPTH} levels deep`,
    ]);
  });

  test('every field that is mapped is checked, arrays as well as objects', async () => {
    const fields = ['metadata', 'error', 'name', 'status_history', 'drive_files', 'trigger_method'];
    const runs = fields.flatMap((field) => [
      runWith(`${field}-object`, field, deepObject(10_000)),
      runWith(`${field}-array`, field, deepArray(10_000)),
    ]);
    server.reply(json(page([...runs, runWith('fine')])));
    const result = await client().listRuns({limit: 100, offset: 0});
    assert.deepEqual(
      result.runs.map((run) => run.id),
      ['fine'],
    );
    assert.equal(result.skipped, fields.length * 2);
  });

  test('a field nobody maps may nest deep without costing its run', async () => {
    server.reply(json(page([runWith('kept', 'x_internal', deepObject(10_000))])));
    const result = await client().listRuns({limit: 100, offset: 0});
    assert.deepEqual(
      result.runs.map((run) => run.id),
      ['kept'],
    );
  });

  test('the detail of a run nested too deep fails with a one-line reason', async () => {
    server.reply(json(runWith('deep', 'error', deepObject(10_000))));
    await assert.rejects(client().getRun('deep'), {
      kind: 'invalid-response',
      message: `Invalid response from GET /v2/flows/runs/deep: run: nested more than ${MAX_DEPTH} levels deep`,
    });
  });

  test('nesting up to the limit is mapped', () => {
    // The run is level 0, its metadata level 1: metadata holds MAX_DEPTH - 1 more levels.
    const metadata = JSON.parse(deepObject(MAX_DEPTH - 1)) as unknown;
    const raw = {...(JSON.parse(runWith('edge')) as object), metadata};
    assert.equal(parseRun(raw).ok, true);
    const deeper = {...raw, metadata: {a: metadata}};
    assert.equal(parseRun(deeper).ok, false);
  });
});

describe('size', () => {
  test('a run holding more values than the limit is left out and counted', async () => {
    const history = Array.from(
      {length: 300_000},
      (_, n) => `{"status":"processing","time":${1682366228 + n},"message":"m"}`,
    );
    server.reply(
      json(page([runWith('huge', 'status_history', `[${history.join(',')}]`), runWith('ok')])),
    );
    const result = await client().listRuns({limit: 100, offset: 0});
    assert.deepEqual(
      result.runs.map((run) => run.id),
      ['ok'],
    );
    assert.match(
      result.problems?.[0] ?? '',
      /flow_runs\[0\] \(id "huge"\): more than 1,000,000 values$/,
    );
  });

  test('a run with a 130,000-item metadata array (930 KB) is kept whole', async () => {
    const list = Array.from({length: 130_000}, (_, n) => n).join(',');
    server.reply(json(runWith('big', 'metadata', `{"list":[${list}]}`)));
    const run = await client().getRun('big');
    assert.equal((run.metadata.list as readonly number[]).length, 130_000);
  });

  test('metadata sent as a JSON string too large to map stays a string', () => {
    const list = `[${Array.from({length: MAX_VALUES + 1}, () => 0).join(',')}]`;
    const parsed = parseRun(JSON.parse(runWith('s', 'metadata', JSON.stringify(list))) as unknown);
    assert.ok(parsed.ok);
    assert.equal(typeof parsed.value.metadata.value, 'string');
  });
});

describe('beyondLimits', () => {
  test('counts values up to the limit and no further', () => {
    assert.equal(beyondLimits([1, 2], undefined, {depth: 10, values: 3}), null);
    assert.equal(beyondLimits([1, 2, 3], undefined, {depth: 10, values: 3}), 'more than 3 values');
  });

  test('reports depth past the limit', () => {
    assert.equal(beyondLimits([[1]], undefined, {depth: 2, values: 10}), null);
    assert.equal(
      beyondLimits([[[1]]], undefined, {depth: 2, values: 10}),
      'nested more than 2 levels deep',
    );
  });
});

test('a run whose mapping throws is described, not thrown', () => {
  const raw = JSON.parse(runWith('trap')) as Record<string, unknown>;
  Object.defineProperty(raw, 'status', {
    enumerable: true,
    get() {
      throw new RangeError('Maximum call stack size exceeded');
    },
  });
  assert.deepEqual(parseRun(raw, 'flow_runs[2]'), {
    ok: false,
    problem: 'flow_runs[2] (id "trap"): could not be read (RangeError)',
  });
});
