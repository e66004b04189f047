import {test} from 'node:test';
import assert from 'node:assert/strict';
import {setTimeout as delay} from 'node:timers/promises';
import {stripVTControlCharacters} from 'node:util';
import {Box, Text} from 'ink';
import {render} from 'ink-testing-library';
import type {Run} from '../../../source/domain/run.js';
import {movingClock, type Clock} from '../../../source/tui/hooks/use-clock.js';
import {drawingClock, type Drawn} from '../../helpers/drawing-clock.js';
import {RunList} from '../../../source/tui/views/run-list.js';
import {makeRun, makeRuns, NOW} from '../../helpers/runs.js';

// A tick draws the rows' new seconds itself (ink-text.ts): these check where it draws, what
// it gives the screen, and that Ink's next frame, whatever makes it, shows the same text.

const young = (startedAt = NOW - 10_000): Run =>
  makeRun({id: 'run0001', status: 'processing', startedAt, endedAt: null});

// The list under a title line and two columns of padding, so its rows are not at 0,0.
const pane = (clock: Clock, runs: readonly Run[], selectedId: string | null = null) => (
  <Box flexDirection="column">
    <Text>title</Text>
    <Box paddingLeft={2}>
      <RunList
        runs={runs}
        selectedId={selectedId}
        changedIds={new Set()}
        flowNames={new Map()}
        clock={clock}
        width={100}
      />
    </Box>
  </Box>
);

const plain = (frame: string | undefined): string[] =>
  stripVTControlCharacters(frame ?? '').split('\n');

test('a tick draws a row in flight where Ink put it, and renders nothing', async () => {
  const {clock, drawn, set} = drawingClock(() => true);
  const runs = [...makeRuns(2, 1), young()];
  const view = render(pane(clock, runs));
  await delay(0);
  const frames = view.frames.length;
  set(NOW + 1000);
  await delay(0);
  assert.equal(view.frames.length, frames, 'no frame');
  assert.equal(drawn.length, 1, 'only the row whose seconds moved');
  const [draw] = drawn as [Drawn];
  // Under the title and the column header, after two finished runs; past the padding.
  assert.deepEqual([draw.row, draw.column], [4, 2]);
  assert.match(stripVTControlCharacters(draw.before), /run0001.*<1m +10s/);
  assert.match(stripVTControlCharacters(draw.after), /run0001.*<1m +11s/);
  // Ink's next frame, made by anything, shows what was drawn.
  view.rerender(pane(clock, runs, 'run0000'));
  await delay(0);
  assert.match(plain(view.lastFrame())[4] ?? '', /run0001.*<1m +11s/);
  view.unmount();
});

test('a row the screen cannot draw renders alone instead', async () => {
  const {clock, drawn, set} = drawingClock(() => false);
  const view = render(pane(clock, [young(), ...makeRuns(2, 1)]));
  await delay(0);
  set(NOW + 1000);
  await delay(0);
  assert.equal(drawn.length, 1);
  const rows = plain(view.lastFrame());
  assert.match(rows[2] ?? '', /run0001.*<1m +11s/);
  view.unmount();
});

test('a clock that cannot draw (tests, a bare stream) renders the row, and only it', async () => {
  const moving = movingClock(NOW);
  const view = render(pane(moving, [young(), ...makeRuns(3, 2)]));
  await delay(0);
  const before = plain(view.lastFrame());
  // No new props: the row hears the clock itself.
  moving.set(NOW + 1000);
  await delay(0);
  const after = plain(view.lastFrame());
  view.unmount();
  assert.match(before[2] ?? '', /<1m +10s/);
  assert.match(after[2] ?? '', /<1m +11s/);
  assert.deepEqual(after.slice(3), before.slice(3));
});

for (const screenDraws of [true, false])
  test(`a row drawn over, then rendered with the text React last gave it, shows that text (screen ${screenDraws ? 'draws it back' : 'cannot draw it back'})`, async () => {
    // React writes a text only when it differs from the one it rendered last: a tick's text
    // drawn in between must not stay in Ink's tree.
    const {clock, drawn, set} = drawingClock(() => drawn.length === 0 || screenDraws);
    const other = makeRun({id: 'run0002'});
    const view = render(pane(clock, [young(NOW - 10_000), other]));
    await delay(0);
    set(NOW + 1000);
    await delay(0);
    assert.equal(view.frames.at(-1)?.includes('11s'), false, 'drawn, not rendered');
    // The server moves the run's start a second later: at NOW + 1 s it is 10 s old again.
    view.rerender(pane(clock, [young(NOW - 9000), other]));
    await delay(0);
    // Another row selected: a frame in which this row is as Ink's tree holds it.
    view.rerender(pane(clock, [young(NOW - 9000), other], 'run0002'));
    await delay(0);
    assert.match(plain(view.lastFrame())[2] ?? '', /run0001.*<1m +10s/);
    assert.equal(drawn.length, 2, 'the tick, then the mend');
    assert.match(stripVTControlCharacters(drawn.at(-1)?.after ?? ''), /<1m +10s/);
    view.unmount();
  });

test('rows whose texts the tick does not change are neither drawn nor rendered', async () => {
  const {clock, drawn, set} = drawingClock(() => true);
  const view = render(pane(clock, makeRuns(5, 1)));
  await delay(0);
  const frames = view.frames.length;
  set(NOW + 1000);
  await delay(0);
  assert.deepEqual(drawn, []);
  assert.equal(view.frames.length, frames);
  view.unmount();
});
