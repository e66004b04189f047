// What the flow picker offers: "All flows", every flow known by name (from GET /v2/flows,
// and inactive ones named by a run's detail), and flows seen in runs but not yet named.
// A workspace may have 100,000 flows: sorting them by name takes up to half a second, so
// it is done once per set of names (the names keep their Map until one changes).
import type {Run} from '../domain/run.js';
import {foldNewlines} from '../text/format.js';
import type {FlowChoice} from './state.js';

const SHOWN_NOW = ' (shown now)';

function choice(id: string, name: string | null): FlowChoice {
  const label = name === null ? id : `${foldNewlines(name)}  ${id}`;
  return {key: id, label, value: id, find: `${name ?? ''} ${id}`.toLowerCase()};
}

const sortedByName = new WeakMap<ReadonlyMap<string, string>, readonly FlowChoice[]>();

/** Every named flow as a choice, by name; computed once per map of names. */
export function namedChoices(flowNames: ReadonlyMap<string, string>): readonly FlowChoice[] {
  const known = sortedByName.get(flowNames);
  if (known !== undefined) return known;
  const named = [...flowNames].sort(([, a], [, b]) => a.localeCompare(b));
  const choices = named.map(([id, name]) => choice(id, name));
  sortedByName.set(flowNames, choices);
  return choices;
}

// The last answer: the picker opens on the same choices until the names, the flows seen
// only in runs, or the flow shown change, without copying 100,000 of them each time.
let last: {
  readonly flowNames: ReadonlyMap<string, string>;
  readonly unnamed: string;
  readonly current: string | null;
  readonly choices: readonly FlowChoice[];
} | null = null;

/** The choices, "All flows" first, then by name, then flows known only by id; the flow shown now is marked. */
export function flowChoices(
  flowNames: ReadonlyMap<string, string>,
  runs: readonly Run[],
  current: string | null,
): readonly FlowChoice[] {
  const ids = new Set<string>();
  for (const run of runs) if (!flowNames.has(run.flowId)) ids.add(run.flowId);
  if (current !== null && !flowNames.has(current)) ids.add(current);
  const unnamed = [...ids].sort((a, b) => a.localeCompare(b));
  const key = unnamed.join('\n');
  if (last?.flowNames === flowNames && last.unnamed === key && last.current === current)
    return last.choices;
  const all: FlowChoice = {
    key: '',
    label: `All flows${current === null ? SHOWN_NOW : ''}`,
    value: '',
    find: 'all flows',
  };
  const choices = [all, ...namedChoices(flowNames), ...unnamed.map((id) => choice(id, null))];
  const at = current === null ? -1 : choices.findIndex((entry) => entry.value === current);
  const marked = choices[at];
  if (marked !== undefined) choices[at] = {...marked, label: `${marked.label}${SHOWN_NOW}`};
  last = {flowNames, unnamed: key, current, choices};
  return choices;
}
