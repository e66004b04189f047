// One table of key bindings. Dispatch, the footer hints, the help overlay and the readme's
// key table are all generated from it, so what the keys do and what the screen says they
// do cannot drift apart. Nothing binds Ctrl-a, Ctrl-b or Ctrl-h/j/k/l: tmux owns those.
import type {Key} from 'ink';
import {cellWidth} from '../text/width.js';
import {KNOWN_STATUSES} from '../domain/run.js';
import type {Action, Filter, Mode} from './state.js';

/** A named key of Ink's `useInput`, matched as a flag on its `key` argument. */
type KeyFlag = 'upArrow' | 'downArrow' | 'leftArrow' | 'rightArrow' | 'pageUp' | 'pageDown';
type KeyName = KeyFlag | 'home' | 'end' | 'return' | 'escape' | 'tab' | 'backspace' | 'delete';

/** What one physical key looks like to `useInput`: a printable character or a named key. */
export type KeySpec =
  | {readonly input: string; readonly ctrl?: true}
  | {readonly key: KeyName; readonly shift?: boolean}
  | {readonly any: true};

/** One row of the table. */
export type Binding = {
  readonly keys: readonly KeySpec[];
  /** How the keys are written on screen and in the readme, e.g. `↑/k`. */
  readonly label: string;
  /** The footer's short form, e.g. `↑↓ move`; null keeps the binding out of the footer. */
  readonly footer: {readonly keys: string; readonly label: string} | null;
  readonly help: string;
  readonly modes: readonly Mode[];
  /** What the binding does; a function when the pressed key picks the action (1-5). */
  readonly action: Action | 'quit' | ((input: string, key: Key) => Action);
};

const ALL: readonly Mode[] = ['list', 'detail', 'help', 'search', 'flows', 'flow-search'];
const SEARCH: readonly Mode[] = ['search'];
const FLOWS: readonly Mode[] = ['flows'];
const FLOW_SEARCH: readonly Mode[] = ['flow-search'];
const HELP: readonly Mode[] = ['help'];
const PICK_DIGITS = Array.from({length: 9}, (_, index) => ({input: String(index + 1)}));
const LIST: readonly Mode[] = ['list'];
const DETAIL: readonly Mode[] = ['detail'];
const BROWSE: readonly Mode[] = ['list', 'detail'];

// The tab order; state.ts exports the same as FILTERS but imports this module.
const FILTERS: readonly Filter[] = ['all', ...KNOWN_STATUSES];
const DIGITS = FILTERS.map((_, index) => ({input: String(index + 1)}));

/**
 * Every binding, in the order the help overlay and the readme list them. The first match
 * wins, so Ctrl-C comes before the help overlay's catch-all.
 */
