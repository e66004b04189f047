// The flow filter's picker, painted by ink-select-input. Its keys are the reducer's (the
// `flows` mode of the keymap), not ink-select-input's own: those compare each read with
// one key, so keys typed ahead over a slow SSH link, which arrive in one read, were lost.
import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import {truncate} from '../format.js';
import {textStyle, useTheme} from '../theme.js';
import type {FlowChoice} from '../triage/flow-choices.js';

/** Props of the picker. */
export type FlowPickerProps = {
  readonly choices: readonly FlowChoice[];
  /** The highlighted choice. */
  readonly index: number;
  readonly width: number;
  readonly height: number;
};

function Indicator({isSelected = false}: {readonly isSelected?: boolean}) {
  const theme = useTheme();
  return (
    <Text {...textStyle(theme, 'accent')}>{isSelected ? `${theme.symbols.selected} ` : '  '}</Text>
  );
}

/** A titled list of flows with the highlighted one marked. */
export function FlowPicker({choices, index, width, height}: FlowPickerProps) {
  const theme = useTheme();
  const {up, down, separator, ellipsis} = theme.symbols;
  // The first nine are numbered: their digit picks them.
  const items = choices.map((choice, at) => ({
    ...choice,
    label: truncate(`${at < 9 ? at + 1 : ' '} ${choice.label}`, Math.max(1, width - 2), ellipsis),
  }));
  return (
    <Box flexDirection="column" width={width}>
      <Text wrap="truncate" {...textStyle(theme, 'heading')}>
        Show the runs of which flow?
      </Text>
      <Text wrap="truncate" {...textStyle(theme, 'muted')}>
        {`${up}${down}/jk choose ${separator} Enter or 1-9 pick ${separator} Esc cancel`}
      </Text>
      {/* Keyed on the highlight: ink-select-input only takes a position when it mounts. */}
      <SelectInput
        key={index}
        items={items}
        isFocused={false}
        initialIndex={index}
        limit={Math.max(1, height - 2)}
        indicatorComponent={Indicator}
        itemComponent={({isSelected = false, label}) => (
          <Text wrap="truncate" {...textStyle(theme, isSelected ? 'selected' : 'plain')}>
            {label}
          </Text>
        )}
      />
    </Box>
  );
}
