import {memo} from 'react';
import {Text} from 'ink';
import type {GotoState} from '../../explorer/state.js';
import {displayWidth, foldNewlines, graphemes, truncate} from '../../text/format.js';
import {textStyle, useTheme, type Role} from '../theme.js';
import {fittingHints, HintTexts, type KeyHint} from './footer.js';

/** Props of the `:` prompt's line, shown in place of the footer while it is open. */
export type GotoBarProps = {
  readonly goto: GotoState;
  readonly hints: readonly KeyHint[];
  readonly width: number;
};

/** What the prompt is doing, after the id: fetching it, or why it did not open. */
function status(goto: GotoState): {readonly text: string; readonly role: Role} | null {
  if (goto.pending !== null) return {text: `fetching run ${goto.pending}…`, role: 'muted'};
  if (goto.problem !== null) return {text: goto.problem, role: 'warning'};
  if (goto.text === '') return {text: 'run id (a pasted …/runs/ID URL works too)', role: 'muted'};
  return null;
}

const GAP = 2;

/** The end of `text` that fits in `width` cells, after an ellipsis when cut. */
function tail(text: string, width: number, ellipsis: string): string {
  if (displayWidth(text) <= width) return text;
  const kept: string[] = [];
  let used = displayWidth(ellipsis);
  for (const grapheme of graphemes(text).reverse()) {
    used += displayWidth(grapheme);
    if (used > width) break;
    kept.unshift(grapheme);
  }
  return `${ellipsis}${kept.join('')}`;
}

/**
 * `:fr_abc123▏  fetching run fr_abc123…  Enter open  Esc cancel`, never wider than
 * `width`: the id and what happened to it come first, the key hints take what is left.
 */
export const GotoBar = memo(function GotoBar({goto, hints, width}: GotoBarProps) {
  const theme = useTheme();
  const {cursor, ellipsis} = theme.symbols;
  // The end of a long id is where the user types: it is the part kept.
  const prompt = `:${foldNewlines(goto.text)}${goto.pending === null ? cursor : ''}`;
  const said = status(goto);
  // What happened to the id matters more than all of it: a long one leaves room for that.
  const promptRoom = said === null ? width : Math.max(12, width >> 1);
  const shownPrompt = tail(prompt, Math.max(1, Math.min(width, promptRoom)), ellipsis);
  let room = width - displayWidth(shownPrompt);
  const saidText =
    said === null || room <= GAP ? '' : truncate(foldNewlines(said.text), room - GAP, ellipsis);
  room -= saidText === '' ? 0 : GAP + displayWidth(saidText);
  const shown = fittingHints(hints, room);
  return (
    <Text wrap="truncate">
      <Text {...textStyle(theme, 'accent')}>{shownPrompt}</Text>
      {saidText === '' || said === null ? null : (
        <Text {...textStyle(theme, said.role)}>{`${' '.repeat(GAP)}${saidText}`}</Text>
      )}
      <HintTexts hints={shown} />
    </Text>
  );
});