export const BINDINGS: readonly Binding[] = [
  {
    keys: [{key: 'upArrow'}, {input: 'k'}],
    label: '↑/k',
    footer: null,
    help: 'Select the previous run',
    modes: LIST,
    action: {type: 'move', by: -1},
  },
  {
    keys: [{key: 'downArrow'}, {input: 'j'}],
    label: '↓/j',
    footer: {keys: '↑↓', label: 'move'},
    help: 'Select the next run',
    modes: LIST,
    action: {type: 'move', by: 1},
  },
  {
    keys: [{key: 'pageUp'}],
    label: 'PgUp',
    footer: null,
    help: 'Up one screen',
    modes: LIST,
    action: {type: 'page-screen', by: -1},
  },
  {
    keys: [{key: 'pageDown'}],
    label: 'PgDn',
    footer: null,
    help: 'Down one screen',
    modes: LIST,
    action: {type: 'page-screen', by: 1},
  },
  {
    keys: [{key: 'home'}, {input: 'g'}],
    label: 'g/Home',
    footer: null,
    help: 'Select the first run of the page',
    modes: LIST,
    action: {type: 'move-to', to: 'first'},
  },
  {
    keys: [{key: 'end'}, {input: 'G'}],
    label: 'G/End',
    footer: null,
    help: 'Select the last run of the page',
    modes: LIST,
    action: {type: 'move-to', to: 'last'},
  },
  {
    keys: [{key: 'leftArrow'}, {input: 'h'}],
    label: '←/h',
    footer: null,
    help: 'Previous page of runs',
    modes: LIST,
    action: {type: 'turn-page', by: -1},
  },
  {
    keys: [{key: 'rightArrow'}, {input: 'l'}],
    label: '→/l',
    footer: {keys: '←→', label: 'page'},
    help: 'Next page of runs',
    modes: LIST,
    action: {type: 'turn-page', by: 1},
  },
  {
    keys: [{key: 'tab', shift: false}, {input: 's'}],
    label: 'Tab/s',
    footer: {keys: 'Tab', label: 'filter'},
    help: 'Next status filter (All, Processing, Review, Completed, Failed)',
    modes: LIST,
    action: {type: 'cycle-filter', by: 1},
  },
  {
    keys: [{key: 'tab', shift: true}],
    label: 'Shift-Tab',
    footer: null,
    help: 'Previous status filter',
    modes: LIST,
    action: {type: 'cycle-filter', by: -1},
  },
  {
    keys: DIGITS,
    label: '1-5',
    footer: null,
    help: 'Status filter: 1 All, 2 Processing, 3 Review, 4 Completed, 5 Failed',
    modes: LIST,
    action: (input) => ({type: 'set-filter', filter: FILTERS[Number(input) - 1] ?? 'all'}),
  },
  {
    keys: [{key: 'return'}],
    label: 'Enter',
    footer: {keys: 'Enter', label: 'open'},
    help: 'Open the selected run',
    modes: LIST,
    action: {type: 'open-detail'},
  },
  {
    keys: [{input: '/'}],
    label: '/',
    footer: {keys: '/', label: 'search'},
    help: 'Search the page: run id, flow, metadata values, error text',
    modes: LIST,
    action: {type: 'search-start'},
  },
  {
    keys: [{input: 'n'}],
    label: 'n',
    footer: null,
    help: 'Next search match',
    modes: LIST,
    action: {type: 'next-match', by: 1},
  },
  {
    keys: [{input: 'N'}],
    label: 'N',
    footer: null,
    help: 'Previous search match',
    modes: LIST,
    action: {type: 'next-match', by: -1},
  },
  {
    keys: [{key: 'escape'}],
    label: 'Esc',
    footer: null,
    help: 'Clear the search',
    modes: LIST,
    action: {type: 'search-cancel'},
  },
  {
    keys: [{input: '!'}],
    label: '!',
    footer: {keys: '!', label: 'failed'},
    help: 'Next failed run (on later pages when this one has none)',
    modes: LIST,
    action: {type: 'jump', status: 'failed'},
  },
  {
    keys: [{input: 'v'}],
    label: 'v',
    footer: null,
    help: 'Next run waiting in review (on later pages when this one has none)',
    modes: LIST,
    action: {type: 'jump', status: 'review'},
  },
  {
    keys: [{input: 'f'}],
    label: 'f',
    footer: {keys: 'f', label: 'flow'},
    help: 'Pick the flow to show (or all flows)',
    modes: LIST,
    action: {type: 'open-flow-picker'},
  },
  {
    keys: [{input: 'c'}],
    label: 'c',
    footer: null,
    help: 'Mark every status change as seen',
    modes: LIST,
    action: {type: 'mark-seen'},
  },
  {
    keys: [{key: 'upArrow'}, {input: 'k'}],
    label: '↑/k',
    footer: null,
    help: 'Scroll the detail up',
    modes: DETAIL,
    action: {type: 'scroll-detail', by: -1, unit: 'line'},
  },
  {
    keys: [{key: 'downArrow'}, {input: 'j'}],
    label: '↓/j',
    footer: {keys: '↑↓', label: 'scroll'},
    help: 'Scroll the detail down',
    modes: DETAIL,
    action: {type: 'scroll-detail', by: 1, unit: 'line'},
  },
  {
    keys: [{key: 'pageUp'}],
    label: 'PgUp',
    footer: null,
    help: 'Scroll the detail up one screen',
    modes: DETAIL,
    action: {type: 'scroll-detail', by: -1, unit: 'screen'},
  },
  {
    keys: [{key: 'pageDown'}],
    label: 'PgDn',
    footer: null,
    help: 'Scroll the detail down one screen',
    modes: DETAIL,
    action: {type: 'scroll-detail', by: 1, unit: 'screen'},
  },
  {
    keys: [{key: 'home'}, {input: 'g'}],
    label: 'g/Home',
    footer: null,
    help: 'Top of the detail',
    modes: DETAIL,
    action: {type: 'scroll-detail', by: -1, unit: 'all'},
  },
  {
    keys: [{key: 'end'}, {input: 'G'}],
    label: 'G/End',
    footer: null,
    help: 'Bottom of the detail',
    modes: DETAIL,
    action: {type: 'scroll-detail', by: 1, unit: 'all'},
  },
  {
    keys: [{key: 'escape'}, {key: 'backspace'}, {key: 'delete'}, {input: 'q'}],
    label: 'Esc/⌫/q',
    footer: {keys: 'Esc', label: 'back'},
    help: 'Close the detail',
    modes: DETAIL,
    action: {type: 'close-detail'},
  },
  {
    keys: [{input: 'r'}],
    label: 'r',
    footer: {keys: 'r', label: 'refresh'},
    help: 'Refresh now (also retries after an auth error)',
    modes: BROWSE,
    action: {type: 'refresh'},
  },
  {
    keys: [{input: 'p'}],
    label: 'p',
    footer: {keys: 'p', label: 'pause'},
    help: 'Pause or resume auto-refresh',
    modes: BROWSE,
    action: {type: 'toggle-pause'},
  },
  {
    keys: [{input: '+'}, {input: '='}],
    label: '+',
    footer: null,
    help: 'Refresh more often (manual, 1, 2, 5, 10, 30, 60 s)',
    modes: BROWSE,
    action: {type: 'step-interval', by: -1},
  },
  {
    keys: [{input: '-'}],
    label: '-',
    footer: null,
    help: 'Refresh less often (down to manual: r only)',
    modes: BROWSE,
    action: {type: 'step-interval', by: 1},
  },
  {
    keys: [{input: 't'}],
    label: 't',
    footer: null,
    help: 'Relative or absolute times',
    modes: BROWSE,
    action: {type: 'toggle-time'},
  },
  {
    keys: [{input: 'y'}],
    label: 'y',
    footer: null,
    help: 'Copy the run id (OSC 52: works over SSH and in tmux)',
    modes: BROWSE,
    action: {type: 'copy', what: 'id'},
  },
  {
    keys: [{input: 'Y'}],
    label: 'Y',
    footer: null,
    help: 'Copy the run as JSON, in the API shape',
    modes: BROWSE,
    action: {type: 'copy', what: 'json'},
  },
  {
    keys: [{input: '?'}],
    label: '?',
    footer: {keys: '?', label: 'help'},
    help: 'Show all keys',
    modes: BROWSE,
    action: {type: 'toggle-help'},
  },
  {
    keys: [{input: 'q'}],
    label: 'q',
    footer: {keys: 'q', label: 'quit'},
    help: 'Quit',
    modes: LIST,
    action: 'quit',
  },
  {
    keys: [{input: 'c', ctrl: true}],
    label: 'Ctrl-C',
    footer: null,
    help: 'Quit',
    modes: ALL,
    action: 'quit',
  },
  {
    keys: [{input: 'z', ctrl: true}],
    label: 'Ctrl-Z',
    footer: null,
    help: 'Suspend to the shell (fg brings it back)',
    modes: ALL,
    action: {type: 'suspend'},
  },
  {
    keys: [{input: 'l', ctrl: true}],
    label: 'Ctrl-L',
    footer: null,
    help: 'Redraw the whole screen',
    modes: ALL,
    action: {type: 'redraw'},
  },
  {
    keys: [{key: 'return'}],
    label: 'Enter',
    footer: {keys: 'Enter', label: 'keep'},
    help: 'Keep the search: the list shows only the matches',
    modes: SEARCH,
    action: {type: 'search-keep'},
  },
  {
    keys: [{key: 'escape'}],
    label: 'Esc',
    footer: {keys: 'Esc', label: 'clear'},
    help: 'Clear the search',
    modes: SEARCH,
    action: {type: 'search-cancel'},
  },
  {
    keys: [{key: 'backspace'}, {key: 'delete'}],
    label: '⌫',
    footer: null,
    help: 'Delete the last character',
    modes: SEARCH,
    action: {type: 'search-erase'},
  },
  {
    keys: [{input: 'u', ctrl: true}],
    label: 'Ctrl-U',
    footer: {keys: '^U', label: 'erase'},
    help: 'Erase the query',
    modes: SEARCH,
    action: {type: 'search-clear-query'},
  },
  {
    keys: [{key: 'upArrow'}],
    label: '↑',
    footer: null,
    help: 'Select the previous match',
    modes: SEARCH,
    action: {type: 'move', by: -1},
  },
  {
    keys: [{key: 'downArrow'}],
    label: '↓',
    footer: null,
    help: 'Select the next match',
    modes: SEARCH,
    action: {type: 'move', by: 1},
  },
  {
    keys: [{any: true}],
    label: 'any text',
    footer: null,
    help: 'Type the query (case-insensitive)',
    modes: SEARCH,
    // Other Ctrl and Alt chords are not text.
    action: (input, key) => ({type: 'search-input', text: key.ctrl || key.meta ? '' : input}),
  },
  {
    keys: [{key: 'upArrow'}, {input: 'k'}],
    label: '↑/k',
    footer: null,
    help: 'Highlight the previous flow',
    modes: FLOWS,
    action: {type: 'picker-move', by: -1},
  },
  {
    keys: [{key: 'downArrow'}, {input: 'j'}],
    label: '↓/j',
    footer: {keys: '↑↓', label: 'choose'},
    help: 'Highlight the next flow',
    modes: FLOWS,
    action: {type: 'picker-move', by: 1},
  },
  {
    // One line each in the help: the picker's section must not push the detail's off screen.
    keys: [{key: 'pageUp'}, {key: 'pageDown'}],
    label: 'PgUp/PgDn',
    footer: null,
    help: 'Up or down one screen of flows',
    modes: FLOWS,
    action: (_, key) => ({type: 'picker-move', by: key.pageUp ? -1 : 1, unit: 'screen'}),
  },
  {
    keys: [{key: 'home'}, {input: 'g'}, {key: 'end'}, {input: 'G'}],
    label: 'g/G',
    footer: null,
    help: 'First choice (All flows) or last flow',
    modes: FLOWS,
    action: (input, key) => ({
      type: 'picker-move',
      by: key.home || input === 'g' ? -1 : 1,
      unit: 'all',
    }),
  },
  {
    keys: [{key: 'return'}],
    label: 'Enter',
    footer: {keys: 'Enter', label: 'pick'},
    help: 'Show the runs of the highlighted flow, from page 1',
    modes: FLOWS,
    action: {type: 'picker-choose', index: null},
  },
  {
    keys: PICK_DIGITS,
    label: '1-9',
    footer: null,
    help: 'Pick the flow with that number in the list',
    modes: FLOWS,
    action: (input) => ({type: 'picker-choose', index: Number(input) - 1}),
  },
  {
    keys: [{input: '/'}],
    label: '/',
    footer: {keys: '/', label: 'search'},
    help: 'Search the flows by name or id',
    modes: FLOWS,
    action: {type: 'picker-search', edit: 'start'},
  },
  {
    keys: [{key: 'escape'}, {input: 'q'}],
    label: 'Esc/q',
    footer: {keys: 'Esc', label: 'cancel'},
    help: 'Close the flow picker, keeping the filter',
    modes: FLOWS,
    action: {type: 'close-flow-picker'},
  },
  {
    keys: [{key: 'return'}],
    label: 'Enter',
    footer: {keys: 'Enter', label: 'pick'},
    help: 'Show the runs of the highlighted flow, from page 1',
    modes: FLOW_SEARCH,
    action: {type: 'picker-choose', index: null},
  },
  {
    keys: [{key: 'escape'}],
    label: 'Esc',
    footer: {keys: 'Esc', label: 'clear'},
    help: 'Clear the search and show every flow again',
    modes: FLOW_SEARCH,
    action: {type: 'picker-search', edit: 'stop'},
  },
  {
    keys: [{key: 'backspace'}, {key: 'delete'}],
    label: '⌫',
    footer: null,
    help: 'Delete the last character',
    modes: FLOW_SEARCH,
    action: {type: 'picker-search', edit: 'erase'},
  },
  {
    keys: [{input: 'u', ctrl: true}],
    label: 'Ctrl-U',
    footer: {keys: '^U', label: 'erase'},
    help: 'Erase the search',
    modes: FLOW_SEARCH,
    action: {type: 'picker-search', edit: 'clear'},
  },
  {
    keys: [{key: 'upArrow'}, {key: 'downArrow'}],
    label: '↑/↓',
    footer: null,
    help: 'Highlight the previous or next match',
    modes: FLOW_SEARCH,
    action: (_, key) => ({type: 'picker-move', by: key.upArrow ? -1 : 1}),
  },
  {
    keys: [{any: true}],
    label: 'any text',
    footer: null,
    help: 'Type the search: name or id, case-insensitive',
    modes: FLOW_SEARCH,
    // Other Ctrl and Alt chords are not text.
    action: (input, key) => ({type: 'picker-type', text: key.ctrl || key.meta ? '' : input}),
  },
  {
    keys: [{key: 'downArrow'}, {input: 'j'}],
    label: '↓/j',
    footer: {keys: 'j/k', label: 'scroll'},
    help: 'Scroll this help down',
    modes: HELP,
    action: {type: 'scroll-help', by: 1},
  },
  {
    keys: [{key: 'upArrow'}, {input: 'k'}],
    label: '↑/k',
    footer: null,
    help: 'Scroll this help up',
    modes: HELP,
    action: {type: 'scroll-help', by: -1},
  },
  {
    keys: [{key: 'pageDown'}, {input: ' '}],
    label: 'PgDn/Space',
    footer: null,
    help: 'Scroll this help down a page',
    modes: HELP,
    action: {type: 'scroll-help', by: 10},
  },
  {
    keys: [{key: 'pageUp'}],
    label: 'PgUp',
    footer: null,
    help: 'Scroll this help up a page',
    modes: HELP,
    action: {type: 'scroll-help', by: -10},
  },
  {
    keys: [{any: true}],
    label: 'any key',
    footer: {keys: 'any key', label: 'close'},
    help: 'Close this help',
    modes: ['help'],
    action: {type: 'toggle-help'},
  },
];

