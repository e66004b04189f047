import {test} from 'node:test';
import assert from 'node:assert/strict';
import {parseCli} from '../../../source/cli/parse-cli.js';
import type {CliResult} from '../../../source/cli/commands.js';

const ENV = {TABLEFLOW_API_KEY: 'tf_live_0123456789abcdef', LANG: 'C.UTF-8'};
const parse = (argv: string[]): CliResult => parseCli(argv, ENV, true);
const message = (result: CliResult): string =>
  result.mode === 'usage-error' ? result.message : `no error: ${JSON.stringify(result)}`;

test('simulate --fault starts the simulator in that mode', () => {
  const result = parse(['simulate', '--fault', 'rate-limited']);
  assert.equal(result.mode === 'simulate' && result.fault, 'rate-limited');
});

test('simulate --fault names the modes when given an unknown one', () => {
  assert.match(
    message(parse(['simulate', '--fault', 'meltdown'])),
    /--fault must be one of .*hang/,
  );
});

test('simulate --faults cycles every 10 s unless --fault-seconds says otherwise', () => {
  const standard = parse(['simulate', '--faults']);
  assert.equal(standard.mode === 'simulate' && standard.chaosPeriodMs, 10_000);
  const quick = parse(['simulate', '--faults', '--fault-seconds', '3']);
  assert.equal(quick.mode === 'simulate' && quick.chaosPeriodMs, 3_000);
});

test('--fault-seconds without --faults, and --fault with --faults, are usage errors', () => {
  assert.match(message(parse(['simulate', '--fault-seconds', '3'])), /add --faults/);
  assert.match(message(parse(['simulate', '--faults', '--fault', 'hang'])), /choose one/);
});

test('--debug FILE reaches every command that talks to TableFlow', () => {
  for (const argv of [['tui'], ['list'], ['show', 'abc'], ['watch'], ['status-line']]) {
    const result = parse([...argv, '--debug', '/tmp/requests.log']);
    assert.equal('debugFile' in result && result.debugFile, '/tmp/requests.log', argv[0]);
  }
});

test('--debug does not apply to simulate', () => {
  assert.match(message(parse(['simulate', '--debug', 'x.log'])), /--debug does not apply/);
});
