// The flow filter's picker, painted by ink-select-input. Only the rows on screen are handed
// to it: it copies and compares every item it gets on every render, which with 100,000
// flows took 150 ms a key. Its keys are the reducer's (the `flows` and `flow-search` modes
// of the keymap), not ink-select-input's own: those compare each read with one key, so
// keys typed ahead over a slow SSH link, which arrive in one read, were lost.
import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import {displayWidth, formatCount, padEnd, padStart} from '../../text/format.js';
import {flowCountText} from '../../explorer/flow-counts.js';
import {scrolledTop} from '../../explorer/cursor.js';
import {textStyle, useTheme} from '../theme.js';
import type {FlowCount, PickerState} from '../../explorer/state.js';
import {PICKER_HEADER_ROWS} from '../../explorer/picker.js';

/** Props of the picker. */
export type FlowPickerProps = {
  readonly picker: PickerState;
  readonly width: number;
  readonly height: number;
  /** The picker's keys, from the keymap (its footer hints). */
  readonly hints: readonly {readonly keys: string; readonly label: string}[];
  /** Run counts by flow id ('' for all flows), as far as they have come. */
  readonly counts: ReadonlyMap<string, FlowCount>;
};

function Indicator({isSelected = false}: {readonly isSelected?: boolean}) {
  const theme = useTheme();
  return (
    <Text {...textStyle(theme, 'accent')}>{isSelected ? `${theme.symbols.selected} ` : '  '}</Text>
  );
}

/** A titled window on the flows, the highlighted one marked; the search line while searching. */
export function FlowPicker({picker, width, height, hints, counts}: FlowPickerProps) {
  const theme = useTheme();
  const {separator, ellipsis, cursor} = theme.symbols;
  const {shown, index, query} = picker;
  const rows = Math.max(1, height - PICKER_HEADER_ROWS);
  // The reducer keeps `top` in step; a resize since may need the window moved.
  const top = scrolledTop(picker.top, index, rows, shown.length);
  const window = shown.slice(top, top + rows);
  // Each row's run count, right-aligned in a column as wide as the widest on screen; the
  // ellipsis while it is on its way.
  const countTexts = window.map((choice) => flowCountText(counts.get(choice.value)) ?? ellipsis);
  const countWidth = Math.min(
    Math.floor(width / 3),
    Math.max(0, ...countTexts.map((text) => displayWidth(text))),
  );
  const labelWidth = Math.max(1, width - 2 - (countWidth === 0 ? 0 : countWidth + 2));
  // The first nine are numbered: their digit picks them.
  const items = window.map((choice, at) => {
    const label = `${top + at < 9 ? top + at + 1 : ' '} ${choice.label}`;
    const count = countWidth === 0 ? '' : `  ${padStart(countTexts[at] ?? '', countWidth)}`;
    return {...choice, label: padEnd(label, labelWidth, ellipsis) + count};
  });
  // "All flows" is a choice, not a flow.
  const flows = formatCount(picker.choices.length - 1);
  const status =
    picker.editing || query !== ''
      ? `/${query}${picker.editing ? cursor : ''}  ${formatCount(shown.length)} match`
      : hints.map((hint) => `${hint.keys} ${hint.label}`).join(` ${separator} `);
  return (
    <Box flexDirection="column" width={width}>
      <Text wrap="truncate" {...textStyle(theme, 'heading')}>
        {`Show the runs of which flow? (${flows} ${flows === '1' ? 'flow' : 'flows'})`}
      </Text>
      <Text wrap="truncate" {...textStyle(theme, picker.editing ? 'accent' : 'muted')}>
        {status}
      </Text>
      {items.length === 0 ? (
        <Text wrap="truncate" {...textStyle(theme, 'muted')}>
          {`  no flow matches "${query}"`}
        </Text>
      ) : (
        // Keyed on the highlight: ink-select-input only takes a position when it mounts.
        <SelectInput
          key={`${top}:${index}`}
          items={items}
          isFocused={false}
          initialIndex={index - top}
          limit={rows}
          indicatorComponent={Indicator}
          itemComponent={({isSelected = false, label}) => (
            <Text wrap="truncate" {...textStyle(theme, isSelected ? 'selected' : 'plain')}>
              {label}
            </Text>
          )}
        />
      )}
    </Box>
  );
}