function matches(spec: KeySpec, input: string, key: Key): boolean {
  if ('any' in spec) return true;
  if ('input' in spec) {
    const ctrl = spec.ctrl === true;
    return input === spec.input && key.ctrl === ctrl && (ctrl || !key.meta);
  }
  if (!key[spec.key] || key.ctrl) return false;
  return spec.shift === undefined || key.shift === spec.shift;
}

/** What a key press does in `mode`: an action, `'quit'`, or null when it is not bound. */
export function actionFor(input: string, key: Key, mode: Mode): Action | 'quit' | null {
  // Kitty's keyboard protocol reports releases too; a key acts once, on press.
  if (key.eventType === 'release') return null;
  for (const binding of BINDINGS) {
    if (!binding.modes.includes(mode)) continue;
    if (!binding.keys.some((spec) => matches(spec, input, key))) continue;
    return typeof binding.action === 'function' ? binding.action(input, key) : binding.action;
  }
  return null;
}

const MODE_TITLES: Readonly<Record<Mode, string>> = {
  list: 'Run list',
  detail: 'Run detail',
  help: 'Help',
  search: 'Search bar',
  flows: 'Flow picker',
  'flow-search': 'Flow search',
};

/** The help overlay: one section per mode, each a list of `{keys, help}`. */
export function helpSections(): readonly {
  readonly title: string;
  readonly bindings: readonly {readonly keys: string; readonly help: string}[];
}[] {
  return (['list', 'detail', 'search', 'flows', 'flow-search'] as const).map((mode) => ({
    title: MODE_TITLES[mode],
    bindings: BINDINGS.filter((binding) => binding.modes.includes(mode)).map((binding) => ({
      keys: binding.label,
      help: binding.help,
    })),
  }));
}

