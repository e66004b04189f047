import {readFileSync} from 'node:fs';

/** The contract's JSON examples, copied verbatim into test/fixtures/. */
export const FIXTURES = {
  listRunsA: '3.1-a-list-runs.json',
  listRunsB: '3.1-b-list-runs.json',
  getRunA: '3.2-a-get-run.json',
  getRunB: '3.2-b-get-run.json',
  flowRuns: '3.3-flow-runs.json',
  runFlowA: '3.4-a-run-flow.json',
  runFlowB: '3.4-b-run-flow.json',
  listFlowsA: '3.5-a-list-flows.json',
  listFlowsB: '3.5-b-list-flows.json',
} as const;

/** A fresh parsed copy of a fixture (tests may mutate it). */
export function fixture(name: keyof typeof FIXTURES): unknown {
  const url = new URL(`../fixtures/${FIXTURES[name]}`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as unknown;
}

/** A fixture as a mutable JSON object. */
export function fixtureObject(name: keyof typeof FIXTURES): Record<string, unknown> {
  return fixture(name) as Record<string, unknown>;
}

/** The fields of a flow run, in the order the docs' examples list them. */
export const RUN_KEYS = [
  'id',
  'flow_id',
  'workspace_id',
  'status',
  'status_history',
  'error',
  'metadata',
  'trigger_method',
  'start_time',
  'end_time',
  'duration',
  'drive_files',
  'created_at',
  'updated_at',
];
