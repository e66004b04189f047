// The profile picker (`P`), painted by ink-select-input: a fixed, short list, so it gets
// every entry. Its keys are the reducer's (the `profiles` mode of the keymap), as for the
// flow picker: the highlight comes in as `index`.
import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import {scrolledTop} from '../../explorer/cursor.js';
import type {ProfilesState} from '../../explorer/state.js';
import {foldNewlines, padEnd, truncate} from '../../text/format.js';
import {textStyle, useTheme} from '../theme.js';

/** Props of the picker. */
export type ProfilePickerProps = {
  readonly profiles: ProfilesState;
  readonly width: number;
  readonly height: number;
  /** The picker's keys, from the keymap (its footer hints). */
  readonly hints: readonly {readonly keys: string; readonly label: string}[];
};

// The title, then the hint, the connection under way or the failure.
const HEADER_ROWS = 2;
const CURRENT = ' (in use)';

/** The config's profiles, the one in use marked, with what happened to the last choice. */
export function ProfilePicker({profiles, width, height, hints}: ProfilePickerProps) {
  const theme = useTheme();
  const {separator, ellipsis} = theme.symbols;
  const picker = profiles.picker;
  if (picker === null) return null;
  const {entries, current} = profiles;
  const rows = Math.max(1, height - HEADER_ROWS);
  const top = scrolledTop(0, picker.index, rows, entries.length);
  const nameWidth = Math.min(
    Math.max(...entries.map((entry) => entry.name.length + CURRENT.length)) + 2,
    Math.max(1, width - 4),
  );
  const items = entries.slice(top, top + rows).map((entry, at) => {
    const number = top + at < 9 ? `${top + at + 1} ` : '  ';
    const name = entry.name + (entry.name === current ? CURRENT : '');
    const line = `${number}${padEnd(name, nameWidth, ellipsis)}${foldNewlines(entry.detail)}`;
    return {key: entry.name, value: entry.name, label: truncate(line, width - 2, ellipsis)};
  });
  const status =
    picker.connecting !== null
      ? {text: `connecting to ${picker.connecting}${ellipsis}`, role: 'accent' as const}
      : picker.error !== null
        ? {text: `${theme.symbols.failed} ${foldNewlines(picker.error)}`, role: 'error' as const}
        : {
            text: hints.map((hint) => `${hint.keys} ${hint.label}`).join(` ${separator} `),
            role: 'muted' as const,
          };
  return (
    <Box flexDirection="column" width={width}>
      <Text wrap="truncate" {...textStyle(theme, 'heading')}>
        {`Switch to which profile? (${entries.length} in the config)`}
      </Text>
      <Text wrap="wrap" {...textStyle(theme, status.role)}>
        {status.text}
      </Text>
      <SelectInput
        key={`${top}:${picker.index}`}
        items={items}
        isFocused={false}
        initialIndex={picker.index - top}
        limit={rows}
        indicatorComponent={({isSelected = false}) => (
          <Text {...textStyle(theme, 'accent')}>
            {isSelected ? `${theme.symbols.selected} ` : '  '}
          </Text>
        )}
        itemComponent={({isSelected = false, label}) => (
          <Text wrap="truncate" {...textStyle(theme, isSelected ? 'selected' : 'plain')}>
            {label}
          </Text>
        )}
      />
    </Box>
  );
}
