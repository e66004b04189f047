import {test} from 'node:test';
import assert from 'node:assert/strict';
import {emptyHint, emptyText} from '../../../source/explorer/selectors.js';
import {fresh, load, run} from '../../helpers/explorer.js';
import {makeFlow} from '../../helpers/runs.js';

const listed = (flowId: string) =>
  run(fresh({flowId}), {type: 'flows-loaded', flows: [makeFlow({id: 'F1', name: 'Invoices'})]});

test('an empty page for a flow GET /v2/flows does not list says the flow does not exist', () => {
  const state = load(listed('BOGUS'), []);
  assert.equal(emptyText(state), 'No runs: the workspace has no active flow with id BOGUS');
  assert.match(emptyHint(state) ?? '', /press f to pick a flow/);
});

test('a listed flow with no runs is only empty', () => {
  assert.equal(emptyText(load(listed('F1'), [])), 'No runs for flow Invoices');
});

test('before the flows are listed an unknown flow is not called missing', () => {
  assert.equal(emptyText(load(fresh({flowId: 'BOGUS'}), [])), 'No runs for flow BOGUS');
});

test('the flows answering with nothing new still records that they were listed', () => {
  const once = listed('BOGUS');
  const twice = run(once, {type: 'flows-loaded', flows: [makeFlow({id: 'F1', name: 'Invoices'})]});
  assert.equal(twice, once);
  assert.equal(run(fresh(), {type: 'flows-loaded', flows: []}).flowsListed, true);
});
