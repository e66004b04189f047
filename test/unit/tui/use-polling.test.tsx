import {test} from 'node:test';
import assert from 'node:assert/strict';
import {setTimeout as delay} from 'node:timers/promises';
import {Text} from 'ink';
import {render} from 'ink-testing-library';
import {ApiError} from '../../../source/api/errors.js';
import {createPoller, usePolling} from '../../../source/tui/hooks/use-polling.js';
import type {Timers} from '../../../source/tui/hooks/use-polling.js';

/** Timers that only fire when the test says so. */
function fakeTimers() {
  let now = 0;
  let nextId = 1;
  const pending = new Map<number, {at: number; callback: () => void}>();
  const timers: Timers = {
    setTimeout: (callback, ms) => {
      const id = nextId++;
      pending.set(id, {at: now + ms, callback});
      return id;
    },
    clearTimeout: (handle) => {
      pending.delete(handle as number);
    },
  };
  return {
    timers,
    /** Delays of the armed timers, from now. */
    armed: () => [...pending.values()].map((timer) => timer.at - now),
    /** Moves time forward, firing every timer that falls due. */
    advance: async (ms: number) => {
      now += ms;
      for (const [id, timer] of [...pending]) {
        if (timer.at <= now) {
          pending.delete(id);
          timer.callback();
        }
      }
      await delay(0);
    },
  };
}

/** A request whose outcome the test decides, recording its signal. */
function scriptedRun() {
  const requests: {signal: AbortSignal; resolve: () => void; reject: (e: unknown) => void}[] = [];
  const run = (signal: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      requests.push({signal, resolve, reject});
    });
  const last = () => {
    const request = requests.at(-1);
    assert.ok(request, 'a request was made');
    return request;
  };
  return {run, requests, last};
}

/** A poller every 5 s, auto-refreshing, on fake timers and a scripted request; `options` override. */
function pollerWith(options: Partial<Parameters<typeof createPoller>[0]> = {}) {
  const clock = fakeTimers();
  const script = scriptedRun();
  const poller = createPoller({
    run: script.run,
    intervalMs: () => 5000,
    auto: () => true,
    timers: clock.timers,
    ...options,
  });
  return {clock, script, poller};
}

const serverError = new ApiError('server', 'TableFlow answered 503', {status: 503});

test('the next request is armed only after the previous one settles', async () => {
  const {clock, script, poller} = pollerWith();
  poller.start();
  assert.equal(script.requests.length, 1);
  await clock.advance(60_000);
  assert.equal(script.requests.length, 1, 'no second request while the first is in flight');
  assert.deepEqual(clock.armed(), []);
  script.last().resolve();
  await delay(0);
  assert.deepEqual(clock.armed(), [5000]);
  await clock.advance(5000);
  assert.equal(script.requests.length, 2);
  poller.stop();
});

test('starting again aborts the request in flight and runs at once', async () => {
  const {clock, script, poller} = pollerWith();
  poller.start();
  const first = script.last();
  poller.start();
  assert.equal(first.signal.aborted, true);
  assert.equal(script.requests.length, 2);
  first.reject(new ApiError('aborted', 'aborted'));
  await delay(0);
  assert.deepEqual(clock.armed(), [], 'an aborted request arms nothing');
  poller.stop();
});

test('failures back off exponentially and success resets the backoff', async () => {
  const told: number[] = [];
  const {clock, script, poller} = pollerWith({random: () => 0.5, onRetry: (ms) => told.push(ms)});
  poller.start();
  const delays: number[] = [];
  for (let attempt = 0; attempt < 3; attempt += 1) {
    script.last().reject(serverError);
    await delay(0);
    delays.push(...clock.armed());
    await clock.advance(clock.armed()[0] ?? 0);
  }
  assert.deepEqual(delays, [1000, 2000, 4000]);
  assert.deepEqual(told, delays);
  script.last().resolve();
  await delay(0);
  assert.deepEqual(clock.armed(), [5000]);
  await clock.advance(5000);
  script.last().reject(serverError);
  await delay(0);
  assert.deepEqual(clock.armed(), [1000], 'the backoff starts over after a success');
  poller.stop();
});

test('an error the server flags with Retry-After waits at least that long', async () => {
  const {clock, script, poller} = pollerWith({random: () => 0.5});
  poller.start();
  script
    .last()
    .reject(new ApiError('rate-limited', 'slow down', {status: 429, retryAfterMs: 20_000}));
  await delay(0);
  assert.deepEqual(clock.armed(), [20_000]);
  poller.stop();
});

test('an auth error is tried again only after a minute, so a fixed key brings the feed back', async () => {
  const {clock, script, poller} = pollerWith();
  poller.start();
  script.last().reject(new ApiError('auth', 'TableFlow refused the key', {status: 401}));
  await delay(0);
  assert.deepEqual(clock.armed(), [60_000]);
  poller.stop();
});

test('pausing clears the timer and resuming runs at once', async () => {
  let auto = true;
  const {clock, script, poller} = pollerWith({auto: () => auto});
  poller.start();
  script.last().resolve();
  await delay(0);
  auto = false;
  poller.autoChanged();
  assert.deepEqual(clock.armed(), []);
  await clock.advance(60_000);
  assert.equal(script.requests.length, 1);
  auto = true;
  poller.autoChanged();
  assert.equal(script.requests.length, 2);
  poller.stop();
});

test('stop aborts the request in flight', () => {
  const script = scriptedRun();
  const poller = createPoller({run: script.run, intervalMs: () => 5000, auto: () => true});
  poller.start();
  poller.stop();
  assert.equal(script.last().signal.aborted, true);
});

function Probe(props: {
  readonly id: string;
  readonly run: (signal: AbortSignal) => Promise<void>;
  readonly timers: Timers;
}) {
  usePolling({key: props.id, run: props.run, intervalMs: 5000, auto: true, timers: props.timers});
  return <Text>{props.id}</Text>;
}

test('the hook runs on mount, aborts and reruns when the key changes, and aborts on unmount', async () => {
  const clock = fakeTimers();
  const script = scriptedRun();
  const {rerender, unmount} = render(<Probe id="a" run={script.run} timers={clock.timers} />);
  await delay(0);
  assert.equal(script.requests.length, 1);
  const first = script.last();
  rerender(<Probe id="a" run={script.run} timers={clock.timers} />);
  await delay(0);
  assert.equal(script.requests.length, 1, 're-rendering with the same key does not refetch');
  rerender(<Probe id="b" run={script.run} timers={clock.timers} />);
  await delay(0);
  assert.equal(first.signal.aborted, true);
  assert.equal(script.requests.length, 2);
  unmount();
  assert.equal(script.last().signal.aborted, true);
});

test('a start delay debounces: the first request waits, and runs even while auto is off', async () => {
  let auto = true;
  const {clock, script, poller} = pollerWith({delayMs: 150, auto: () => auto});
  poller.start();
  assert.equal(script.requests.length, 0, 'nothing at once');
  assert.deepEqual(clock.armed(), [150]);
  auto = false;
  poller.autoChanged();
  assert.deepEqual(clock.armed(), [150], 'pausing does not cancel the first request');
  await clock.advance(150);
  assert.equal(script.requests.length, 1);
  script.last().resolve();
  await delay(0);
  assert.deepEqual(clock.armed(), [], 'paused: nothing more is armed');
  poller.stop();
});

test('stopped during its start delay, a poller never sends the request', async () => {
  const {clock, script, poller} = pollerWith({delayMs: 150});
  poller.start();
  poller.stop();
  await clock.advance(1000);
  assert.equal(script.requests.length, 0);
});
