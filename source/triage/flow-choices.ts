// What the flow picker offers: "All flows", every flow known by name (from GET /v2/flows,
// and inactive ones named by a run's detail), and flows seen in runs but not yet named.
import type {Run} from '../domain.js';
import {foldNewlines} from '../format.js';

/** One choice: `value` is the flow id, empty for all flows. */
export type FlowChoice = {readonly key: string; readonly label: string; readonly value: string};

/** The open picker: its choices, fixed while it is open, and the highlighted one. */
export type PickerState = {readonly choices: readonly FlowChoice[]; readonly index: number};

/** The choices, "All flows" first, then by name; the flow shown now is marked. */
export function flowChoices(
  flowNames: ReadonlyMap<string, string>,
  runs: readonly Run[],
  current: string | null,
): readonly FlowChoice[] {
  const ids = new Set([...flowNames.keys(), ...runs.map((run) => run.flowId)]);
  if (current !== null) ids.add(current);
  const named = [...ids].map((id) => ({id, name: flowNames.get(id) ?? null}));
  // Named flows by name, then the ones known only by id.
  named.sort((a, b) =>
    a.name !== null && b.name !== null
      ? a.name.localeCompare(b.name)
      : a.name !== null
        ? -1
        : b.name !== null
          ? 1
          : a.id.localeCompare(b.id),
  );
  const mark = (id: string | null) => (id === current ? ' (shown now)' : '');
  return [
    {key: '', label: `All flows${mark(null)}`, value: ''},
    ...named.map(({id, name}) => ({
      key: id,
      label: `${name === null ? id : `${foldNewlines(name)}  ${id}`}${mark(id)}`,
      value: id,
    })),
  ];
}
