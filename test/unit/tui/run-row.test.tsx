import {test} from 'node:test';
import assert from 'node:assert/strict';
import {setTimeout as delay} from 'node:timers/promises';
import {Box} from 'ink';
import {render} from 'ink-testing-library';
import type {Run} from '../../../source/domain/run.js';
import {layoutColumns} from '../../../source/tui/views/list-layout.js';
import {RunRow} from '../../../source/tui/views/run-row.js';
import {makeRun, makeRuns, NOW} from '../../helpers/runs.js';

const LAYOUT = layoutColumns(100, 7);

// A row that renders reads its run's status; a row that memo skips reads nothing.
function watched(run: Run, reads: string[]): Run {
  return new Proxy(run, {
    get(target, key, receiver) {
      if (key === 'status') reads.push(target.id);
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

function Rows({runs, now}: {readonly runs: readonly Run[]; readonly now: number}) {
  return (
    <Box flexDirection="column">
      {runs.map((run) => (
        <RunRow
          key={run.id}
          run={run}
          flowName="Flow"
          selected={false}
          changed={false}
          now={now}
          layout={LAYOUT}
        />
      ))}
    </Box>
  );
}

test('when one run changes, only its row renders again', async () => {
  const reads: string[] = [];
  const runs = makeRuns(5).map((run) => watched(run, reads));
  const view = render(<Rows runs={runs} now={NOW} />);
  await delay(0);
  assert.ok(reads.includes('run0004'));
  reads.length = 0;
  const failed = watched(makeRun({id: 'run0002', status: 'failed'}), reads);
  view.rerender(<Rows runs={runs.map((run) => (run.id === 'run0002' ? failed : run))} now={NOW} />);
  await delay(0);
  const frame = view.lastFrame() ?? '';
  view.unmount();
  assert.deepEqual([...new Set(reads)], ['run0002']);
  assert.match(frame, /✖ failed +run0002/);
});
