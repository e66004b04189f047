import {test} from 'node:test';
import assert from 'node:assert/strict';
import {Footer, type KeyHint} from '../../../source/tui/views/footer.js';
import {assertFits, frameLines} from '../../helpers/ui-frame.js';

const HINTS: readonly KeyHint[] = [
  {keys: 'j/k', label: 'move'},
  {keys: 'enter', label: 'details'},
  {keys: '1-5', label: 'status'},
  {keys: 'f', label: 'flow'},
  {keys: 'n/p', label: 'page'},
  {keys: 'space', label: 'pause'},
  {keys: '?', label: 'help'},
  {keys: 'q', label: 'quit'},
];
const POSITION = 'runs 101-150 of 1,234 · page 3/25';

test('the footer shows the position and every hint when there is room', async () => {
  const [line] = await frameLines(<Footer position={POSITION} hints={HINTS} width={200} />, 200);
  assert.equal(
    line,
    'runs 101-150 of 1,234 · page 3/25  j/k move  enter details  1-5 status  f flow  n/p page  space pause  ? help  q quit',
  );
});

test('hints that do not fit are dropped whole, from the end, but ? help stays', async () => {
  const [line] = await frameLines(<Footer position={POSITION} hints={HINTS} width={60} />, 60);
  assert.equal(line, 'runs 101-150 of 1,234 · page 3/25  j/k move  ? help');
});

test('a message takes the place of the position while it lasts', async () => {
  const message = {text: 'copied run id Wp7kRnT2mX4vQ9bL', tone: 'info'} as const;
  const [line] = await frameLines(
    <Footer position={POSITION} hints={HINTS.slice(0, 1)} width={80} message={message} />,
    80,
  );
  assert.equal(line, 'copied run id Wp7kRnT2mX4vQ9bL  j/k move');
});

test('while typing, the footer is the search bar with the query and the match count', async () => {
  const search = {query: 'inv', editing: true, matches: 3, of: 50};
  const [line] = await frameLines(
    <Footer position={POSITION} hints={[]} width={80} search={search} />,
    80,
  );
  assert.equal(line, '/inv▏ 3 of 50 match');
});

test('a kept search stays in front of the position', async () => {
  const search = {query: 'inv', editing: false, matches: 3, of: 50};
  const [line] = await frameLines(
    <Footer position={POSITION} hints={[]} width={80} search={search} />,
    80,
  );
  assert.equal(line, '/inv: 3 of 50 match · runs 101-150 of 1,234 · page 3/25');
});

test('the footer is one line that fits at 60, 100 and 200 columns', async () => {
  for (const width of [60, 100, 200]) {
    const lines = await frameLines(
      <Footer position={POSITION} hints={HINTS} width={width} />,
      width,
    );
    assert.equal(lines.length, 1);
    assertFits(lines, width);
  }
});

test('a position longer than the pane is truncated rather than wrapped', async () => {
  const lines = await frameLines(
    <Footer position={'runs '.repeat(30)} hints={HINTS} width={40} />,
    40,
  );
  assert.equal(lines.length, 1);
  assert.ok(lines[0]?.endsWith('…'));
  assertFits(lines, 40);
});
