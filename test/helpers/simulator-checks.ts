// Shared assertions for the simulator tests: what a coherent wire run looks like,
// written against the contract (docs/tableflow-api.md sections 3-5), not the generator.

import assert from 'node:assert/strict';
import {RUN_KEYS} from './fixtures.js';

/** 2026-11-29T12:00:00Z, the fake clock's starting point. */
export const START = Date.UTC(2026, 10, 29, 12, 0, 0);

/** A clock the test moves by hand. */
export function fakeClock(start = START): {
  readonly now: () => number;
  readonly tick: (ms: number) => void;
} {
  let now = start;
  return {now: () => now, tick: (ms) => void (now += ms)};
}

const STATUSES = ['processing', 'review', 'completed', 'failed'];

const isSeconds = (value: unknown): boolean =>
  Number.isInteger(value) && (value as number) > 1_500_000_000 && (value as number) < 2_500_000_000;

type Json = Record<string, unknown>;

/** Fails unless `run` has every documented field, with the right types and coherent history. */
export function assertCoherentRun(run: Json): void {
  const where = `run ${String(run.id)}`;
  assert.deepEqual(Object.keys(run).sort(), [...RUN_KEYS].sort(), where);
  for (const key of ['id', 'flow_id', 'workspace_id'])
    assert.match(run[key] as string, /^[A-Za-z0-9]{16}$/, where);
  assert.ok(STATUSES.includes(run.status as string), where);
  assert.ok(['api', 'manual'].includes(run.trigger_method as string), where);
  for (const key of ['start_time', 'created_at', 'updated_at'])
    assert.ok(isSeconds(run[key]), `${where} ${key}`);
  assert.equal(typeof run.metadata, 'object', where);
  for (const value of Object.values(run.metadata as Json))
    assert.equal(typeof value, 'string', where);
  assert.equal(typeof run.drive_files, 'object', where);

  const history = run.status_history as Json[];
  assert.ok(history.length >= 1, where);
  for (const entry of history) {
    assert.deepEqual(Object.keys(entry).sort(), ['message', 'status', 'time'], where);
    assert.ok(STATUSES.includes(entry.status as string) && isSeconds(entry.time), where);
  }
  const first = history[0] as Json;
  const last = history.at(-1) as Json;
  assert.equal(first.status, 'processing', where);
  assert.equal(first.message, `Flow started via ${String(run.trigger_method)}`, where);
  assert.equal(first.time, run.start_time, where);
  assert.equal(last.status, run.status, where);
  assert.equal(last.time, run.updated_at, where);
  assert.equal(run.created_at, run.start_time, where);
  for (let index = 1; index < history.length; index++) {
    assert.ok(
      Number(history[index]?.time) >= Number(history[index - 1]?.time),
      `${where} history order`,
    );
  }

  const finished = run.status === 'completed' || run.status === 'failed';
  if (finished) {
    assert.ok(isSeconds(run.end_time), where);
    assert.equal(run.end_time, last.time, where);
    assert.equal(
      run.duration,
      ((run.end_time as number) - (run.start_time as number)) * 1000,
      where,
    );
  } else {
    assert.equal(run.end_time, null, where);
    assert.equal(run.duration, 0, where);
  }
  if (run.status === 'failed') {
    assert.equal(typeof run.error, 'string', where);
    assert.equal(run.error, last.message, where);
    assert.match(
      run.error as string,
      /^(Extraction|Reconciliation|Verification) step '[^']+' failed: /,
      where,
    );
  } else {
    assert.equal(run.error, null, where);
  }
  if (run.status !== 'completed') assert.deepEqual(run.drive_files, {}, where);
}

/** Fails unless the runs are ordered newest first by `created_at`. */
export function assertNewestFirst(runs: readonly Json[]): void {
  for (let index = 1; index < runs.length; index++) {
    assert.ok(
      Number(runs[index - 1]?.created_at) >= Number(runs[index]?.created_at),
      `order at ${index}`,
    );
  }
}
