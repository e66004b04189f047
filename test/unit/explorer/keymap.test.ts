import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import type {Key} from 'ink';
import {
  BINDINGS,
  actionFor,
  footerHints,
  helpSections,
} from '../../../source/explorer/keymap/keymap.js';
import {keymapMarkdown} from '../../../.scripts/readme-keys.js';
import {MODES, type Mode} from '../../../source/explorer/state.js';
import {key} from '../../helpers/keys.js';

type Case = readonly [string, string, Partial<Key>, Mode, unknown];

// The contract table: what each key does in each mode.
const CONTRACT: readonly Case[] = [
  ['Up', '', {upArrow: true}, 'list', {type: 'move', by: -1}],
  ['k', 'k', {}, 'list', {type: 'move', by: -1}],
  ['Down', '', {downArrow: true}, 'list', {type: 'move', by: 1}],
  ['j', 'j', {}, 'list', {type: 'move', by: 1}],
  ['PgUp', '', {pageUp: true}, 'list', {type: 'page-screen', by: -1}],
  ['PgDn', '', {pageDown: true}, 'list', {type: 'page-screen', by: 1}],
  ['g', 'g', {}, 'list', {type: 'move-to', to: 'first'}],
  ['Home', '', {home: true}, 'list', {type: 'move-to', to: 'first'}],
  ['G', 'G', {shift: true}, 'list', {type: 'move-to', to: 'last'}],
  ['End', '', {end: true}, 'list', {type: 'move-to', to: 'last'}],
  ['Left', '', {leftArrow: true}, 'list', {type: 'turn-page', by: -1}],
  ['h', 'h', {}, 'list', {type: 'turn-page', by: -1}],
  ['Right', '', {rightArrow: true}, 'list', {type: 'turn-page', by: 1}],
  ['l', 'l', {}, 'list', {type: 'turn-page', by: 1}],
  ['Tab', '', {tab: true}, 'list', {type: 'cycle-filter', by: 1}],
  ['Shift-Tab', '', {tab: true, shift: true}, 'list', {type: 'cycle-filter', by: -1}],
  ['s', 's', {}, 'list', {type: 'cycle-filter', by: 1}],
  ['1', '1', {}, 'list', {type: 'set-filter', filter: 'all'}],
  ['2', '2', {}, 'list', {type: 'set-filter', filter: 'processing'}],
  ['3', '3', {}, 'list', {type: 'set-filter', filter: 'review'}],
  ['4', '4', {}, 'list', {type: 'set-filter', filter: 'completed'}],
  ['5', '5', {}, 'list', {type: 'set-filter', filter: 'failed'}],
  ['Enter', '', {return: true}, 'list', {type: 'open-detail'}],
  ['r', 'r', {}, 'list', {type: 'refresh'}],
  ['p', 'p', {}, 'list', {type: 'toggle-pause'}],
  ['?', '?', {}, 'list', {type: 'toggle-help'}],
  ['q', 'q', {}, 'list', 'quit'],
  ['Ctrl-C', 'c', {ctrl: true}, 'list', 'quit'],
  ['Esc', '', {escape: true, meta: true}, 'detail', {type: 'close-detail'}],
  ['Backspace (^H)', '', {backspace: true}, 'detail', {type: 'close-detail'}],
  ['Backspace (DEL)', '', {delete: true}, 'detail', {type: 'close-detail'}],
  ['q in detail', 'q', {}, 'detail', {type: 'close-detail'}],
  ['Up in detail', '', {upArrow: true}, 'detail', {type: 'scroll-detail', by: -1, unit: 'line'}],
  ['k in detail', 'k', {}, 'detail', {type: 'scroll-detail', by: -1, unit: 'line'}],
  ['Down in detail', '', {downArrow: true}, 'detail', {type: 'scroll-detail', by: 1, unit: 'line'}],
  ['j in detail', 'j', {}, 'detail', {type: 'scroll-detail', by: 1, unit: 'line'}],
  ['PgUp in detail', '', {pageUp: true}, 'detail', {type: 'scroll-detail', by: -1, unit: 'screen'}],
  [
    'PgDn in detail',
    '',
    {pageDown: true},
    'detail',
    {type: 'scroll-detail', by: 1, unit: 'screen'},
  ],
  ['g in detail', 'g', {}, 'detail', {type: 'scroll-detail', by: -1, unit: 'all'}],
  ['G in detail', 'G', {shift: true}, 'detail', {type: 'scroll-detail', by: 1, unit: 'all'}],
  ['r in detail', 'r', {}, 'detail', {type: 'refresh'}],
  ['p in detail', 'p', {}, 'detail', {type: 'toggle-pause'}],
  ['Ctrl-C in detail', 'c', {ctrl: true}, 'detail', 'quit'],
  ['any key in help', 'x', {}, 'help', {type: 'toggle-help'}],
  ['q in help', 'q', {}, 'help', {type: 'toggle-help'}],
  ['Esc in help', '', {escape: true, meta: true}, 'help', {type: 'toggle-help'}],
  ['Ctrl-C in help', 'c', {ctrl: true}, 'help', 'quit'],
  ['j in split', 'j', {}, 'split', {type: 'move', by: 1}],
  ['Up in split', '', {upArrow: true}, 'split', {type: 'move', by: -1}],
  ['PgDn in split', '', {pageDown: true}, 'split', {type: 'page-screen', by: 1}],
  ['G in split', 'G', {shift: true}, 'split', {type: 'move-to', to: 'last'}],
  ['l in split', 'l', {}, 'split', {type: 'turn-page', by: 1}],
  ['J in split', 'J', {shift: true}, 'split', {type: 'scroll-detail', by: 1, unit: 'line'}],
  ['K in split', 'K', {shift: true}, 'split', {type: 'scroll-detail', by: -1, unit: 'line'}],
  ['Ctrl-D in split', 'd', {ctrl: true}, 'split', {type: 'scroll-detail', by: 1, unit: 'half'}],
  ['Ctrl-U in split', 'u', {ctrl: true}, 'split', {type: 'scroll-detail', by: -1, unit: 'half'}],
  ['Esc in split', '', {escape: true, meta: true}, 'split', {type: 'close-detail'}],
  ['q in split', 'q', {}, 'split', {type: 'close-detail'}],
  ['Enter in split', '', {return: true}, 'split', {type: 'open-detail'}],
  ['/ in split', '/', {}, 'split', {type: 'search-start'}],
  ['J in detail', 'J', {shift: true}, 'detail', {type: 'scroll-detail', by: 1, unit: 'line'}],
  ['Ctrl-D in detail', 'd', {ctrl: true}, 'detail', {type: 'scroll-detail', by: 1, unit: 'half'}],
  ['Ctrl-U in detail', 'u', {ctrl: true}, 'detail', {type: 'scroll-detail', by: -1, unit: 'half'}],
  [': in list', ':', {}, 'list', {type: 'goto-start'}],
  [': in split', ':', {}, 'split', {type: 'goto-start'}],
  [': in detail', ':', {}, 'detail', {type: 'goto-start'}],
  ['Enter in the run id prompt', '', {return: true}, 'goto', {type: 'goto-submit'}],
  ['Esc in the run id prompt', '', {escape: true, meta: true}, 'goto', {type: 'goto-cancel'}],
  ['q in the run id prompt', 'q', {}, 'goto', {type: 'goto-input', text: 'q'}],
  ['Ctrl-U in the run id prompt', 'u', {ctrl: true}, 'goto', {type: 'goto-clear'}],
  ['Backspace in the run id prompt', '', {delete: true}, 'goto', {type: 'goto-erase'}],
  ['Ctrl-C in the run id prompt', 'c', {ctrl: true}, 'goto', 'quit'],
  ['<', '<', {}, 'list', {type: 'sort-by', by: -1}],
  ['>', '>', {}, 'list', {type: 'sort-by', by: 1}],
  ['I', 'I', {shift: true}, 'list', {type: 'sort-invert'}],
  ['[', '[', {}, 'list', {type: 'page-end', to: 'first'}],
  [']', ']', {}, 'list', {type: 'page-end', to: 'last'}],
  ['#', '#', {}, 'list', {type: 'page-prompt', edit: 'start'}],
  ['Space', ' ', {}, 'list', {type: 'toggle-mark'}],
  ['Esc in the list', '', {escape: true, meta: true}, 'list', {type: 'clear-search-or-marks'}],
  ['y', 'y', {}, 'list', {type: 'copy', what: 'id'}],
  ['a digit in the page prompt', '7', {}, 'page', {type: 'page-type', text: '7'}],
  ['Enter in the page prompt', '', {return: true}, 'page', {type: 'page-prompt', edit: 'go'}],
  [
    'Esc in the page prompt',
    '',
    {escape: true, meta: true},
    'page',
    {type: 'page-prompt', edit: 'cancel'},
  ],
  [
    'Backspace in the page prompt',
    '',
    {backspace: true},
    'page',
    {type: 'page-prompt', edit: 'erase'},
  ],
  ['Ctrl-U in the page prompt', 'u', {ctrl: true}, 'page', {type: 'page-prompt', edit: 'clear'}],
  ['q in the page prompt', 'q', {}, 'page', {type: 'page-type', text: 'q'}],
  ['Ctrl-C in the page prompt', 'c', {ctrl: true}, 'page', 'quit'],
  ['Space in detail', ' ', {}, 'detail', null],
];

