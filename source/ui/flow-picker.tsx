// The flow filter's picker: "All flows" and every flow known by name (from GET /v2/flows,
// and inactive ones named by a run's detail), plus flows seen in runs but not yet named.
// A fixed list, so ink-select-input suits it (it resets its cursor when items change).
import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import type {Run} from '../domain.js';
import {foldNewlines, truncate} from '../format.js';
import {textStyle, useTheme} from '../theme.js';

/** One choice: `value` is the flow id, empty for all flows. */
export type FlowChoice = {readonly key: string; readonly label: string; readonly value: string};

/** The choices, "All flows" first, then by name; the current flow is marked. */
export function flowChoices(
  flowNames: ReadonlyMap<string, string>,
  runs: readonly Run[],
  current: string | null,
): readonly FlowChoice[] {
  const ids = new Set([...flowNames.keys(), ...runs.map((run) => run.flowId)]);
  if (current !== null) ids.add(current);
  const named = [...ids].map((id) => ({id, name: flowNames.get(id) ?? null}));
  named.sort((a, b) => (a.name ?? `~${a.id}`).localeCompare(b.name ?? `~${b.id}`));
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

/** Props of the picker. */
export type FlowPickerProps = {
  readonly choices: readonly FlowChoice[];
  readonly current: string | null;
  readonly width: number;
  readonly height: number;
  readonly onChoose: (flowId: string | null) => void;
};

function Indicator({isSelected = false}: {readonly isSelected?: boolean}) {
  const theme = useTheme();
  return (
    <Text {...textStyle(theme, 'accent')}>{isSelected ? `${theme.symbols.selected} ` : '  '}</Text>
  );
}

/** A titled list of flows; ↑↓/jk move, Enter or 1-9 pick (Esc is the app's). */
export function FlowPicker({choices, current, width, height, onChoose}: FlowPickerProps) {
  const theme = useTheme();
  const items = choices.map((choice) => ({
    ...choice,
    label: truncate(choice.label, Math.max(1, width - 2), theme.symbols.ellipsis),
  }));
  const initialIndex = Math.max(
    0,
    items.findIndex((item) => item.value === (current ?? '')),
  );
  return (
    <Box flexDirection="column" width={width}>
      <Text wrap="truncate" {...textStyle(theme, 'heading')}>
        Show the runs of which flow?
      </Text>
      <Text wrap="truncate" {...textStyle(theme, 'muted')}>
        {`${theme.symbols.up}${theme.symbols.down}/jk choose ${theme.symbols.separator} Enter pick ${theme.symbols.separator} Esc cancel`}
      </Text>
      <SelectInput
        items={items}
        initialIndex={initialIndex}
        limit={Math.max(1, height - 2)}
        indicatorComponent={Indicator}
        itemComponent={({isSelected = false, label}) => (
          <Text wrap="truncate" {...textStyle(theme, isSelected ? 'selected' : 'plain')}>
            {label}
          </Text>
        )}
        onSelect={(item) => onChoose(item.value === '' ? null : item.value)}
      />
    </Box>
  );
}
