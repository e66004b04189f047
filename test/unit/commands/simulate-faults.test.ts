import {test} from 'node:test';
import assert from 'node:assert/strict';
import {startSimulate as startCliSimulate} from '../../helpers/cli.js';

// `simulate --fault` and `--faults` as a person starts them: the built CLI, its banner,
// and what the API then answers.

const startSimulate = (args: string[]) => startCliSimulate(['--key', 'k', ...args]);

const status = async (url: string): Promise<number> =>
  (await fetch(`${url}/v2/flows`, {headers: {authorization: 'Bearer k'}})).status;

test('simulate --fault MODE names the fault and fails every API request that way until cleared', async () => {
  const sim = await startSimulate(['--fault', 'unavailable']);
  try {
    assert.match(sim.stdout, /fault +unavailable/);
    assert.equal(await status(sim.url), 503);
    assert.equal(await status(sim.url), 503);
    await fetch(`${sim.url}/__sim/fault`, {
      method: 'POST',
      headers: {authorization: 'Bearer k'},
      body: '{"mode":"none"}',
    });
    assert.equal(await status(sim.url), 200);
  } finally {
    sim.child.kill('SIGTERM');
  }
  assert.equal(await sim.exit, 0);
});

test('simulate --faults takes the fault modes in turn with healthy periods between, and says so', async () => {
  const sim = await startSimulate(['--faults', '--fault-seconds', '1']);
  try {
    assert.match(sim.stdout, /every mode in turn, 1 s each/);
    assert.equal(await status(sim.url), 200);
    for (let wait = 0; wait < 40 && !sim.stderr().includes('fault: unauthorized'); wait++)
      await new Promise((resolve) => setTimeout(resolve, 50));
    assert.match(sim.stderr(), /\d\d:\d\d:\d\d fault: unauthorized/);
    assert.equal(await status(sim.url), 401);
  } finally {
    sim.child.kill('SIGTERM');
  }
  assert.equal(await sim.exit, 0);
});
