import {test} from 'node:test';
import assert from 'node:assert/strict';
import {setTimeout as delay} from 'node:timers/promises';
import {useState} from 'react';
import {Box, render, Text} from 'ink';
import xterm from '@xterm/headless';
import type {Run} from '../../../source/domain/run.js';
import {ownScreen} from '../../../source/terminal/renderer/screen.js';
import {RunList} from '../../../source/tui/views/run-list.js';
import {drawingClock} from '../../helpers/drawing-clock.js';
import {FakeStdin, FakeStdout} from '../../helpers/fake-terminal.js';
import {makeRun, NOW} from '../../helpers/runs.js';

// The list as the app draws it: Ink rendering into the real screen, read back through a
// terminal emulator. A tick's rows are drawn by the screen; whatever frame Ink makes next
// must show the same rows, because it lays out the tree the tick wrote into.

type Pane = {readonly runs: readonly Run[]; readonly selectedId: string | null; top?: string};

function world(init: Pane, cols = 120, rows = 8) {
  const stdout = new FakeStdout(cols, rows, true);
  const term = new xterm.Terminal({cols, rows, allowProposedApi: true});
  const screen = ownScreen(stdout as unknown as NodeJS.WriteStream);
  const {clock, drawn, set} = drawingClock(screen.draw);
  let show: (pane: Pane) => void = () => {};
  function View() {
    const [pane, setPane] = useState(init);
    show = setPane;
    return (
      <Box flexDirection="column">
        <Text>{pane.top ?? 'title'}</Text>
        <RunList
          runs={pane.runs}
          selectedId={pane.selectedId}
          changedIds={new Set()}
          flowNames={new Map()}
          clock={clock}
          width={cols}
        />
      </Box>
    );
  }
  screen.enter();
  const ink = render(<View />, {
    stdout: screen.stdout,
    stdin: new FakeStdin() as unknown as NodeJS.ReadStream,
    patchConsole: false,
    exitOnCtrlC: false,
    maxFps: 0,
    incrementalRendering: false,
  });
  let sent = 0;
  // The list's rows as the emulator shows them, once what was written has arrived.
  const rowsShown = async (): Promise<string[]> => {
    await delay(5);
    const fresh = stdout.frames.slice(sent).join('');
    sent = stdout.frames.length;
    await new Promise<void>((resolve) => term.write(fresh, resolve));
    return Array.from(
      {length: rows},
      (_, y) => term.buffer.active.getLine(y)?.translateToString(true).trimEnd() ?? '',
    ).slice(2);
  };
  const writes = (): number => stdout.frames.length;
  const done = (): void => {
    ink.unmount();
    screen.close();
  };
  return {drawn, rowsShown, writes, done, tick: set, show: (pane: Pane) => show(pane)};
}

const young = (id: string, ms: number): Run =>
  makeRun({id, status: 'processing', startedAt: NOW - ms, endedAt: null});
// Ids too long for their column: both rows show `run-2026-11-29-batc…`.
const A = 'run-2026-11-29-batch-0001';
const B = 'run-2026-11-29-batch-0002';

test('a tick is drawn by the screen in one write, and the next frame Ink makes agrees', async () => {
  const runs = [young('run0001', 10_000), makeRun({id: 'run0002'}), young('run0003', 20_000)];
  const view = world({runs, selectedId: 'run0001'});
  await view.rowsShown();
  const writes = view.writes();
  view.tick(NOW + 1000);
  const ticked = await view.rowsShown();
  assert.deepEqual(
    view.drawn.map((call) => call.done),
    [true, true],
    'both rows in flight drawn',
  );
  assert.equal(view.writes(), writes + 1, 'one write, no frame');
  assert.match(ticked[0] ?? '', /^› .*run0001.*<1m 11s/);
  assert.match(ticked[2] ?? '', /run0003.*<1m 21s/);
  // A frame for something else: the rows are as Ink's tree holds them.
  view.show({runs, selectedId: 'run0001', top: 'another title'});
  assert.deepEqual(await view.rowsShown(), ticked);
  view.done();
});

test('of two rows that look the same, selecting one never paints the other', async () => {
  const done = (id: string) => makeRun({id, status: 'completed'});
  const runs = [done(A), done(B), done('run0003')];
  const view = world({runs, selectedId: 'run0003'});
  await view.rowsShown();
  view.show({runs, selectedId: A});
  const rows = await view.rowsShown();
  assert.deepEqual(
    rows.slice(0, 3).map((row) => row.startsWith('›')),
    [true, false, false],
  );
  view.show({runs, selectedId: 'run0003', top: 'again'});
  assert.deepEqual(
    (await view.rowsShown()).slice(0, 3).map((row) => row.startsWith('›')),
    [false, false, true],
  );
  view.done();
});

test('of two rows that look the same, a refresh that moves their starts shows each its own', async () => {
  const view = world({runs: [young(A, 10_000), young(B, 9000)], selectedId: null});
  await view.rowsShown();
  view.tick(NOW + 1000);
  await view.rowsShown();
  // The server moves A's start later and B's earlier: React renders them back and forth.
  const runs = [young(A, 9000), young(B, 10_000)];
  view.show({runs, selectedId: null});
  await view.rowsShown();
  view.show({runs, selectedId: null, top: 'another title'});
  const rows = await view.rowsShown();
  assert.match(rows[0] ?? '', /<1m 10s/);
  assert.match(rows[1] ?? '', /<1m 11s/);
  view.done();
});
