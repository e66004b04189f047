// The keys of the health view. Esc and H both go back, so the key that opened it closes it.
import {rows, type Context} from './bindings.js';

/** The health view's bindings, in the order the help lists them. */
export const HEALTH: readonly Context[] = [
  {
    modes: ['health'],
    bindings: rows(
      ['up k', '↑/k', 'Select the previous flow', {type: 'health-move', by: -1, unit: 'line'}],
      [
        'down j',
        '↓/j',
        'Select the next flow',
        {type: 'health-move', by: 1, unit: 'line'},
        ['↑↓', 'move'],
      ],
      ['pgup', 'PgUp', 'Up one screen of flows', {type: 'health-move', by: -1, unit: 'screen'}],
      ['pgdn', 'PgDn', 'Down one screen of flows', {type: 'health-move', by: 1, unit: 'screen'}],
      [
        'home g',
        'g/Home',
        'Select the workspace total',
        {type: 'health-move', by: -1, unit: 'all'},
      ],
      ['end G', 'G/End', 'Select the last flow', {type: 'health-move', by: 1, unit: 'all'}],
      [
        'enter',
        'Enter',
        "Open the run list of the selected flow (the total: every flow's)",
        {type: 'health-open-flow'},
        ['Enter', 'runs'],
      ],
      [
        'w',
        'w',
        'Next window: 1h, 6h, 24h, 7d (compared with the window before)',
        {type: 'cycle-window', by: 1},
        ['w', 'window'],
      ],
      ['W', 'W', 'Previous window', {type: 'cycle-window', by: -1}],
      ['r', 'r', 'Refresh the figures now', {type: 'health-refresh'}, ['r', 'refresh']],
      ['p', 'p', 'Pause or resume auto-refresh', {type: 'toggle-pause'}],
      ['esc H', 'Esc/H', 'Back to the run list', {type: 'toggle-health'}, ['Esc', 'back']],
      ['?', '?', 'Show all keys', {type: 'toggle-help'}, ['?', 'help']],
      ['q', 'q', 'Quit', 'quit', ['q', 'quit']],
    ),
  },
];
