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
import type {Mode} from '../../../source/explorer/state.js';
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
];

for (const [name, input, flags, mode, expected] of CONTRACT) {
  test(`${name} in ${mode} mode does what the contract says`, () => {
    assert.deepEqual(actionFor(input, key(flags), mode), expected);
  });
}

test('no binding reacts to Ctrl-a, Ctrl-b or Ctrl-h/j/k, which tmux users keep', () => {
  for (const letter of ['a', 'b', 'h', 'j', 'k']) {
    for (const mode of ['list', 'detail'] as const) {
      assert.equal(actionFor(letter, key({ctrl: true}), mode), null, `Ctrl-${letter} in ${mode}`);
    }
  }
});

test('Ctrl-L redraws and Ctrl-Z suspends, in every mode, the help overlay included', () => {
  for (const mode of ['list', 'detail', 'help', 'search', 'flows'] as const) {
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
    'r refresh',
    'p pause',
    '? help',
    'q quit',
  ]);
  const detail = footerHints('detail').map((hint) => `${hint.keys} ${hint.label}`);
  assert.deepEqual(detail, ['↑↓ scroll', 'Esc back', 'r refresh', 'p pause', '? help']);
});

test('the help overlay lists the bindings of the list, the detail, the search bar and the pickers', () => {
  const sections = helpSections();
  assert.deepEqual(
    sections.map((section) => section.title),
    ['Run list', 'Run detail', 'Search bar', 'Flow picker', 'Flow search', 'Profile picker'],
  );
  const listKeys = sections[0]?.bindings.map((binding) => binding.keys) ?? [];
  assert.ok(listKeys.includes('Shift-Tab'));
  assert.ok(listKeys.includes('1-5'));
  const detailHelp = sections[1]?.bindings.map((binding) => binding.help) ?? [];
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
