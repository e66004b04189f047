// parseCli for the script-facing commands: list outputs and --all, show, watch,
// status-line, and the ASCII choice.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {helpText} from '../../../source/cli/help.js';
import {parseCli} from '../../../source/cli/parse-cli.js';
import type {CliResult} from '../../../source/cli/commands.js';

const ENV = {TABLEFLOW_API_KEY: 'tf_live_0123456789abcdef', LANG: 'en_US.UTF-8'};
const parse = (argv: string[], env: Record<string, string> = ENV) => parseCli(argv, env, false);

function mode<M extends CliResult['mode']>(result: CliResult, expected: M) {
  assert.equal(result.mode, expected, JSON.stringify(result));
  return result as Extract<CliResult, {mode: M}>;
}
function errorOf(result: CliResult): string {
  assert.equal(result.mode, 'usage-error', JSON.stringify(result));
  return result.mode === 'usage-error' ? result.message : '';
}

test('list --output takes table, json, ndjson and csv; --json is its alias', () => {
  for (const output of ['table', 'json', 'ndjson', 'csv']) {
    assert.equal(mode(parse(['list', '-o', output]), 'list').output, output);
  }
  assert.equal(mode(parse(['list', '--json', '--output', 'json']), 'list').output, 'json');
  assert.match(
    errorOf(parse(['list', '--json', '-o', 'csv'])),
    /--json is --output json; it conflicts/,
  );
  assert.match(
    errorOf(parse(['list', '-o', 'xml'])),
    /--output must be one of table, json, ndjson, csv/,
  );
});

test('list --all pages 1000 at a time up to 10,000 runs unless told otherwise', () => {
  const all = mode(parse(['list', '--all']), 'list');
  assert.equal(all.all, true);
  assert.equal(all.limit, 1000);
  assert.equal(all.max, 10_000);
  const small = mode(parse(['list', '--all', '--limit', '50', '--max', '120']), 'list');
  assert.equal(small.limit, 50);
  assert.equal(small.max, 120);
});

test('--max needs --all, and --all starts at the first run', () => {
  assert.match(errorOf(parse(['list', '--max', '5'])), /--max applies only with --all/);
  assert.match(
    errorOf(parse(['list', '--all', '--offset', '5'])),
    /--offset does not apply with --all/,
  );
  assert.match(
    errorOf(parse(['list', '--all', '--max', '0'])),
    /--max must be an integer 1\.\.1000000/,
  );
});

test('--columns is checked against the known names and applies to table and csv only', () => {
  assert.deepEqual(mode(parse(['list', '--columns', 'id, Status ,flow_id']), 'list').columns, [
    'id',
    'status',
    'flow_id',
  ]);
  assert.equal(mode(parse(['list']), 'list').columns, null);
  assert.match(
    errorOf(parse(['list', '--columns', 'id,colour'])),
    /--columns: 'colour' is not one of id, status/,
  );
  assert.match(errorOf(parse(['list', '--columns', 'id,,status'])), /an empty name/);
  assert.match(errorOf(parse(['list', '--columns', 'id,id'])), /'id' is listed twice/);
  assert.match(
    errorOf(parse(['list', '--json', '--columns', 'id'])),
    /--columns applies to table and csv/,
  );
});

test('show takes exactly one run id', () => {
  const show = mode(parse(['show', 'fr_abc123', '--json']), 'show');
  assert.equal(show.runId, 'fr_abc123');
  assert.equal(show.json, true);
  assert.match(errorOf(parse(['show'])), /show needs a RUN_ID/);
  assert.match(errorOf(parse(['show', 'a', 'b'])), /unexpected argument 'b'/);
  assert.match(errorOf(parse(['show', 'a b'])), /RUN_ID must be a run id/);
  assert.match(
    errorOf(parse(['show', 'x', '--status', 'failed'])),
    /--status does not apply to show/,
  );
});

test('watch without a run id watches the newest runs with the list filters', () => {
  const watch = mode(parse(['watch', '--status', 'failed', '--interval', '2', '--json']), 'watch');
  assert.equal(watch.runId, undefined);
  assert.equal(watch.status, 'failed');
  assert.equal(watch.intervalMs, 2000);
  assert.equal(watch.limit, 100);
  assert.equal(watch.json, true);
});

test('watch RUN_ID refuses the list filters and a zero interval', () => {
  assert.equal(mode(parse(['watch', 'fr_1']), 'watch').runId, 'fr_1');
  assert.match(
    errorOf(parse(['watch', 'fr_1', '--status', 'failed'])),
    /--status does not apply to watch RUN_ID/,
  );
  assert.match(
    errorOf(parse(['watch', '--interval', '0'])),
    /--interval must be more than 0 for watch/,
  );
});

test('status-line takes a format, tmux codes, a max age and a flow', () => {
  const line = mode(
    parse(['status-line', '--format', '{failed}', '--tmux', '--max-age', '30', '--flow', 'F1']),
    'status-line',
  );
  assert.equal(line.format, '{failed}');
  assert.equal(line.tmux, true);
  assert.equal(line.maxAgeMs, 30_000);
  assert.equal(line.flowId, 'F1');
  assert.equal(mode(parse(['status-line']), 'status-line').maxAgeMs, 10_000);
  assert.match(errorOf(parse(['status-line', '--format', '{x}'])), /unknown placeholder \{x\}/);
  assert.match(
    errorOf(parse(['status-line', '--status', 'failed'])),
    /--status does not apply to status-line/,
  );
});

test('--ascii is automatic when the locale is not UTF-8', () => {
  assert.equal(mode(parse(['list']), 'list').ascii, false);
  assert.equal(mode(parse(['list', '--ascii']), 'list').ascii, true);
  assert.equal(mode(parse(['list'], {...ENV, LC_ALL: 'C'}), 'list').ascii, true);
  assert.equal(mode(parse(['show', 'x'], {TABLEFLOW_API_KEY: 'k1234'}), 'show').ascii, true);
});

test('--flow all clears a flow filter', () => {
  assert.equal(mode(parse(['list', '--flow', 'all']), 'list').flowId, undefined);
});

test('the help names every command, the script flags, the placeholders and every exit code', () => {
  const text = helpText();
  for (const word of [
    'show RUN_ID',
    'watch [RUN_ID]',
    'status-line',
    '--profile',
    '--ascii',
    '--all',
    '--max',
    '--output',
    '--columns',
    '--format',
    '--tmux',
    '--max-age',
    '{processing}',
    '{host}',
    'TABLEFLOW_PROFILE',
    'FORCE_COLOR',
    'config.json',
  ]) {
    assert.ok(text.includes(word), word);
  }
  for (const code of ['0', '1', '2', '3', '130, 143']) {
    assert.match(text, new RegExp(`^ {2}${code} {2}`, 'm'), `exit code ${code}`);
  }
  for (const line of text.split('\n')) assert.ok(line.length <= 80, line);
});
