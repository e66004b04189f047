import {test} from 'node:test';
import assert from 'node:assert/strict';
import {HelpOverlay, helpLines, type HelpSection} from '../../../source/tui/views/help-overlay.js';
import {lineText} from '../../../source/tui/views/line.js';
import {assertFits, frameLines} from '../../helpers/ui-frame.js';

const SECTIONS: readonly HelpSection[] = [
  {
    title: 'Moving',
    bindings: [
      {keys: 'j / ↓', help: 'next run'},
      {keys: 'k / ↑', help: 'previous run'},
      {keys: 'g / G', help: 'first / last run'},
      {keys: 'n / p', help: 'next / previous page'},
    ],
  },
  {
    title: 'Filtering',
    bindings: [
      {keys: '1-5', help: 'all, processing, review, completed, failed'},
      {keys: 'f', help: 'filter by flow'},
      {keys: 'F', help: 'clear the flow filter'},
    ],
  },
  {
    title: 'Runs',
    bindings: [
      {keys: 'enter', help: 'open details'},
      {keys: 'esc', help: 'back to the list'},
    ],
  },
  {
    title: 'App',
    bindings: [
      {keys: 'r', help: 'refresh now'},
      {keys: 'space', help: 'pause / resume'},
      {keys: '?', help: 'this help'},
      {keys: 'q', help: 'quit'},
    ],
  },
];
const ALL_HELP = SECTIONS.flatMap((s) => s.bindings.map((b) => b.help));

const overlay = (width: number, height: number) =>
  frameLines(<HelpOverlay sections={SECTIONS} width={width} height={height} />, width);

test('with room, every binding is listed with its keys aligned, and closing is explained', async () => {
  const lines = await overlay(100, 40);
  const text = lines.join('\n');
  for (const help of ALL_HELP) assert.ok(text.includes(help), help);
  assert.match(text, /│ j \/ ↓ {2}next run/);
  assert.match(text, /│ space {2}pause \/ resume/);
  assert.match(text, /Press any key to close/);
  assert.equal(lines[0]?.[0], '╭');
});

test('a wide terminal shows the sections in two columns', async () => {
  const lines = await overlay(200, 40);
  assert.ok(lines.some((line) => /Moving +Runs/.test(line)));
  assert.ok(lines.length < 20);
  assertFits(lines, 200);
});

test('the overlay fits 60x15 and says how much does not fit', async () => {
  const lines = await overlay(60, 15);
  assert.ok(lines.length <= 15, `${lines.length} lines`);
  assertFits(lines, 60);
  assert.match(lines.join('\n'), /\d+ more below · j\/k scroll · other keys close/);
});

test('a short but wide terminal switches to two columns to show more', async () => {
  const lines = await overlay(100, 14);
  assert.ok(lines.length <= 14);
  assert.ok(lines.some((line) => /Moving +Runs/.test(line)));
  assertFits(lines, 100);
});

test('the overlay fits at 60, 100 and 200 columns', async () => {
  for (const [width, height] of [
    [60, 24],
    [100, 30],
    [200, 50],
  ] as const) {
    const lines = await overlay(width, height);
    assert.ok(lines.length <= height);
    assertFits(lines, width);
  }
});

test('a terminal too small for the box still says how to close help', async () => {
  const lines = await overlay(30, 3);
  assert.deepEqual(lines, ['Help needs a larger terminal …']);
});

test('a scrolled overlay shows later lines and how many are above', async () => {
  const top = await overlay(60, 15);
  const scrolled = await frameLines(
    <HelpOverlay sections={SECTIONS} width={60} height={15} scroll={3} />,
    60,
  );
  assert.notDeepEqual(scrolled, top);
  assert.match(scrolled.join('\n'), /3 above · \d+ more below/);
  assertFits(scrolled, 60);
});

test('a first section taller than the screen leaves the next at the top of the second column', () => {
  const section = (title: string, count: number): HelpSection => ({
    title,
    bindings: Array.from({length: count}, (_, n) => ({keys: `${title[0] ?? ''}${n}`, help: 'x'})),
  });
  // Balanced, the columns would be List and Detail (42 lines) against the rest (41).
  const sections = [
    section('List', 30),
    section('Detail', 9),
    section('Search', 12),
    section('Picker', 12),
    section('Flows', 12),
  ];
  const lines = helpLines(sections, 100, 20).map(lineText);
  assert.match(lines[0] ?? '', /^List +Detail$/);
});

test('at 80x24 a description too long for its column wraps under itself instead of being cut', () => {
  const sections: readonly HelpSection[] = [
    {
      title: 'List',
      bindings: [
        {keys: 'v', help: 'Next run waiting in review (on later pages when this one has none)'},
      ],
    },
  ];
  const lines = helpLines(sections, 40, 20).map(lineText);
  assert.deepEqual(lines, [
    'List',
    'v  Next run waiting in review (on later',
    '   pages when this one has none)',
  ]);
});
