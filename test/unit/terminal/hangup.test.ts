import {test} from 'node:test';
import assert from 'node:assert/strict';
import {closeSync, mkdtempSync, openSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {exitProcess, terminalHungUp, type ExitingProcess} from '../../../source/terminal/hangup.js';

function fakeProcess() {
  const calls: string[] = [];
  const proc: ExitingProcess = {
    pid: 4242,
    exit: (code) => calls.push(`exit ${code}`),
    kill: (pid, signal) => calls.push(`kill ${pid} ${signal}`),
    removeAllListeners: (event) => calls.push(`removeAllListeners ${event}`),
  };
  return {proc, calls};
}

test('exitProcess exits with the code while the terminal is there', () => {
  const {proc, calls} = fakeProcess();
  exitProcess(143, proc, () => false);
  assert.deepEqual(calls, ['exit 143']);
});

test('exitProcess ends a process whose terminal hung up by SIGHUP, never through exit', () => {
  const {proc, calls} = fakeProcess();
  exitProcess(0, proc, () => true);
  assert.deepEqual(calls, ['removeAllListeners SIGHUP', 'kill 4242 SIGHUP']);
});

test('a file or a closed descriptor is not a hung-up terminal', () => {
  const file = openSync(join(mkdtempSync(join(tmpdir(), 'hangup-')), 'out'), 'w');
  assert.equal(terminalHungUp([file]), false);
  closeSync(file);
  assert.equal(terminalHungUp([file]), false);
});
