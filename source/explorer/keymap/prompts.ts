// The keys of the prompts: the `:` prompt, the search bar, the flow picker and its search,
// the go-to-page prompt and the help overlay, each with a catch-all for typed text or for
// closing.
import {digits, rows, text, type Context} from './bindings.js';

/** The `:` and go-to-page prompts, the search bar, the flow picker and its search, the help. */
export const PROMPTS: readonly Context[] = [
  {
    modes: ['goto'],
    bindings: rows(
      [
        'enter',
        'Enter',
        'Fetch the run and open its detail',
        {type: 'goto-submit'},
        ['Enter', 'open'],
      ],
      [
        'esc',
        'Esc',
        'Close the prompt, back where you were',
        {type: 'goto-cancel'},
        ['Esc', 'cancel'],
      ],
      ['bs del', '⌫', 'Delete the last character', {type: 'goto-erase'}],
      ['C-u', 'Ctrl-U', 'Erase the id', {type: 'goto-clear'}, ['^U', 'erase']],
      [
        'any',
        'any text',
        'Type or paste the run id (a pasted …/runs/ID URL works too)',
        (input, key) => ({type: 'goto-input', text: text(input, key)}),
      ],
    ),
  },
  {
    modes: ['search'],
    bindings: rows(
      [
        'enter',
        'Enter',
        'Keep the search: the list shows only the matches',
        {type: 'search-keep'},
        ['Enter', 'keep'],
      ],
      ['esc', 'Esc', 'Clear the search', {type: 'search-cancel'}, ['Esc', 'clear']],
      ['bs del', '⌫', 'Delete the last character', {type: 'search-erase'}],
      ['C-u', 'Ctrl-U', 'Erase the query', {type: 'search-clear-query'}, ['^U', 'erase']],
      ['up', '↑', 'Select the previous match', {type: 'move', by: -1}],
      ['down', '↓', 'Select the next match', {type: 'move', by: 1}],
      [
        'any',
        'any text',
        'Type the query (case-insensitive)',
        (input, key) => ({type: 'search-input', text: text(input, key)}),
      ],
    ),
  },
  {
    modes: ['flows'],
    bindings: rows(
      ['up k', '↑/k', 'Highlight the previous flow', {type: 'picker-move', by: -1}],
      ['down j', '↓/j', 'Highlight the next flow', {type: 'picker-move', by: 1}, ['↑↓', 'choose']],
      // One line each in the help: the picker's section must not push the detail's off screen.
      [
        'pgup pgdn',
        'PgUp/PgDn',
        'Up or down one screen of flows',
        (_, key) => ({type: 'picker-move', by: key.pageUp ? -1 : 1, unit: 'screen'}),
      ],
      [
        'home g end G',
        'g/G',
        'First choice (All flows) or last flow',
        (input, key) => ({
          type: 'picker-move',
          by: key.home || input === 'g' ? -1 : 1,
          unit: 'all',
        }),
      ],
      [
        'enter',
        'Enter',
        'Show the runs of the highlighted flow, from page 1',
        {type: 'picker-choose', index: null},
        ['Enter', 'pick'],
      ],
      [
        digits(9),
        '1-9',
        'Pick the flow with that number in the list',
        (input) => ({type: 'picker-choose', index: Number(input) - 1}),
      ],
      [
        '/',
        '/',
        'Search the flows by name or id',
        {type: 'picker-search', edit: 'start'},
        ['/', 'search'],
      ],
      [
        'esc q',
        'Esc/q',
        'Close the flow picker, keeping the filter',
        {type: 'close-flow-picker'},
        ['Esc', 'cancel'],
      ],
      [
        'any',
        'any text',
        'Start the search with it (/ first for the keys above)',
        (input, key) => ({type: 'picker-type', text: text(input, key)}),
      ],
    ),
  },
  {
    modes: ['flow-search'],
    bindings: rows(
      [
        'enter',
        'Enter',
        'Show the runs of the highlighted flow, from page 1',
        {type: 'picker-choose', index: null},
        ['Enter', 'pick'],
      ],
      [
        'esc',
        'Esc',
        'Clear the search and show every flow again',
        {type: 'picker-search', edit: 'stop'},
        ['Esc', 'clear'],
      ],
      ['bs del', '⌫', 'Delete the last character', {type: 'picker-search', edit: 'erase'}],
      [
        'C-u',
        'Ctrl-U',
        'Erase the search',
        {type: 'picker-search', edit: 'clear'},
        ['^U', 'erase'],
      ],
      [
        'up down',
        '↑/↓',
        'Highlight the previous or next match',
        (_, key) => ({type: 'picker-move', by: key.upArrow ? -1 : 1}),
      ],
      [
        'any',
        'any text',
        'Type the search: name or id, case-insensitive',
        (input, key) => ({type: 'picker-type', text: text(input, key)}),
      ],
    ),
  },
  {
    modes: ['page'],
    bindings: rows(
      [
        'enter',
        'Enter',
        'Go to the page typed',
        {type: 'page-prompt', edit: 'go'},
        ['Enter', 'go'],
      ],
      [
        'esc',
        'Esc',
        'Close the prompt, staying on this page',
        {type: 'page-prompt', edit: 'cancel'},
        ['Esc', 'cancel'],
      ],
      ['bs del', '⌫', 'Delete the last digit', {type: 'page-prompt', edit: 'erase'}],
      ['C-u', 'Ctrl-U', 'Erase the number', {type: 'page-prompt', edit: 'clear'}],
      [
        'any',
        '0-9',
        'Type the page number',
        (input, key) => ({type: 'page-type', text: text(input, key)}),
      ],
    ),
  },
  {
    modes: ['profiles'],
    bindings: rows(
      ['up k', '↑/k', 'Highlight the previous profile', {type: 'profile-move', by: -1}],
      [
        'down j',
        '↓/j',
        'Highlight the next profile',
        {type: 'profile-move', by: 1},
        ['↑↓', 'choose'],
      ],
      [
        'enter',
        'Enter',
        'Reconnect with the highlighted profile (its key, host, filters)',
        {type: 'profile-choose', index: null},
        ['Enter', 'connect'],
      ],
      [
        digits(9),
        '1-9',
        'Reconnect with the profile of that number',
        (input) => ({type: 'profile-choose', index: Number(input) - 1}),
      ],
      [
        'esc q',
        'Esc/q',
        'Close, staying on the current profile',
        {type: 'close-profiles'},
        ['Esc', 'cancel'],
      ],
    ),
  },
  {
    modes: ['help'],
    bindings: rows(
      ['down j', '↓/j', 'Scroll this help down', {type: 'scroll-help', by: 1}, ['j/k', 'scroll']],
      ['up k', '↑/k', 'Scroll this help up', {type: 'scroll-help', by: -1}],
      ['pgdn space', 'PgDn/Space', 'Scroll this help down a page', {type: 'scroll-help', by: 10}],
      ['pgup', 'PgUp', 'Scroll this help up a page', {type: 'scroll-help', by: -10}],
      ['any', 'any key', 'Close this help', {type: 'toggle-help'}, ['any key', 'close']],
    ),
  },
];
