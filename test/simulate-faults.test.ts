import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {buildCli, CLI} from './helpers/cli.js';

// `simulate --fault` and `--faults` as a person starts them: the built CLI, its banner,
// and what the API then answers.

async function startSimulate(args: string[]) {
  await buildCli();
  const child = spawn(process.execPath, [CLI, 'simulate', '--key', 'k', ...args], {
    env: {PATH: process.env.PATH ?? ''},
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exit = new Promise<number | null>((resolve) => child.on('close', resolve));
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no banner: ${stdout}`)), 10_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('Ctrl-C')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  const url = /http:\/\/127\.0\.0\.1:\d+/.exec(stdout)?.[0] ?? '';
  return {child, exit, stdout, url, stderr: () => stderr};
}

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
