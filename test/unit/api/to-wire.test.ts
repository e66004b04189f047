import {test} from 'node:test';
import assert from 'node:assert/strict';
import {parseRunArray, parseRunPage} from '../../../source/api/parse-lists.js';
import {parseRunDetail} from '../../../source/api/to-domain.js';
import {toWireDetail, toWirePage, toWireRun} from '../../../source/api/to-wire.js';
import {makeDetail, makePage, makeRun, NOW} from '../../helpers/runs.js';
import {fixture, RUN_KEYS} from '../../helpers/fixtures.js';

test('a page parsed from fixture 3.1-A writes back as the same JSON', () => {
  const raw = fixture('listRunsA');
  const page = parseRunPage(raw, {limit: 100, offset: 0}, 'GET /v2/flows/runs');
  assert.deepEqual(toWirePage(page), raw);
});

test('a run detail parsed from fixture 3.2-A writes back as the same JSON', () => {
  const raw = fixture('getRunA');
  const detail = parseRunDetail(raw);
  assert.ok(detail.ok);
  assert.deepEqual(detail.ok && toWireDetail(detail.value), raw);
});

test('the runs of fixture 3.3, a failed one included, write back as the same JSON', () => {
  const raw = fixture('flowRuns');
  assert.deepEqual(parseRunArray(raw, 'GET /v2/flows/x/runs').items.map(toWireRun), raw);
});

test('fields are written in the documented order', () => {
  assert.deepEqual(Object.keys(toWireRun(makeRun({id: 'r1'}))), RUN_KEYS);
});

test('a run name is written right after the id', () => {
  assert.deepEqual(Object.keys(toWireRun(makeRun({id: 'r1', name: 'PO-123'}))).slice(0, 3), [
    'id',
    'name',
    'flow_id',
  ]);
});

test('times become whole Unix seconds and durations stay in ms', () => {
  const wire = toWireRun(makeRun({id: 'r1', startedAt: NOW + 999, endedAt: NOW + 31_500}));
  assert.equal(wire.start_time, NOW / 1000);
  assert.equal(wire.end_time, NOW / 1000 + 31);
  assert.equal(wire.duration, 30_501);
});

test('a running run keeps null end_time and a detail without a flow has flow null', () => {
  const wire = toWireDetail(makeDetail(makeRun({id: 'r1', status: 'processing'}), null));
  assert.equal(wire.end_time, null);
  assert.equal(wire.flow, null);
});

test('a page writes flow_runs and the pagination with next_offset', () => {
  const wire = toWirePage(makePage([makeRun({id: 'a'})], {total: 250, limit: 1}));
  assert.deepEqual(wire.pagination, {
    total: 250,
    limit: 1,
    offset: 0,
    next_offset: 1,
    filter: 'all',
  });
  assert.equal((wire.flow_runs as unknown[]).length, 1);
});
