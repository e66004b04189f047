import {mock, test} from 'node:test';
import assert from 'node:assert/strict';
import {setTimeout as delay} from 'node:timers/promises';
import {Text} from 'ink';
import {render} from 'ink-testing-library';
import type {Action} from '../../../source/explorer/actions.js';
import {initialState} from '../../../source/explorer/initial-state.js';
import {reduce} from '../../../source/explorer/reduce.js';
import type {State} from '../../../source/explorer/state.js';
import type {Run} from '../../../source/domain/run.js';
import {useClock, type FrameClock} from '../../../source/tui/hooks/use-clock.js';
import {makePage, makeRun, NOW} from '../../helpers/runs.js';

function live(runs: readonly Run[]): State {
  const state = initialState({limit: 50, columns: 100, rows: 20, now: NOW, intervalMs: 2000});
  return reduce(state, {type: 'runs-loaded', generation: 0, page: makePage(runs), now: NOW});
}

// Mounts useClock on `state` with setInterval mocked; returns what it dispatched and its clock.
async function mounted(state: State) {
  const dispatched: Action[] = [];
  let now = NOW;
  let frames: FrameClock | null = null;
  function Probe() {
    frames = useClock(
      state,
      (action) => void dispatched.push(action),
      () => now,
    );
    return <Text>clock</Text>;
  }
  mock.timers.enable({apis: ['setInterval']});
  const view = render(<Probe />);
  await delay(0);
  return {
    dispatched,
    frames: frames as unknown as FrameClock,
    at: async (ms: number) => {
      now = NOW + ms;
      mock.timers.tick(1000);
      await delay(0);
    },
    done: () => {
      view.unmount();
      mock.timers.reset();
    },
  };
}

const refresh = (state: State): Action => ({
  type: 'runs-loaded',
  generation: state.generation,
  page: makePage([makeRun({id: 'a', status: 'completed', startedAt: NOW - 20_000})]),
  now: NOW + 300,
});

test('a run counting seconds: the rows hear every second, and a refresh waits for the next one', async () => {
  const state = live([makeRun({id: 'a', status: 'processing', startedAt: NOW - 20_000})]);
  const clock = await mounted(state);
  try {
    let heard = 0;
    clock.frames.subscribe(() => {
      heard += 1;
      // The held refresh is dispatched in the same task, before the rows move: one frame.
      assert.equal(clock.dispatched.length, 1);
    });
    const action = refresh(state);
    assert.equal(clock.frames.atNextTick(action), true);
    assert.deepEqual(clock.dispatched, [], 'held until the clock ticks');
    await clock.at(1000);
    assert.equal(heard, 1);
    assert.equal(clock.frames.now(), NOW + 1000);
    // The rows count seconds themselves: the app is not told of a tick for them.
    assert.deepEqual(clock.dispatched, [action]);
  } finally {
    clock.done();
  }
});

test('nothing counting seconds: a refresh is not held (the clock ticks only every 30 s)', async () => {
  const state = live([makeRun({id: 'a', status: 'completed', startedAt: NOW - 10 * 60_000})]);
  const clock = await mounted(state);
  try {
    assert.equal(clock.frames.atNextTick(refresh(state)), false);
  } finally {
    clock.done();
  }
});

test('a refresh held when the clock stops is dispatched, not lost', async () => {
  const state = live([makeRun({id: 'a', status: 'processing', startedAt: NOW - 20_000})]);
  const clock = await mounted(state);
  const action = refresh(state);
  assert.equal(clock.frames.atNextTick(action), true);
  clock.done();
  assert.deepEqual(clock.dispatched, [action]);
});
