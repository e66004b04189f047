// Ink's colours come from chalk, which decides at import time whether the terminal takes
// colour; this file forces it on before anything imports Ink, to see the real escapes.
import {test} from 'node:test';
import assert from 'node:assert/strict';

process.env['FORCE_COLOR'] = '1';
const {createTheme} = await import('../../../source/tui/theme.js');
const {RunList} = await import('../../../source/tui/views/run-list.js');
const {fixedClock} = await import('../../../source/tui/hooks/use-clock.js');
const {Header} = await import('../../../source/tui/views/header.js');
const {makeRuns, NOW} = await import('../../helpers/runs.js');
const {rawFrame} = await import('../../helpers/ui-frame.js');

// An SGR sequence that turns inverse on (alone or with other attributes).
const INVERSE = /\u001B\[(?:[0-9;]*;)?7(?:;[0-9;]*)?m/;
// An SGR sequence that makes the text red (alone or with other attributes).
const RED = /\u001B\[(?:[0-9;]*;)?31(?:;[0-9;]*)?m/;
const ANY_COLOUR = /\u001B\[(?:[0-9;]*;)?(3[0-7]|9[0-7]|38)(?:;[0-9;]*)?m/;

const list = (color: boolean) =>
  rawFrame(
    <RunList
      runs={makeRuns(4)}
      selectedId="run0001"
      changedIds={new Set()}
      flowNames={new Map()}
      clock={fixedClock(NOW)}
      width={100}
    />,
    100,
    createTheme({color}),
  );

test('with colour, failed runs are red and the selected row is inverse', async () => {
  const lines = (await list(true)).split('\n');
  assert.ok(lines.find((line) => line.includes('run0003'))?.match(RED));
  assert.ok(lines.find((line) => line.includes('run0001'))?.match(INVERSE));
  assert.ok(!lines.find((line) => line.includes('run0000'))?.match(INVERSE));
});

test('under NO_COLOR nothing is coloured, yet the selection is still inverse', async () => {
  const frame = await list(false);
  assert.doesNotMatch(frame, ANY_COLOUR);
  assert.ok(
    frame
      .split('\n')
      .find((line) => line.includes('run0001'))
      ?.match(INVERSE),
  );
});

test('under NO_COLOR the active tab and the paused badge are still inverse', async () => {
  const frame = await rawFrame(
    <Header
      host="h"
      status="failed"
      flowName={null}
      loading={false}
      paused
      updatedAt={NOW}
      error={null}
      now={NOW}
      width={100}
    />,
    100,
    createTheme({color: false}),
  );
  assert.doesNotMatch(frame, ANY_COLOUR);
  assert.match(frame, INVERSE);
  assert.match(frame, /\u001B\[7m[^\n]*PAUSED/);
  assert.match(frame, /\u001B\[7m[^\n]*\[Failed\]/);
});

test('a search match is underlined inside its cell, with colour and without', async () => {
  const UNDERLINE = '\u001B[4m';
  for (const color of [true, false]) {
    const frame = await rawFrame(
      <RunList
        runs={makeRuns(2)}
        selectedId="run0000"
        changedIds={new Set()}
        flowNames={new Map()}
        clock={fixedClock(NOW)}
        width={100}
        query="run0001"
      />,
      100,
      createTheme({color}),
    );
    const lines = frame.split('\n');
    const row = lines.find((line) => line.includes('run0001')) ?? '';
    assert.match(row, /\u001B\[(?:[0-9;]*;)?4(?:;[0-9;]*)?m(\u001B\[[0-9;]*m)*run0001/);
    assert.ok(!lines.find((line) => line.includes('run0000'))?.includes(UNDERLINE));
  }
});

test('a stuck run carries its ▲ mark with colour and without', async () => {
  const {makeRun} = await import('../../helpers/runs.js');
  for (const color of [true, false]) {
    const frame = await rawFrame(
      <RunList
        runs={[makeRun({id: 'slow', status: 'processing', startedAt: NOW - 3_600_000})]}
        selectedId={null}
        changedIds={new Set()}
        flowNames={new Map()}
        clock={fixedClock(NOW)}
        width={100}
        options={{stuckAfterMs: 900_000}}
      />,
      100,
      createTheme({color}),
    );
    assert.match(frame, /▲1h/);
  }
});
