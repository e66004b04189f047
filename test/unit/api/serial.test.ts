import {test} from 'node:test';
import assert from 'node:assert/strict';
import {serialClient} from '../../../source/api/serial.js';
import type {TableFlowClient} from '../../../source/domain/run.js';

// A client whose calls stay pending until released, counting how many run at once.
function gatedClient() {
  let running = 0;
  let most = 0;
  const gates: Array<() => void> = [];
  const call = <T>(value: T) =>
    new Promise<T>((resolve) => {
      running++;
      most = Math.max(most, running);
      gates.push(() => {
        running--;
        resolve(value);
      });
    });
  const client: TableFlowClient = {
    listRuns: () => call({runs: [], total: 0, nextOffset: null} as never),
    getRun: () => call({} as never),
    listFlows: () => call([]),
    listFlowRuns: () => call([]),
  };
  const releaseNext = async () => {
    for (let wait = 0; wait < 50 && gates.length === 0; wait++) await Promise.resolve();
    gates.shift()?.();
  };
  return {client, releaseNext, most: () => most};
}

test('calls made together run one after another, never two at once', async () => {
  const gated = gatedClient();
  const serial = serialClient(gated.client);
  const all = Promise.all([
    serial.listRuns({limit: 5, offset: 0}),
    serial.listFlows(),
    serial.getRun('abc'),
  ]);
  for (let index = 0; index < 3; index++) await gated.releaseNext();
  await all;
  assert.equal(gated.most(), 1);
});

test('a call cancelled while it waits is never sent and rejects as aborted', async () => {
  const gated = gatedClient();
  const serial = serialClient(gated.client);
  const first = serial.listFlows();
  const abort = new AbortController();
  const second = serial.getRun('abc', abort.signal);
  abort.abort();
  await gated.releaseNext();
  await first;
  await assert.rejects(second, {kind: 'aborted'});
});

test('a failed call does not stop the ones queued behind it', async () => {
  const failing: TableFlowClient = {
    listRuns: () => Promise.reject(new Error('boom')),
    getRun: () => Promise.resolve({} as never),
    listFlows: () => Promise.resolve([]),
    listFlowRuns: () => Promise.resolve([]),
  };
  const serial = serialClient(failing);
  const failed = serial.listRuns({limit: 1, offset: 0});
  const next = serial.listFlows();
  await assert.rejects(failed);
  assert.deepEqual(await next, []);
});
