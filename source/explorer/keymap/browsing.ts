// The keys of the run list, the split view, the run detail, and everywhere. No binding
// uses Ctrl-a, Ctrl-b or Ctrl-h/j/k: tmux users keep those. The first match wins, so these
// come before the catch-alls of the search bar and the help overlay (prompts.ts).
import {FILTERS, MODES} from '../state.js';
import {digits, rows, type Context} from './bindings.js';

// Half a screen, as in vim and less: Ctrl-D and Ctrl-U scroll the detail in either layout.
const PREVIEW_PAGING = [
  [
    'C-d',
    'Ctrl-D',
    'Scroll the detail down half a screen',
    {type: 'scroll-detail', by: 1, unit: 'half'},
  ],
  [
    'C-u',
    'Ctrl-U',
    'Scroll the detail up half a screen',
    {type: 'scroll-detail', by: -1, unit: 'half'},
  ],
] as const;

/** The list, the detail, and the keys that work everywhere; in the order the help lists them. */
export const BROWSING: readonly Context[] = [
  {
    // Before the list's keys, which the split keeps for the selection: these come first.
    modes: ['split'],
    bindings: rows(
      [
        'J',
        'J',
        'Scroll the preview down (list keys move the selection)',
        {type: 'scroll-detail', by: 1, unit: 'line'},
        ['J/K', 'scroll'],
      ],
      ['K', 'K', 'Scroll the preview up', {type: 'scroll-detail', by: -1, unit: 'line'}],
      ...PREVIEW_PAGING,
      [
        'enter',
        'Enter',
        'Preview the selected run (after : showed another)',
        {type: 'open-detail'},
      ],
      ['esc bs del q', 'Esc/⌫/q', 'Close the split view', {type: 'close-detail'}, ['Esc', 'close']],
    ),
  },
  {
    modes: ['list', 'split'],
    bindings: rows(
      ['up k', '↑/k', 'Select the previous run', {type: 'move', by: -1}],
      ['down j', '↓/j', 'Select the next run', {type: 'move', by: 1}, ['↑↓', 'move']],
      ['pgup', 'PgUp', 'Up one screen', {type: 'page-screen', by: -1}],
      ['pgdn', 'PgDn', 'Down one screen', {type: 'page-screen', by: 1}],
      ['home g', 'g/Home', 'Select the first run of the page', {type: 'move-to', to: 'first'}],
      ['end G', 'G/End', 'Select the last run of the page', {type: 'move-to', to: 'last'}],
      ['left h', '←/h', 'Previous page of runs', {type: 'turn-page', by: -1}],
      ['right l', '→/l', 'Next page of runs', {type: 'turn-page', by: 1}, ['←→', 'page']],
      ['[', '[', 'First page (and the newer runs above)', {type: 'page-end', to: 'first'}],
      [']', ']', 'Last page', {type: 'page-end', to: 'last'}],
      ['#', '#', 'Go to page N: type the number, Enter', {type: 'page-prompt', edit: 'start'}],
      [
        'tab s',
        'Tab/s',
        'Next status filter (All, Processing, Review, Completed, Failed)',
        {type: 'cycle-filter', by: 1},
        ['Tab', 'filter'],
      ],
      ['S-tab', 'Shift-Tab', 'Previous status filter', {type: 'cycle-filter', by: -1}],
      [
        digits(FILTERS.length),
        `1-${FILTERS.length}`,
        'Status filter: 1 All, 2 Processing, 3 Review, 4 Completed, 5 Failed',
        (input) => ({type: 'set-filter', filter: FILTERS[Number(input) - 1] ?? 'all'}),
      ],
      ['enter', 'Enter', 'Open the selected run', {type: 'open-detail'}, ['Enter', 'open']],
      [
        '/',
        '/',
        'Search the page: run id, flow, metadata values, error text',
        {type: 'search-start'},
        ['/', 'search'],
      ],
      ['n', 'n', 'Next search match', {type: 'next-match', by: 1}],
      ['N', 'N', 'Previous search match', {type: 'next-match', by: -1}],
      [
        'esc',
        'Esc',
        'Clear the search; with none, clear the marks',
        {type: 'clear-search-or-marks'},
      ],
      [
        '!',
        '!',
        'Next failed run (on later pages when this one has none)',
        {type: 'jump', status: 'failed'},
        ['!', 'failed'],
      ],
      [
        'v',
        'v',
        'Next run waiting in review (on later pages when this one has none)',
        {type: 'jump', status: 'review'},
      ],
      ['f', 'f', 'Pick the flow to show (or all flows)', {type: 'open-flow-picker'}, ['f', 'flow']],
      ['c', 'c', 'Mark every status change as seen', {type: 'mark-seen'}],
      [
        'space',
        'Space',
        'Mark or unmark the selected run (y copies the marked ids)',
        {type: 'toggle-mark'},
      ],
      [
        '< >',
        '< >',
        'Sort the page by the column to the left or right',
        (input) => ({
          type: 'sort-by',
          by: input === '<' ? -1 : 1,
        }),
      ],
      ['I', 'I', 'Invert the sort order', {type: 'sort-invert'}],
      [
        'H',
        'H',
        'Flow health: failures, durations, backlog and stuck runs per flow',
        {type: 'toggle-health'},
        ['H', 'health'],
      ],
    ),
  },
  {
    modes: ['detail'],
    bindings: rows(
      ['up k', '↑/k', 'Scroll the detail up', {type: 'scroll-detail', by: -1, unit: 'line'}],
      [
        'down j',
        '↓/j',
        'Scroll the detail down',
        {type: 'scroll-detail', by: 1, unit: 'line'},
        ['↑↓', 'scroll'],
      ],
      [
        'pgup',
        'PgUp',
        'Scroll the detail up one screen',
        {type: 'scroll-detail', by: -1, unit: 'screen'},
      ],
      [
        'pgdn',
        'PgDn',
        'Scroll the detail down one screen',
        {type: 'scroll-detail', by: 1, unit: 'screen'},
      ],
      [
        'J',
        'J',
        'Scroll the detail down (as in the split view)',
        {type: 'scroll-detail', by: 1, unit: 'line'},
      ],
      ['K', 'K', 'Scroll the detail up', {type: 'scroll-detail', by: -1, unit: 'line'}],
      ...PREVIEW_PAGING,
      ['home g', 'g/Home', 'Top of the detail', {type: 'scroll-detail', by: -1, unit: 'all'}],
      ['end G', 'G/End', 'Bottom of the detail', {type: 'scroll-detail', by: 1, unit: 'all'}],
      ['esc bs del q', 'Esc/⌫/q', 'Close the detail', {type: 'close-detail'}, ['Esc', 'back']],
    ),
  },
  {
    modes: ['list', 'split', 'detail'],
    bindings: rows(
      [
        'r',
        'r',
        'Refresh now (also retries after an auth error)',
        {type: 'refresh'},
        ['r', 'refresh'],
      ],
      ['p', 'p', 'Pause or resume auto-refresh', {type: 'toggle-pause'}, ['p', 'pause']],
      [
        '+ =',
        '+',
        'Refresh more often (manual, 1, 2, 5, 10, 30, 60 s)',
        {type: 'step-interval', by: -1},
      ],
      ['-', '-', 'Refresh less often (down to manual: r only)', {type: 'step-interval', by: 1}],
      ['t', 't', 'Relative or absolute times', {type: 'toggle-time'}],
      [
        'y',
        'y',
        'Copy the run id, or every marked one (OSC 52: works over SSH and in tmux)',
        {type: 'copy', what: 'id'},
      ],
      ['Y', 'Y', 'Copy the run as JSON, in the API shape', {type: 'copy', what: 'json'}],
      [
        'P',
        'P',
        "Switch profile: the config's profiles; Enter reconnects",
        {type: 'open-profiles'},
      ],
      ['?', '?', 'Show all keys', {type: 'toggle-help'}, ['?', 'help']],
      [
        ':',
        ':',
        'Jump to any run by id (type or paste it; Enter opens it)',
        {type: 'goto-start'},
        [':', 'run id'],
      ],
    ),
  },
  {modes: ['list'], bindings: rows(['q', 'q', 'Quit', 'quit', ['q', 'quit']])},
  {
    modes: MODES,
    bindings: rows(
      ['C-c', 'Ctrl-C', 'Quit', 'quit'],
      ['C-z', 'Ctrl-Z', 'Suspend to the shell (fg brings it back)', {type: 'suspend'}],
      ['C-l', 'Ctrl-L', 'Redraw the whole screen', {type: 'redraw'}],
    ),
  },
];