for (const [name, input, flags, mode, expected] of CONTRACT) {
  test(`${name} in ${mode} mode does what the contract says`, () => {
    assert.deepEqual(actionFor(input, key(flags), mode), expected);
  });
}

test('no binding reacts to Ctrl-a, Ctrl-b or Ctrl-h/j/k, which tmux users keep', () => {
  for (const letter of ['a', 'b', 'h', 'j', 'k']) {
    for (const mode of ['list', 'split', 'detail'] as const) {
      assert.equal(actionFor(letter, key({ctrl: true}), mode), null, `Ctrl-${letter} in ${mode}`);
    }
  }
});

test('no key scrolls the detail or the preview with Ctrl-h/j/k/l (Ctrl-L only redraws)', () => {
  for (const mode of ['split', 'detail'] as const) {
    for (const letter of ['h', 'j', 'k', 'l']) {
      const action = actionFor(letter, key({ctrl: true}), mode);
      assert.ok(action === null || (action !== 'quit' && action.type === 'redraw'), mode);
    }
  }
});

test('Ctrl-L redraws and Ctrl-Z suspends, in every mode, the help overlay included', () => {
  for (const mode of MODES) {
    assert.deepEqual(actionFor('l', key({ctrl: true}), mode), {type: 'redraw'}, mode);
    assert.deepEqual(actionFor('z', key({ctrl: true}), mode), {type: 'suspend'}, mode);
  }
});

