// Answers of hostile size, as an attacker's server sent them (issue 12): `many-flows` adds
// 100,000 flows to GET /v2/flows, `huge-run` gives a run a 130,000-item metadata array
// (930 KB), `deep-run` nests a run's error 10,000 levels deep. Written as strings where
// JSON.stringify itself would overflow the stack.

import {isObject, type Json, type JsonObject} from './json-edit.js';

function parsed(body: string): Json | undefined {
  try {
    return JSON.parse(body) as Json;
  } catch {
    return undefined;
  }
}

/** The run a `huge-run` or `deep-run` answer changes: a page's (or list's) `index`th, or a detail. */
function runAt(value: Json | undefined, index: number): JsonObject | undefined {
  if (isObject(value) && 'status_history' in value) return value;
  const list = isObject(value) ? value.flow_runs : value;
  const run = Array.isArray(list) ? list[index] : undefined;
  return isObject(run) ? run : undefined;
}

/** Flows a `many-flows` answer adds to the workspace's own. */
export const MANY_FLOWS = 100_000;

let manyFlows: string | undefined;

/** The added flows, written once (6 MB): names in a shuffled order, so a picker must sort. */
function generatedFlows(): string {
  if (manyFlows !== undefined) return manyFlows;
  const flows: string[] = [];
  for (let index = 0; index < MANY_FLOWS; index++) {
    const id = `Fl${String(index).padStart(14, '0')}`;
    const name = `Generated flow ${String((index * 7919) % MANY_FLOWS).padStart(5, '0')}`;
    flows.push(`{"id":"${id}","name":"${name}","active":true}`);
  }
  manyFlows = flows.join(',');
  return manyFlows;
}

/** The answer of GET /v2/flows with MANY_FLOWS small flows after the real ones; other answers unchanged. */
export function manyFlowsJson(body: string): string {
  const value = parsed(body);
  if (!Array.isArray(value) || value.length === 0) return body;
  if (!value.every((item) => isObject(item) && 'steps' in item)) return body;
  return `${body.slice(0, body.lastIndexOf(']'))},${generatedFlows()}]`;
}

/** Items in the metadata array of a `huge-run` run. */
export const HUGE_RUN_ITEMS = 130_000;

/** A detail, or the first run of a list, with `metadata.list` = 0..HUGE_RUN_ITEMS-1. */
export function hugeRunJson(body: string): string {
  const value = parsed(body);
  const run = runAt(value, 0);
  if (run === undefined) return body;
  run.metadata = {
    ...(isObject(run.metadata) ? run.metadata : {}),
    list: Array.from({length: HUGE_RUN_ITEMS}, (_, item) => item),
  };
  return JSON.stringify(value);
}

/** Levels of the error of a `deep-run` run. */
export const DEEP_RUN_LEVELS = 10_000;

const MARK = '\u0000deep-run\u0000';

/** A detail, or the second run of a list, with its error nested DEEP_RUN_LEVELS deep. */
export function deepRunJson(body: string): string {
  const value = parsed(body);
  const run = runAt(value, 1) ?? runAt(value, 0);
  if (run === undefined) return body;
  run.error = MARK;
  const deep = `${'{"error":'.repeat(DEEP_RUN_LEVELS)}"too deep"${'}'.repeat(DEEP_RUN_LEVELS)}`;
  return JSON.stringify(value).replace(JSON.stringify(MARK), deep);
}
