import assert from 'node:assert/strict';
import {test} from 'node:test';
import {toWireRun} from '../../../source/simulator/world/run.js';
import {generateWorkspace} from '../../../source/simulator/world/workspace.js';
import type {World} from '../../../source/simulator/world/workspace.js';
import {START, assertCoherentRun, assertNewestFirst} from '../../helpers/simulator-checks.js';

const wire = (world: World) => world.runs.map(toWireRun);
const world = generateWorkspace(7, START);
const runs = wire(world);
const share = (status: string) => runs.filter((run) => run.status === status).length / runs.length;

test('the same seed and time generate an identical workspace', () => {
  const again = generateWorkspace(7, START);
  assert.deepEqual(wire(again), runs);
  assert.deepEqual(
    again.flows.map((flow) => flow.wire),
    world.flows.map((flow) => flow.wire),
  );
});

test('a different seed generates a different workspace', () => {
  assert.notDeepEqual(wire(generateWorkspace(8, START)), runs);
});

test('five to seven flows cover every documented step kind', () => {
  assert.ok(world.flows.length >= 5 && world.flows.length <= 7);
  const kinds = new Set(world.flows.flatMap((flow) => flow.wire.steps.map((step) => step.type)));
  assert.deepEqual([...kinds].sort(), ['extraction', 'reconciliation', 'review', 'verification']);
});

test('flows are full objects whose extraction steps match their file fields', () => {
  for (const {wire: flow} of world.flows) {
    assert.deepEqual(
      flow.steps.map((step) => step.order),
      flow.steps.map((_, index) => index + 1),
    );
    const fileKeys = flow.file_input_config.file_fields.map((field) => field.key);
    const stepKeys = flow.steps
      .filter((step) => step.type === 'extraction')
      .map((step) => step.config.file_key);
    assert.deepEqual(stepKeys, fileKeys, flow.name);
    assert.ok(flow.created_at <= flow.updated_at && flow.updated_at * 1000 <= START, flow.name);
  }
});

test('an inactive flow still has runs', () => {
  const inactive = world.flows.filter((flow) => !flow.wire.active);
  assert.equal(inactive.length, 1);
  assert.ok(runs.some((run) => run.flow_id === inactive[0]?.id));
});

test('a few hundred runs span the last three days, newest first', () => {
  assert.ok(runs.length >= 300 && runs.length <= 400, String(runs.length));
  assertNewestFirst(runs);
  const oldest = runs.at(-1)?.created_at ?? 0;
  assert.ok(oldest * 1000 >= START - 3 * 86_400_000 && oldest * 1000 < START - 2 * 86_400_000);
  assert.ok((runs[0]?.created_at ?? 0) * 1000 <= START);
});

test('every run is coherent with its status', () => {
  for (const run of runs) assertCoherentRun(run);
});

test('most runs completed, about a tenth failed, a few wait for review or are processing', () => {
  assert.ok(share('completed') > 0.8, String(share('completed')));
  assert.ok(share('failed') >= 0.06 && share('failed') <= 0.14, String(share('failed')));
  const inReview = runs.filter((run) => run.status === 'review').length;
  const processing = runs.filter((run) => run.status === 'processing').length;
  assert.ok(inReview >= 3 && inReview <= 10, String(inReview));
  assert.ok(processing >= 2 && processing <= 10, String(processing));
});

test('runs that passed a review show the wait and the approval in their history', () => {
  const reviewed = runs.filter(
    (run) => run.status === 'completed' && run.status_history.length === 4,
  );
  assert.ok(reviewed.length > 0);
  for (const run of reviewed) {
    const [, waiting, approved] = run.status_history;
    assert.equal(waiting?.status, 'review');
    assert.match(waiting?.message ?? '', /^Waiting for review: /);
    assert.equal(approved?.status, 'processing');
    assert.match(approved?.message ?? '', /^Review approved by /);
  }
});

test('some completed runs carry a Google Sheets export shaped like fixture 3.2', () => {
  const exported = runs.filter((run) => Object.keys(run.drive_files).length > 0);
  assert.ok(exported.length > 10);
  for (const run of exported) {
    for (const file of Object.values(run.drive_files)) {
      assert.match(file.file_id, /^1[\w-]{20,}$/);
      assert.equal(file.mime_type, 'application/vnd.google-apps.spreadsheet');
      assert.deepEqual(file.sheets[0], {sheet_id: 0, title: file.sheets[0]?.title});
    }
  }
  assert.ok(exported.some((run) => 'reconciliation' in run.drive_files));
});

test('some errors span several lines but no text carries control characters', () => {
  assert.ok(runs.some((run) => run.error?.includes('\n')));
  const strings: string[] = [];
  JSON.stringify([runs, world.flows.map((flow) => flow.wire)], (_key, value: unknown) => {
    if (typeof value === 'string') strings.push(value);
    return value;
  });
  assert.ok(strings.length > 2000, String(strings.length));
  for (const text of strings)
    assert.doesNotMatch(text, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
});

test('metadata keys vary between flows and ids are unique', () => {
  const keys = new Set(runs.flatMap((run) => Object.keys(run.metadata)));
  assert.ok(keys.size >= 8);
  assert.ok(keys.has('customer_id') && keys.has('order_number'));
  assert.equal(new Set(runs.map((run) => run.id)).size, runs.length);
});