test('unbound keys do nothing outside the help overlay', () => {
  assert.equal(actionFor('x', key(), 'list'), null);
  assert.equal(actionFor('', key({leftArrow: true}), 'detail'), null);
  assert.equal(actionFor('', key({backspace: true}), 'list'), null);
});

test('a key release reported by the kitty protocol does nothing', () => {
  assert.equal(actionFor('j', key({eventType: 'release'}), 'list'), null);
});

test('Alt-j is not j', () => {
  assert.equal(actionFor('j', key({meta: true}), 'list'), null);
});

test('the footer hints come from the table, per mode', () => {
  const list = footerHints('list').map((hint) => `${hint.keys} ${hint.label}`);
  assert.deepEqual(list, [
    '↑↓ move',
    '←→ page',
    'Tab filter',
    'Enter open',
    '/ search',
    '! failed',
    'f flow',
    'H health',
    'r refresh',
    'p pause',
    '? help',
    ': run id',
    'q quit',
  ]);
  const detail = footerHints('detail').map((hint) => `${hint.keys} ${hint.label}`);
  assert.deepEqual(detail, ['↑↓ scroll', 'Esc back', 'r refresh', 'p pause', '? help', ': run id']);
  // The split view: the list's hints, but Esc closes it and Enter is not "open".
  const split = footerHints('split').map((hint) => `${hint.keys} ${hint.label}`);
  assert.deepEqual(split.slice(0, 3), ['J/K scroll', 'Esc close', '↑↓ move']);
  assert.ok(!split.includes('Enter open') && !split.includes('q quit'), split.join(', '));
  const goto = footerHints('goto').map((hint) => `${hint.keys} ${hint.label}`);
  assert.deepEqual(goto, ['Enter open', 'Esc cancel', '^U erase']);
  const page = footerHints('page').map((hint) => `${hint.keys} ${hint.label}`);
  assert.deepEqual(page, ['Enter go', 'Esc cancel']);
  const health = footerHints('health').map((hint) => `${hint.keys} ${hint.label}`);
  assert.deepEqual(health, [
    '↑↓ move',
    'Enter runs',
    'w window',
    'r refresh',
    'Esc back',
    '? help',
    'q quit',
  ]);
});

test('the help overlay lists the bindings of the list, the detail, the health view, the search bar, the pickers and the page prompt', () => {
  const sections = helpSections();
  assert.deepEqual(
    sections.map((section) => section.title),
    [
      'Run list',
      'Split view (140+ columns)',
      'Run detail (full width)',
      'Health view',
      'Run id prompt (:)',
      'Search bar',
      'Flow picker',
      'Flow search',
      'Page prompt',
      'Profile picker',
    ],
  );
  // The split view's section lists only what differs from the list.
  const splitKeys = sections[1]?.bindings.map((binding) => binding.keys) ?? [];
  assert.deepEqual(splitKeys, ['J', 'K', 'Ctrl-D', 'Ctrl-U', 'Enter', 'Esc/⌫/q']);
  const listKeys = sections[0]?.bindings.map((binding) => binding.keys) ?? [];
  assert.ok(listKeys.includes('Shift-Tab'));
  assert.ok(listKeys.includes('1-5'));
  const detailHelp = sections[2]?.bindings.map((binding) => binding.help) ?? [];
  assert.ok(detailHelp.includes('Close the detail'));
});

test('the markdown table has one row per binding', () => {
  const lines = keymapMarkdown().split('\n');
  assert.match(lines[0] ?? '', /^\| Keys +\| Where +\| Does +\|$/);
  assert.equal(lines.length, BINDINGS.length + 2);
  assert.ok(
    lines.some((line) => /^\| Esc\/⌫\/q +\| run detail +\| Close the detail +\|$/.test(line)),
  );
});

test('the readme holds the key table verbatim between the key markers', () => {
  const readme = readFileSync(new URL('../../../readme.md', import.meta.url), 'utf8');
  const match = /<!-- keys:start -->\n([\s\S]*?)\n<!-- keys:end -->/.exec(readme);
  assert.ok(match, 'readme.md has <!-- keys:start --> and <!-- keys:end --> markers');
  assert.equal(match[1]?.trim(), keymapMarkdown());
});
