import {Box, Text} from 'ink';
import {displayWidth, foldNewlines, padEnd, truncate, wrap} from '../../text/format.js';
import {textStyle, useTheme} from '../theme.js';
import {lineWidth, seg, type Line} from './line.js';
import {LineView} from './line-view.js';

/** One key binding as the keymap describes it. */
export type HelpBinding = {readonly keys: string; readonly help: string};

/** A titled group of bindings, e.g. one per mode. */
export type HelpSection = {readonly title: string; readonly bindings: readonly HelpBinding[]};

/** Props of the help overlay. */
export type HelpOverlayProps = {
  readonly sections: readonly HelpSection[];
  readonly width: number;
  readonly height: number;
  /** Lines scrolled past (clamped here to what the content allows). */
  readonly scroll?: number;
};

// Border (1 + 1) and horizontal padding (1 + 1).
const FRAME_X = 4;
// Top and bottom border.
const FRAME_Y = 2;
const COLUMN_GAP = 4;
const KEYS_MAX = 16;
// Narrower halves would cut most help texts short; better one column and a scroll note.
const MIN_HALF = 28;

// A description longer than its room wraps under itself, never under the keys: cut short,
// "Select the next run waiting in re…" would hide what the key does.
function sectionLines(
  section: HelpSection,
  keyWidth: number,
  room: number,
  ellipsis: string,
): Line[] {
  const helpRoom = Math.max(1, room - keyWidth - 2);
  return [
    [seg(truncate(foldNewlines(section.title), room, ellipsis), 'heading')],
    ...section.bindings.flatMap((binding): Line[] => {
      const keys = padEnd(foldNewlines(binding.keys), keyWidth, ellipsis);
      const parts = wrap(foldNewlines(binding.help), helpRoom);
      return (parts.length === 0 ? [''] : parts).map((part, index) => [
        seg(index === 0 ? keys : ' '.repeat(keyWidth), index === 0 ? 'key' : 'plain'),
        seg('  '),
        seg(truncate(part, helpRoom, ellipsis)),
      ]);
    }),
  ];
}

function stack(blocks: readonly Line[][]): Line[] {
  return blocks.flatMap((block, index) => (index === 0 ? block : [[], ...block]));
}

function sideBySide(left: readonly Line[], right: readonly Line[], leftWidth: number): Line[] {
  return Array.from({length: Math.max(left.length, right.length)}, (_, index) => {
    const l = left[index] ?? [];
    const r = right[index] ?? [];
    return r.length === 0
      ? l
      : [...l, seg(' '.repeat(leftWidth - lineWidth(l) + COLUMN_GAP)), ...r];
  });
}

/**
 * The overlay's body lines for an inner width and height: two columns of sections when they
 * fit side by side, or when one column is too tall and halves are still readable.
 */
export function helpLines(
  sections: readonly HelpSection[],
  inner: number,
  rows: number,
  ellipsis = '…',
): Line[] {
  const keyWidth = Math.min(
    KEYS_MAX,
    Math.max(1, ...sections.flatMap((s) => s.bindings.map((b) => displayWidth(b.keys)))),
  );
  const blocksFor = (room: number) =>
    sections.map((s) => sectionLines(s, keyWidth, room, ellipsis));
  const single = blocksFor(inner);
  const natural = Math.max(0, ...single.flat().map(lineWidth));
  const half = Math.floor((inner - COLUMN_GAP) / 2);
  const fitsNaturally = natural * 2 + COLUMN_GAP <= inner;
  const tooTall = stack(single).length > rows && half >= MIN_HALF;
  if (sections.length < 2 || !(fitsNaturally || tooTall)) return stack(single);
  const blocks = fitsNaturally ? single : blocksFor(half);
  const columnWidth = fitsNaturally ? natural : half;
  // Split where the taller column is shortest, keeping each section whole; but a first
  // section that fills the screen would hide the one after it below the fold, so then the
  // second column starts with that one (the run detail's keys, after the list's).
  let split = 1;
  let best = Number.POSITIVE_INFINITY;
  const firstFills = (blocks[0]?.length ?? 0) >= rows;
  for (let at = 1; at < blocks.length && !firstFills; at++) {
    const taller = Math.max(stack(blocks.slice(0, at)).length, stack(blocks.slice(at)).length);
    if (taller < best) {
      best = taller;
      split = at;
    }
  }
  return sideBySide(stack(blocks.slice(0, split)), stack(blocks.slice(split)), columnWidth);
}

// Rows of bindings the box has room for: the box's height less its border and closing line.
const bodyRows = (height: number): number => height - FRAME_Y - 1;

/** How far the help can scroll in a `width` x `height` box: its lines less those that fit. */
export function helpMaxScroll(
  sections: readonly HelpSection[],
  width: number,
  height: number,
): number {
  if (width < FRAME_X + 10 || height < FRAME_Y + 2) return 0;
  const room = bodyRows(height);
  return Math.max(0, helpLines(sections, width - FRAME_X, room).length - room);
}

/** Every key binding in a bordered box that fits the terminal; says so when some do not fit. */
export function HelpOverlay({sections, width, height, scroll = 0}: HelpOverlayProps) {
  const theme = useTheme();
  const {ellipsis} = theme.symbols;
  if (width < FRAME_X + 10 || height < FRAME_Y + 2) {
    return (
      <Text wrap="truncate">
        {truncate('Help needs a larger terminal · any key closes', width, ellipsis)}
      </Text>
    );
  }
  const room = bodyRows(height);
  const body = helpLines(sections, width - FRAME_X, room, ellipsis);
  const start = Math.max(0, Math.min(Math.floor(scroll), body.length - room));
  const shown = body.length > room ? body.slice(start, start + room) : body;
  const hidden = body.length - shown.length;
  const below = body.length - start - shown.length;
  const closing =
    hidden > 0
      ? `${start > 0 ? `${start} above · ` : ''}${below} more below · j/k scroll · other keys close`
      : 'Press any key to close';
  const inner = Math.max(...shown.map(lineWidth), displayWidth(closing));
  const boxWidth = Math.min(width, inner + FRAME_X);
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1} width={boxWidth} borderDimColor>
      {shown.map((line, index) => (
        <LineView key={index} line={line} />
      ))}
      <Text wrap="truncate" {...textStyle(theme, hidden > 0 ? 'warning' : 'muted')}>
        {truncate(closing, boxWidth - FRAME_X, ellipsis)}
      </Text>
    </Box>
  );
}