/** The footer's one-line help for `mode`, e.g. `↓/j move · Enter open · ? help · q quit`. */
export function footerHints(
  mode: Mode,
): readonly {readonly keys: string; readonly label: string}[] {
  return BINDINGS.flatMap((binding) =>
    binding.modes.includes(mode) && binding.footer !== null ? [binding.footer] : [],
  );
}

function whereLabel(modes: readonly Mode[]): string {
  if (modes.length === ALL.length) return 'everywhere';
  return modes.map((mode) => MODE_TITLES[mode].toLowerCase()).join(', ');
}

/**
 * A markdown table of every binding, laid out the way Prettier formats it (so formatting
 * the readme keeps it verbatim); the readme holds it between its key markers.
 */
export function keymapMarkdown(): string {
  const escape = (text: string): string => text.replaceAll('|', '\\|');
  const rows = [
    ['Keys', 'Where', 'Does'],
    ...BINDINGS.map((binding) => [
      escape(binding.label),
      whereLabel(binding.modes),
      escape(binding.help),
    ]),
  ];
  const widths = [0, 1, 2].map((column) =>
    Math.max(3, ...rows.map((row) => cellWidth(row[column] ?? ''))),
  );
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((cell, column) => cell + ' '.repeat((widths[column] ?? 0) - cellWidth(cell))).join(' | ')} |`;
  const [header = [], ...body] = rows;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)].join(
    '\n',
  );
}
