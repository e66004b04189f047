import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {parseRunArray, parseRunPage, toPagination} from '../../../source/api/parse-lists.js';
import {parseRun, parseRunDetail} from '../../../source/api/to-domain.js';
import {ApiError} from '../../../source/api/errors.js';
import type {Run} from '../../../source/domain/run.js';
import {fixtureObject} from '../../helpers/fixtures.js';

const WHERE = 'GET /v2/flows/runs';
const QUERY = {limit: 100, offset: 0} as const;

function wireRun(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const [run] = fixtureObject('listRunsA').flow_runs as Record<string, unknown>[];
  return {...run, ...overrides};
}

function run(overrides: Record<string, unknown> = {}): Run {
  const parsed = parseRun(wireRun(overrides));
  if (!parsed.ok) assert.fail(parsed.problem);
  return parsed.value;
}

function problemOf(overrides: Record<string, unknown>): string {
  const parsed = parseRun(wireRun(overrides), 'flow_runs[3]');
  assert.equal(parsed.ok, false);
  return parsed.ok ? '' : parsed.problem;
}

describe('wrong types', () => {
  test('a wrong history time names the run and the field path', () => {
    const history = [{status: 'processing', time: 'yesterday', message: 'x'}];
    const page = {flow_runs: [wireRun({id: 'abc', status_history: history})]};
    assert.throws(
      () => parseRunPage(page, QUERY, WHERE),
      (error: unknown) => {
        assert.ok(error instanceof ApiError);
        assert.equal(error.kind, 'invalid-response');
        assert.equal(
          error.message,
          'Invalid response from GET /v2/flows/runs: flow_runs[0] (id "abc").status_history[0].time: expected a Unix timestamp, got string',
        );
        return true;
      },
    );
  });

  test('a missing status is reported as missing', () => {
    assert.equal(
      problemOf({id: 'r1', status: undefined}),
      'flow_runs[3] (id "r1").status: missing (expected string)',
    );
  });

  test('a numeric status is reported with both types', () => {
    assert.equal(
      problemOf({id: 'r1', status: 3}),
      'flow_runs[3] (id "r1").status: expected string, got number',
    );
  });

  test('a run without an id is labelled by position alone', () => {
    assert.equal(problemOf({id: null}), 'flow_runs[3].id: expected a non-empty string, got null');
  });

  test('a hostile id in a problem is sanitised and shortened', () => {
    const problem = problemOf({id: `\u001b]0;x\u0007${'a'.repeat(100)}`, status: 1});
    assert.ok(!problem.includes('\u001b'));
    assert.ok(problem.length < 120);
  });

  test('several issues are counted after the first', () => {
    assert.match(problemOf({id: 'r1', status: 1, created_at: 'no'}), /\(and 1 more\)$/);
  });
});

describe('malformed runs in a list', () => {
  test('a malformed run is left out and described; the others are kept', () => {
    const runs = [
      wireRun({id: 'good1'}),
      wireRun({id: 'bad', created_at: true}),
      wireRun({id: 'good2'}),
    ];
    const page = parseRunPage(
      {flow_runs: runs, pagination: {total: 3, limit: 100, offset: 0}},
      QUERY,
      WHERE,
    );
    assert.deepEqual(
      page.runs.map((item) => item.id),
      ['good1', 'good2'],
    );
    assert.deepEqual(page.problems, [
      'Invalid response from GET /v2/flows/runs: flow_runs[1] (id "bad").created_at: expected a Unix timestamp, got boolean',
    ]);
  });

  test('problems are capped, the last line counting the rest', () => {
    const runs = [
      wireRun({id: 'ok'}),
      ...Array.from({length: 50}, (_, n) => wireRun({id: `b${n}`, status: null})),
    ];
    const page = parseRunPage({flow_runs: runs}, QUERY, WHERE);
    assert.equal(page.runs.length, 1);
    assert.equal(page.problems?.length, 20);
    assert.equal(
      page.problems?.[19],
      'Invalid response from GET /v2/flows/runs: 31 more malformed items',
    );
    assert.equal(page.skipped, 50, 'the exact count of runs left out survives the cap');
  });

  test('a list where every run is malformed is an error, not an empty list', () => {
    assert.throws(() => parseRunArray([{id: 'x'}, {id: 'y'}], 'GET /v2/flows/f/runs'), {
      kind: 'invalid-response',
      message:
        /^Invalid response from GET \/v2\/flows\/f\/runs: runs\[0\] \(id "x"\)\.flow_id: missing .*\(all 2 items malformed\)$/,
    });
  });

  test('an empty list is fine', () => {
    assert.deepEqual(parseRunArray([], 'GET /v2/flows/f/runs'), {items: [], problems: []});
  });
});

