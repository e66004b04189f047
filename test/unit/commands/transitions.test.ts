import {test} from 'node:test';
import assert from 'node:assert/strict';
import {
  createDiffer,
  transitionJson,
  transitionLine,
  transitionsOf,
} from '../../../source/commands/watch/transitions.js';
import {NOW, makeRun} from '../../helpers/runs.js';

const name = (id: string) => `flow ${id}`;
const entry = (status: string, at: number, message = `${status} now`) => ({status, at, message});
const processing = makeRun({
  id: 'r1',
  flowId: 'F',
  status: 'processing',
  history: [entry('processing', NOW)],
});

test('a run not seen before is a transition into its status', () => {
  assert.deepEqual(transitionsOf(processing, undefined, 'Flow'), [
    {
      runId: 'r1',
      flowId: 'F',
      flow: 'Flow',
      from: null,
      to: 'processing',
      at: NOW,
      message: 'processing now',
    },
  ]);
});

test('a run first seen after it moved on comes from the status its history left, not from nowhere', () => {
  const failed = makeRun({
    id: 'r3',
    status: 'failed',
    history: [entry('processing', NOW), entry('failed', NOW + 4000, 'Template not found')],
  });
  assert.deepEqual(
    transitionsOf(failed, undefined, 'F').map((e) => [e.from, e.to, e.at, e.message]),
    [['processing', 'failed', NOW + 4000, 'Template not found']],
  );
});

test('an unseen run whose status moved without a history entry comes from the last entry, at its update', () => {
  const moved = makeRun({...processing, status: 'review', updatedAt: NOW + 7000});
  assert.deepEqual(
    transitionsOf(moved, undefined, 'F').map((e) => [e.from, e.to, e.at]),
    [['processing', 'review', NOW + 7000]],
  );
});

test('an unchanged run has no transitions', () => {
  assert.deepEqual(transitionsOf(processing, {status: 'processing', historyLength: 1}, 'F'), []);
});

test('steps taken between two polls are read from the status history', () => {
  const done = makeRun({
    ...processing,
    status: 'completed',
    history: [
      entry('processing', NOW),
      entry('review', NOW + 1000),
      entry('completed', NOW + 5000),
    ],
  });
  const events = transitionsOf(done, {status: 'processing', historyLength: 1}, 'F');
  assert.deepEqual(
    events.map((e) => [e.from, e.to, e.at, e.message]),
    [
      ['processing', 'review', NOW + 1000, 'review now'],
      ['review', 'completed', NOW + 5000, 'completed now'],
    ],
  );
});

test('a status change without new history still counts, at the run update time', () => {
  const moved = makeRun({...processing, status: 'failed', updatedAt: NOW + 9000});
  const events = transitionsOf(moved, {status: 'processing', historyLength: 1}, 'F');
  assert.deepEqual(
    events.map((e) => [e.from, e.to, e.at]),
    [['processing', 'failed', NOW + 9000]],
  );
});

test('the first poll is only the baseline; later polls report new runs and changes, oldest first', () => {
  const differ = createDiffer(100);
  assert.deepEqual(differ.observe([processing], name), []);
  const fresh = makeRun({id: 'r2', status: 'processing', history: [entry('processing', NOW + 50)]});
  const done = makeRun({
    ...processing,
    status: 'completed',
    history: [entry('processing', NOW), entry('completed', NOW + 90)],
  });
  const events = differ.observe([fresh, done], name);
  assert.deepEqual(
    events.map((e) => [e.runId, e.from, e.to]),
    [
      ['r2', null, 'processing'],
      ['r1', 'processing', 'completed'],
    ],
  );
  assert.deepEqual(differ.observe([fresh, done], name), []);
});

test('the differ forgets the least recently seen runs beyond its capacity', () => {
  const differ = createDiffer(1);
  const other = makeRun({id: 'r9', status: 'completed'});
  differ.observe([processing], name);
  differ.observe([other], name);
  // r1 was forgotten, so seeing it again reads as new.
  assert.equal(differ.observe([processing, other], name)[0]?.from, null);
});

test('a transition reads as one log line, ASCII when asked', () => {
  const [event] = transitionsOf(
    makeRun({
      ...processing,
      status: 'review',
      history: [entry('processing', NOW), entry('review', NOW, 'Needs\na person')],
    }),
    {status: 'processing', historyLength: 1},
    'PO to Invoice',
  );
  assert.ok(event);
  assert.equal(
    transitionLine(event, {ascii: false}),
    '2026-11-29T12:00:00Z  r1  PO to Invoice  processing → review  Needs a person',
  );
  assert.match(transitionLine(event, {ascii: true}), /processing > review/);
  assert.match(transitionLine({...event, from: null}, {ascii: true}), / {2}new > review {2}/);
});

test('a transition as JSON carries run id, flow, from, to, ISO time and message', () => {
  const [event] = transitionsOf(processing, undefined, 'Flow');
  assert.ok(event);
  assert.deepEqual(JSON.parse(transitionJson(event)), {
    run_id: 'r1',
    flow_id: 'F',
    flow: 'Flow',
    from: null,
    to: 'processing',
    at: '2026-11-29T12:00:00Z',
    message: 'processing now',
  });
});
