import {Fragment} from 'react';
import {Text} from 'ink';
import {displayWidth, foldNewlines, truncate} from '../format.js';
import {textStyle, useTheme} from '../theme.js';

/** One key hint, as the keymap describes it. */
export type KeyHint = {readonly keys: string; readonly label: string};

/** Props of the footer. */
export type FooterProps = {
  /** Where the user is, e.g. `runs 101-150 of 1,234 · page 3/25`. */
  readonly position: string;
  /** Most important first: hints that do not fit are dropped from the end. */
  readonly hints: readonly KeyHint[];
  readonly width: number;
};

const GAP = 2;

/** The hints that fit in `room` cells after the position text, in order, stopping at the first misfit. */
export function fittingHints(hints: readonly KeyHint[], room: number): readonly KeyHint[] {
  const kept: KeyHint[] = [];
  let used = 0;
  for (const hint of hints) {
    const cost = GAP + displayWidth(hint.keys) + 1 + displayWidth(hint.label);
    if (used + cost > room) break;
    kept.push(hint);
    used += cost;
  }
  return kept;
}

/** Position and key hints on one line, never wider than `width`. */
export function Footer({position, hints, width}: FooterProps) {
  const theme = useTheme();
  const where = truncate(foldNewlines(position), width, theme.symbols.ellipsis);
  const shown = fittingHints(
    hints.map((hint) => ({keys: foldNewlines(hint.keys), label: foldNewlines(hint.label)})),
    width - displayWidth(where),
  );
  return (
    <Text wrap="truncate">
      <Text {...textStyle(theme, 'muted')}>{where}</Text>
      {shown.map((hint, index) => (
        <Fragment key={index}>
          {' '.repeat(GAP)}
          <Text {...textStyle(theme, 'key')}>{hint.keys}</Text>
          <Text {...textStyle(theme, 'muted')}>{` ${hint.label}`}</Text>
        </Fragment>
      ))}
    </Text>
  );
}
