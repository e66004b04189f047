import {memo, Fragment} from 'react';
import {Text} from 'ink';
import {displayWidth, foldNewlines, formatCount, truncate} from '../../text/format.js';
import {textStyle, useTheme, type Role} from '../theme.js';

/** One key hint, as the keymap describes it. */
export type KeyHint = {readonly keys: string; readonly label: string};

/** The search as the footer shows it. */
export type FooterSearch = {
  readonly query: string;
  /** Keys still go to the query. */
  readonly editing: boolean;
  readonly matches: number;
  /** Runs on the page. */
  readonly of: number;
};

/** Props of the footer. */
export type FooterProps = {
  /** Where the user is, e.g. `runs 101-150 of 1,234 · page 3/25`. */
  readonly position: string;
  /** Most important first: hints that do not fit are dropped from the end (`? help` stays). */
  readonly hints: readonly KeyHint[];
  readonly width: number;
  /** A short confirmation or warning, shown instead of the position while it lasts. */
  readonly message?: {readonly text: string; readonly tone: 'info' | 'warning'} | null;
  readonly search?: FooterSearch | null;
  /** A prompt being typed (go to page): the text before the cursor and after it. */
  readonly prompt?: {readonly before: string; readonly after: string} | null;
};

const GAP = 2;
const cost = (hint: KeyHint): number =>
  GAP + displayWidth(hint.keys) + 1 + displayWidth(hint.label);

/**
 * The hints that fit in `room` cells after the position text, in order, stopping at the
 * first misfit; room is kept for `? help` so the way to every other key stays on screen.
 */
export function fittingHints(hints: readonly KeyHint[], room: number): readonly KeyHint[] {
  const help = hints.find((hint) => hint.keys === '?');
  const reserved = help !== undefined && cost(help) <= room ? cost(help) : 0;
  const kept: KeyHint[] = [];
  let used = reserved;
  for (const hint of hints) {
    if (hint === help) continue;
    if (used + cost(hint) > room) break;
    kept.push(hint);
    used += cost(hint);
  }
  const at = help === undefined ? -1 : hints.indexOf(help);
  if (reserved > 0 && help !== undefined)
    kept.splice(kept.filter((hint) => hints.indexOf(hint) < at).length, 0, help);
  return kept;
}

function searchText(search: FooterSearch, cursor: string, separator: string): string {
  const found = `${formatCount(search.matches)} of ${formatCount(search.of)} match`;
  return search.editing
    ? `/${search.query}${cursor} ${found}`
    : `/${search.query}: ${found} ${separator} `;
}

/** Position (or the search bar, or a message) and key hints on one line, never wider than `width`. */
/** Key hints as the footer shows them (`  ? help  q quit`), for a line's `<Text>`. */
export function HintTexts(props: {readonly hints: readonly KeyHint[]}) {
  const theme = useTheme();
  return props.hints.map((hint, index) => (
    <Fragment key={index}>
      {' '.repeat(GAP)}
      <Text {...textStyle(theme, 'key')}>{hint.keys}</Text>
      <Text {...textStyle(theme, 'muted')}>{` ${hint.label}`}</Text>
    </Fragment>
  ));
}

export const Footer = memo(function Footer(props: FooterProps) {
  const {position, hints, width, message, search, prompt} = props;
  const theme = useTheme();
  const {ellipsis} = theme.symbols;
  const left: {text: string; role: Role}[] = [];
  const {cursor, separator} = theme.symbols;
  if (prompt !== undefined && prompt !== null)
    left.push({text: `${prompt.before}${cursor}${prompt.after}`, role: 'accent'});
  else if (search?.editing === true)
    left.push({text: searchText(search, cursor, separator), role: 'accent'});
  else if (message !== undefined && message !== null)
    left.push({text: message.text, role: message.tone === 'warning' ? 'warning' : 'accent'});
  else {
    if (search !== undefined && search !== null)
      left.push({text: searchText(search, cursor, separator), role: 'accent'});
    left.push({text: position, role: 'muted'});
  }
  let room = width;
  const parts = left.map((part) => {
    const text = truncate(foldNewlines(part.text), room, ellipsis);
    room -= displayWidth(text);
    return {...part, text};
  });
  const shown = fittingHints(
    hints.map((hint) => ({keys: foldNewlines(hint.keys), label: foldNewlines(hint.label)})),
    room,
  );
  return (
    <Text wrap="truncate">
      {parts.map((part, index) => (
        <Text key={`left${index}`} {...textStyle(theme, part.role)}>
          {part.text}
        </Text>
      ))}
      <HintTexts hints={shown} />
    </Text>
  );
});
