import '../../helpers/production-react.js';
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {setTimeout as delay} from 'node:timers/promises';
import {stripVTControlCharacters} from 'node:util';
import {createElement} from 'react';
import {render} from 'ink';
import {createClient} from '../../../source/api/client.js';
import {App} from '../../../source/tui/app.js';
import {MANY_FLOWS} from '../../../source/simulator/faults/scale.js';
import {startSimulator, type Simulator} from '../../../source/simulator/http/server.js';
import {FakeStdin, FakeStdout} from '../../helpers/fake-terminal.js';
import {KEYS} from '../../helpers/keys.js';

// The explorer against the simulator's `many-flows` fault (100,000 more flows), through the
// real client: the picker opens, moves, searches and closes, each key drawn in a few ms.
let sim: Simulator;
before(async () => {
  sim = await startSimulator({seed: 3, live: false});
  sim.faults.set({mode: 'many-flows', remaining: null});
});
after(() => sim.close());

const ROWS = 30;

async function start() {
  let flowsAnswered = false;
  const client = createClient({
    baseUrl: sim.url,
    apiKey: sim.key,
    onRequest: (info) => {
      if (info.path === '/v2/flows') flowsAnswered = true;
    },
  });
  const stdout = new FakeStdout(120, ROWS);
  const stdin = new FakeStdin();
  const app = render(createElement(App, {client, host: 'sim', limit: 50, intervalMs: 0}), {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    debug: true,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  while (!flowsAnswered) await delay(20);
  // The answer is mapped and dispatched after it is reported.
  await delay(200);
  const frame = (): string => stripVTControlCharacters(stdout.frames.at(-1) ?? '');
  /** ms from writing `keys` until a frame that passes `done` is drawn. */
  const timed = async (keys: string, done: (text: string) => boolean): Promise<number> => {
    const started = performance.now();
    stdin.write(keys);
    while (!done(frame())) {
      if (performance.now() - started > 10_000) assert.fail(`no frame; last:\n${frame()}`);
      await new Promise((resolve) => setImmediate(resolve));
    }
    return performance.now() - started;
  };
  return {frame, timed, unmount: () => app.unmount()};
}

const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Infinity;

const highlighted = (text: string): string =>
  text.split('\n').find((line) => line.startsWith('›')) ?? '';

test('the flow picker over 100,000 flows opens, moves, searches and closes in a few ms a key', async () => {
  const app = await start();
  try {
    await exercise(app);
  } finally {
    app.unmount();
  }
});

async function exercise(app: Awaited<ReturnType<typeof start>>): Promise<void> {
  // The simulator's own flows, and MANY_FLOWS more.
  assert.equal(MANY_FLOWS, 100_000);
  await app.timed('f', (text) => /\(100,0\d\d flows\)/.test(text));
  assert.ok(app.frame().split('\n').length <= ROWS, 'only the rows on screen are drawn');
  const moves: number[] = [];
  for (let i = 0; i < 15; i++) {
    const before = highlighted(app.frame());
    moves.push(await app.timed('j', (text) => highlighted(text) !== before));
  }
  // Before windowing a key cost 100-150 ms here; now a few ms. The bound leaves room for
  // a loaded machine.
  assert.ok(median(moves) < 50, `median ${median(moves).toFixed(1)} ms per j`);
  await app.timed('/', (text) => text.includes('/▏'));
  await app.timed('flow 0424', (text) => /10 match/.test(text));
  assert.match(highlighted(app.frame()), /Generated flow 04240/);
  const escape = await app.timed(KEYS.escape, (text) => !text.includes('match'));
  const close = await app.timed('q', (text) => !text.includes('which flow'));
  assert.ok(escape < 100 && close < 100, `Esc ${escape.toFixed(0)} ms, q ${close.toFixed(0)} ms`);
}
