// Everything known about one run, as lines fitted to the pane's width. Pure: the reducer
// slices these to scroll, and the pane paints exactly the slice it is given.
import {isFinished, type Run, type RunDetail} from '../../domain/run.js';
import {elapsedFor} from '../../domain/durations.js';
import {
  foldNewlines,
  displayWidth,
  formatCount,
  formatAbsolute,
  formatAgoAt,
  formatDuration,
  NO_VALUE,
  padEnd,
  truncate,
} from '../../text/format.js';
import {statusRole, statusSymbol, UNICODE_SYMBOLS, type Role, type Symbols} from '../theme.js';
import {append, ERROR_LINES, FLOW_STEPS, TEXT_LINES, wrapAtMost} from './detail-caps.js';
import {driveLines, metadataLines} from './detail-sections.js';
import {seg, type Line} from './line.js';
import {timelineLines} from './timeline-lines.js';
import {stuckFor} from '../../domain/stuck.js';

/** What the detail pane shows. */
export type DetailInput = {
  /** The run as listed, shown at once while the full detail loads. */
  readonly run: Run;
  readonly detail: RunDetail | null;
  /** The flow's name if the list already knows it. */
  readonly flowName: string | null;
  readonly now: number;
  readonly width: number;
  readonly loading: boolean;
  /** Why the detail could not be fetched. */
  readonly error: string | null;
  readonly symbols?: Symbols;
  /** Print times in UTC instead of the local zone. */
  readonly utc?: boolean;
  /** Processing longer than this (ms) is flagged as stuck. */
  readonly stuckAfterMs?: number;
  /** Drive links as OSC 8 hyperlinks too (the URL is always shown). */
  readonly links?: boolean;
};

const LABEL_WIDTH = 10;
// Narrower than this, labels get a line of their own instead of a column.
const STACK_BELOW = 30;

function field(label: string, value: string, role: Role, width: number, max = TEXT_LINES): Line[] {
  if (width < STACK_BELOW) {
    return [
      [seg(truncate(label, width), 'label')],
      ...wrapAtMost(value, width, max).map((text) => [seg(text, role)]),
    ];
  }
  const lines = wrapAtMost(value, width - LABEL_WIDTH, max);
  return lines.map((text, index) => [
    index === 0 ? seg(padEnd(label, LABEL_WIDTH), 'label') : seg(' '.repeat(LABEL_WIDTH)),
    seg(text, role),
  ]);
}

function heading(title: string, width: number): Line[] {
  return [[], [seg(truncate(title, width), 'heading')]];
}

function when(at: number | null, now: number, utc: boolean): string {
  if (at === null) return NO_VALUE;
  return `${formatAbsolute(at, {utc})} (${formatAgoAt(at, now)})`;
}

// Steps are packed whole onto lines (the arrow held to its step by a no-break space), "1 Extract (extraction) → 2 …", so a step's name
// is only split when it is longer than a line on its own.
function stepsLines(run: RunDetail | null, arrow: string, width: number): Line[] {
  const all = run?.flow?.steps ?? [];
  if (all.length === 0) return [];
  const steps = all.slice(0, FLOW_STEPS);
  const stacked = width < STACK_BELOW;
  const room = stacked ? width : width - LABEL_WIDTH;
  const rows: string[] = [];
  steps.forEach((step, index) => {
    const text = `${index + 1} ${step.title} (${step.type})${index < all.length - 1 ? `\u00a0${arrow}` : ''}`;
    const current = rows.at(-1);
    if (current !== undefined && displayWidth(current) + 1 + displayWidth(text) <= room) {
      rows[rows.length - 1] = `${current} ${text}`;
    } else {
      append(rows, wrapAtMost(text, room, TEXT_LINES));
    }
  });
  if (all.length > steps.length)
    rows.push(`… ${formatCount(all.length - steps.length)} more steps`);
  const lines = field('Steps', rows[0] ?? '', 'plain', width);
  for (const row of rows.slice(1)) append(lines, field('', row, 'plain', width));
  return lines;
}

/** The detail pane's content: every line at most `width` cells, in display order. */
export function detailLines(input: DetailInput): readonly Line[] {
  const {now, loading, error} = input;
  const width = Math.max(1, Math.floor(input.width));
  const symbols = input.symbols ?? UNICODE_SYMBOLS;
  const utc = input.utc === true;
  // The fetched detail is newer than the list row; until it arrives the row is all there is.
  const run: Run = input.detail ?? input.run;
  const flowName = input.detail?.flow?.name ?? input.flowName;
  const status = `${statusSymbol(symbols, run.status)} ${foldNewlines(run.status)}`;
  const id = foldNewlines(run.id);
  const lines: Line[] = [
    [
      seg(truncate(id, width, symbols.ellipsis), 'accent'),
      seg(truncate(`  ${status}`, width - displayWidth(id)), statusRole(run.status)),
    ],
  ];
  if (loading) lines.push([seg(truncate('Loading run details…', width), 'muted')]);
  if (error !== null)
    lines.push(
      ...wrapAtMost(
        `${symbols.failed} Could not load the details: ${error}`,
        width,
        TEXT_LINES,
      ).map((t) => [seg(t, 'error')]),
    );
  lines.push([]);
  if (run.name !== undefined && run.name !== '')
    lines.push(...field('Name', run.name, 'plain', width));
  lines.push(
    ...field('Flow', flowName ?? run.flowId, flowName === null ? 'muted' : 'plain', width),
  );
  lines.push(...stepsLines(input.detail, symbols.arrow, width));
  lines.push(...field('Trigger', run.trigger, 'plain', width));
  lines.push(...field('Started', when(run.startedAt, now, utc), 'plain', width));
  lines.push(
    ...field(
      'Ended',
      isFinished(run.status) ? when(run.endedAt, now, utc) : `${NO_VALUE} (not finished)`,
      'plain',
      width,
    ),
  );
  const elapsed = elapsedFor(run, now);
  const duration =
    elapsed === null
      ? NO_VALUE
      : `${formatDuration(elapsed)}${isFinished(run.status) ? '' : ' so far'}`;
  lines.push(...field('Duration', duration, 'plain', width));
  const stuck = input.stuckAfterMs === undefined ? null : stuckFor(run, now, input.stuckAfterMs);
  if (stuck !== null) {
    const limit =
      run.status === 'review'
        ? 'more than a day in review'
        : `longer than ${formatDuration(input.stuckAfterMs ?? 0)}`;
    const text = `${symbols.stuck} ${foldNewlines(run.status)} for ${formatDuration(stuck)}, ${limit}`;
    lines.push(...field('Stuck', text, 'stuck', width));
  }
  if (run.error !== null && run.error !== '')
    append(lines, field('Error', run.error, 'error', width, ERROR_LINES));
  append(append(lines, heading('Timeline', width)), timelineLines(run, {now, width, symbols, utc}));
  append(append(lines, heading('Metadata', width)), metadataLines(run, width, symbols.ellipsis));
  append(
    append(lines, heading('Drive files', width)),
    driveLines(run, width, input.links === true),
  );
  return lines;
}