describe('tolerance', () => {
  test('an unknown status is kept as sent', () => {
    assert.equal(run({status: 'cancelled'}).status, 'cancelled');
  });

  test('unknown extra fields are ignored', () => {
    assert.equal(
      run({name: 'PO-123 Reconciliation', extraction_ids: ['e1'], nested: {a: 1}}).id,
      'fr_abc123def456',
    );
  });

  test('null or absent optional fields get their empty values', () => {
    const parsed = run({
      metadata: null,
      drive_files: null,
      status_history: undefined,
      error: undefined,
      end_time: undefined,
      trigger_method: null,
      workspace_id: undefined,
      updated_at: undefined,
      duration: null,
    });
    assert.deepEqual(parsed.metadata, {});
    assert.deepEqual(parsed.driveFiles, []);
    assert.deepEqual(parsed.history, []);
    assert.equal(parsed.error, null);
    assert.equal(parsed.endedAt, null);
    assert.equal(parsed.trigger, '');
    assert.equal(parsed.workspaceId, '');
    assert.equal(parsed.updatedAt, parsed.createdAt);
    assert.equal(parsed.durationMs, 0);
  });

  test('an error sent as an object or a number still shows as text', () => {
    assert.equal(
      run({status: 'failed', error: {message: 'Template not found', step: 'step_2'}}).error,
      'Template not found',
    );
    assert.equal(run({status: 'failed', error: 42}).error, '42');
    assert.equal(run({status: 'failed', error: {code: 7}}).error, '{"code":7}');
  });

  test('a run name is kept when sent and absent otherwise', () => {
    assert.equal(run({name: 'PO-123 Reconciliation'}).name, 'PO-123 Reconciliation');
    assert.equal('name' in run(), false);
    assert.equal('name' in run({name: ''}), false);
  });

  test('a missing duration is worked out from start and end', () => {
    assert.equal(run({duration: undefined}).durationMs, 30_000);
  });

  test('a negative or infinite duration becomes 0', () => {
    assert.equal(run({duration: -5}).durationMs, 0);
    assert.equal(run({duration: Number.POSITIVE_INFINITY}).durationMs, 0);
  });

  test('times in seconds, fractional seconds, ms and ISO strings all become epoch ms', () => {
    assert.equal(run({created_at: 1682366228}).createdAt, 1682366228_000);
    assert.equal(run({created_at: 1682366228.5}).createdAt, 1682366228_500);
    assert.equal(run({created_at: 1682366228_123}).createdAt, 1682366228_123);
    assert.equal(run({created_at: '1682366228'}).createdAt, 1682366228_000);
    assert.equal(run({created_at: '2023-04-24T19:57:08Z'}).createdAt, 1682366228_000);
  });

  test('a negative time is rejected', () => {
    assert.match(problemOf({created_at: -1}), /created_at: expected a Unix timestamp, got number/);
  });

  test('metadata keeps any JSON values and accepts a JSON string', () => {
    const value = {n: 1, b: true, z: null, list: ['a', {deep: 'b'}]};
    assert.deepEqual(run({metadata: value}).metadata, value);
    assert.deepEqual(run({metadata: '{"customer_id":"12345"}'}).metadata, {customer_id: '12345'});
    assert.deepEqual(run({metadata: 'plain'}).metadata, {value: 'plain'});
  });

  test('deeply nested metadata is cut off', () => {
    let deep: unknown = 'bottom';
    for (let n = 0; n < 50; n++) deep = {d: deep};
    assert.ok(!JSON.stringify(run({metadata: deep}).metadata).includes('bottom'));
  });

  test('a __proto__ metadata key stays a plain key', () => {
    const parsed = run({metadata: JSON.parse('{"__proto__": {"polluted": "yes"}}')});
    assert.equal(Object.getPrototypeOf(parsed.metadata), Object.prototype);
    assert.deepEqual(Object.keys(parsed.metadata), ['__proto__']);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  test('a Drive file that does not parse is dropped, the others kept', () => {
    const files = {
      good: {file_id: 'f1', mime_type: 'text/csv', sheets: [{sheet_id: 2, title: 'T'}, {title: 5}]},
      bad: {mime_type: 'text/csv'},
      worse: 'nope',
    };
    assert.deepEqual(run({drive_files: files}).driveFiles, [
      {key: 'good', fileId: 'f1', mimeType: 'text/csv', sheets: [{sheetId: 2, title: 'T'}]},
    ]);
  });

  test('Drive files sent as an array are accepted', () => {
    const files = [{name: 'export', file_id: 'f9'}];
    assert.deepEqual(run({drive_files: files}).driveFiles, [
      {key: 'export', fileId: 'f9', mimeType: '', sheets: []},
    ]);
  });

  test('history comes out oldest first', () => {
    const history = [
      {status: 'completed', time: 20, message: 'b'},
      {status: 'processing', time: 10, message: 'a'},
    ];
    assert.deepEqual(
      run({status_history: history}).history.map((entry) => entry.message),
      ['a', 'b'],
    );
  });

  test('a malformed embedded flow step is dropped, the flow kept', () => {
    const body = fixtureObject('getRunA');
    const flow = body.flow as {steps: unknown[]};
    flow.steps.push({title: 'no id'});
    const detail = parseRunDetail(body);
    assert.ok(detail.ok);
    assert.equal(detail.ok && detail.value.flow?.steps.length, 3);
  });
});

describe('pagination', () => {
  test('a missing next_offset is computed from total', () => {
    assert.equal(
      toPagination(
        {total: 250, limit: 100, offset: 0, next_offset: undefined, filter: null},
        QUERY,
        100,
      ).nextOffset,
      100,
    );
    assert.equal(
      toPagination(
        {total: 250, limit: 100, offset: 200, next_offset: undefined, filter: null},
        QUERY,
        50,
      ).nextOffset,
      null,
    );
  });

  test('an explicit null next_offset ends the list', () => {
    assert.equal(
      toPagination({total: 999, limit: 100, offset: 0, next_offset: null, filter: null}, QUERY, 100)
        .nextOffset,
      null,
    );
  });

  test('a next_offset that does not move forward is ignored', () => {
    const pagination = toPagination(
      {total: 300, limit: 100, offset: 100, next_offset: 100, filter: null},
      QUERY,
      100,
    );
    assert.equal(pagination.nextOffset, 200);
  });

  test('without pagination, a full page means there may be more, and the total is unknown', () => {
    const runs = Array.from({length: 2}, (_, n) => wireRun({id: `r${n}`}));
    const full = parseRunPage({flow_runs: runs}, {limit: 2, offset: 4}, WHERE);
    assert.deepEqual(full.pagination, {
      total: 6,
      limit: 2,
      offset: 4,
      nextOffset: 6,
      filter: null,
      totalUnknown: true,
    });
    const partial = parseRunPage({flow_runs: runs}, {limit: 5, offset: 0}, WHERE);
    assert.deepEqual(partial.pagination, {
      total: 2,
      limit: 5,
      offset: 0,
      nextOffset: null,
      filter: null,
      totalUnknown: true,
    });
  });

  test('a bare array is accepted as a page', () => {
    const page = parseRunPage([wireRun()], QUERY, WHERE);
    assert.equal(page.runs.length, 1);
    assert.equal(page.pagination.nextOffset, null);
  });

  test('unusable pagination numbers fall back to the request', () => {
    const page = parseRunPage(
      {flow_runs: [], pagination: {total: 'many', limit: -1, offset: null}},
      {limit: 10, offset: 30},
      WHERE,
    );
    assert.deepEqual(page.pagination, {
      total: 30,
      limit: 10,
      offset: 30,
      nextOffset: null,
      filter: null,
      totalUnknown: true,
    });
  });

  test('a total smaller than what was seen is raised to it', () => {
    const page = parseRunPage(
      {flow_runs: [wireRun()], pagination: {total: 0, limit: 100, offset: 0}},
      QUERY,
      WHERE,
    );
    assert.equal(page.pagination.total, 1);
    assert.equal(page.pagination.totalUnknown, undefined);
  });
});
