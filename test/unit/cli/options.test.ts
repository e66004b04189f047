import {test} from 'node:test';
import assert from 'node:assert/strict';
import {parseCli} from '../../../source/cli/parse-cli.js';
import type {CliResult} from '../../../source/cli/commands.js';
import {helpText} from '../../../source/cli/help.js';

const KEY = 'tf_live_0123456789abcdef';
const ENV = {TABLEFLOW_API_KEY: KEY, LANG: 'C.UTF-8'};

function parse(argv: string[], env: Record<string, string | undefined> = ENV, tty = true) {
  return parseCli(argv, env, tty);
}

function errorOf(result: CliResult): string {
  assert.equal(result.mode, 'usage-error', `expected a usage error, got ${JSON.stringify(result)}`);
  return result.mode === 'usage-error' ? result.message : '';
}

function expectMode<M extends CliResult['mode']>(result: CliResult, mode: M) {
  assert.equal(result.mode, mode, JSON.stringify(result));
  return result as Extract<CliResult, {mode: M}>;
}

test('the bare command on a terminal opens the TUI with its defaults', () => {
  const tui = expectMode(parse([]), 'tui');
  assert.deepEqual(tui, {
    mode: 'tui',
    status: undefined,
    flowId: undefined,
    limit: 50,
    intervalMs: 5000,
    connection: {kind: 'api', baseUrl: 'https://api.tableflow.com', apiKey: KEY},
    ascii: false,
    bell: 'off',
    notify: false,
    stuckAfterMs: 15 * 60_000,
    utc: false,
    links: true,
    view: 'list',
    mouse: true,
  });
});

test('a bare --bell rings for failures; --bell=review for review too; a bad value is refused', () => {
  assert.equal(expectMode(parse(['--bell']), 'tui').bell, 'failed');
  assert.equal(expectMode(parse(['--bell=review']), 'tui').bell, 'review');
  assert.equal(expectMode(parse(['--bell', '--notify']), 'tui').notify, true);
  const bad = expectMode(parse(['--bell=loud']), 'usage-error');
  assert.match(bad.message, /--bell must be one of off, failed, review/);
});

test('--stuck-after takes 90s, 15m or 2h; --utc and --no-links are read', () => {
  assert.equal(expectMode(parse(['--stuck-after', '90s']), 'tui').stuckAfterMs, 90_000);
  assert.equal(expectMode(parse(['--stuck-after=2h']), 'tui').stuckAfterMs, 7_200_000);
  assert.match(
    expectMode(parse(['--stuck-after', 'soon']), 'usage-error').message,
    /90s, 15m or 2h/,
  );
  const tui = expectMode(parse(['--utc', '--no-links']), 'tui');
  assert.equal(tui.utc, true);
  assert.equal(tui.links, false);
});

test('the mouse is on unless --no-mouse or the profile says "mouse": false', () => {
  assert.equal(expectMode(parse(['--no-mouse']), 'tui').mouse, false);
  assert.equal(expectMode(parse([]), 'tui').mouse, true);
  assert.equal(expectMode(parse(['list', '--no-mouse']), 'usage-error').mode, 'usage-error');
  const config = {path: '/cfg.json', config: {profiles: {default: {mouse: false}}}};
  assert.equal(expectMode(parseCli([], ENV, true, config), 'tui').mouse, false);
});

test('--bell belongs to the UI only', () => {
  assert.match(
    expectMode(parse(['list', '--bell']), 'usage-error').message,
    /--bell does not apply to list/,
  );
});

test('the bare command lists when stdout is not a terminal', () => {
  const list = expectMode(parse([], ENV, false), 'list');
  assert.equal(list.limit, 100);
  assert.equal(list.offset, 0);
  assert.equal(list.output, 'table');
});

test('the bare command lists on a dumb terminal', () => {
  expectMode(parse([], {...ENV, TERM: 'dumb'}, true), 'list');
});

test('list takes status, flow, limit, offset and json (an alias of --output json)', () => {
  const list = expectMode(
    parse([
      'list',
      '--status',
      'review',
      '--flow',
      'dk4g1',
      '--limit',
      '7',
      '--offset=14',
      '--json',
    ]),
    'list',
  );
  assert.equal(list.status, 'review');
  assert.equal(list.flowId, 'dk4g1');
  assert.equal(list.limit, 7);
  assert.equal(list.offset, 14);
  assert.equal(list.output, 'json');
});

test('status all means no status filter and statuses are case-insensitive', () => {
  assert.equal(expectMode(parse(['list', '--status', 'all']), 'list').status, undefined);
  assert.equal(expectMode(parse(['--status', 'FAILED']), 'tui').status, 'failed');
});

test('every known status is accepted', () => {
  for (const status of ['processing', 'review', 'completed', 'failed']) {
    assert.equal(expectMode(parse(['list', '--status', status]), 'list').status, status);
  }
});

test('the interval accepts fractions and zero', () => {
  assert.equal(expectMode(parse(['--interval', '0.5']), 'tui').intervalMs, 500);
  assert.equal(expectMode(parse(['--interval', '0']), 'tui').intervalMs, 0);
  assert.equal(expectMode(parse(['--interval', '.25']), 'tui').intervalMs, 250);
});

test('limit bounds 1 and 1000 are accepted', () => {
  assert.equal(expectMode(parse(['list', '--limit', '1']), 'list').limit, 1);
  assert.equal(expectMode(parse(['list', '--limit', '1000']), 'list').limit, 1000);
});

test('the base URL comes from the environment, and the flag overrides it', () => {
  const env = {...ENV, TABLEFLOW_BASE_URL: 'http://127.0.0.1:9000/'};
  assert.deepEqual(expectMode(parse(['list'], env), 'list').connection, {
    kind: 'api',
    baseUrl: 'http://127.0.0.1:9000',
    apiKey: KEY,
  });
  const flagged = expectMode(parse(['list', '--base-url', 'https://eu.example.com'], env), 'list');
  assert.equal(
    flagged.connection.kind === 'api' && flagged.connection.baseUrl,
    'https://eu.example.com',
  );
});

test('the API key is trimmed of the newline a shell capture leaves', () => {
  const list = expectMode(parse(['list'], {TABLEFLOW_API_KEY: `${KEY}\n`}), 'list');
  assert.equal(list.connection.kind === 'api' && list.connection.apiKey, KEY);
});

test('demo needs no key and conflicts with base-url', () => {
  assert.deepEqual(expectMode(parse(['--demo'], {}), 'tui').connection, {kind: 'demo'});
  assert.deepEqual(expectMode(parse(['list', '--demo'], {}), 'list').connection, {kind: 'demo'});
  assert.match(errorOf(parse(['--demo', '--base-url', 'http://x.test'])), /--demo.*--base-url/);
});

test('without a key the message names TABLEFLOW_API_KEY and suggests --demo', () => {
  for (const env of [{}, {TABLEFLOW_API_KEY: ''}, {TABLEFLOW_API_KEY: '  '}]) {
    const message = errorOf(parse(['list'], env));
    assert.match(message, /TABLEFLOW_API_KEY/);
    assert.match(message, /--demo/);
  }
});

test('a key with spaces inside is refused without echoing it', () => {
  const message = errorOf(parse(['list'], {TABLEFLOW_API_KEY: 'abc def'}));
  assert.match(message, /TABLEFLOW_API_KEY/);
  assert.doesNotMatch(message, /abc def/);
});

test('key flags are refused with the reason and without echoing the value', () => {
  for (const argv of [
    ['--api-key', 'sekrit'],
    ['list', '--api-key=sekrit'],
    ['--token', 'sekrit'],
    ['list', '--key', 'sekrit'],
    ['--key=sekrit'],
  ]) {
    const message = errorOf(parse(argv));
    assert.match(message, /TABLEFLOW_API_KEY/, argv.join(' '));
    assert.match(message, /visible/);
    assert.doesNotMatch(message, /sekrit/);
  }
});

test('simulate takes port, seed, key and host with defaults', () => {
  assert.deepEqual(parse(['simulate'], {}), {
    mode: 'simulate',
    port: 0,
    host: '127.0.0.1',
    seed: undefined,
    key: undefined,
    fault: undefined,
    chaosPeriodMs: undefined,
  });
  assert.deepEqual(
    parse(
      ['simulate', '--port', '8080', '--seed', '1', '--key', 'demo-key', '--host', '0.0.0.0'],
      {},
    ),
    {
      mode: 'simulate',
      port: 8080,
      host: '0.0.0.0',
      seed: 1,
      key: 'demo-key',
      fault: undefined,
      chaosPeriodMs: undefined,
    },
  );
});

test('help and version win over everything else', () => {
  assert.equal(parse(['-h'], {}).mode, 'help');
  assert.equal(parse(['list', '--help'], {}).mode, 'help');
  assert.equal(parse(['help'], {}).mode, 'help');
  assert.equal(parse(['-v'], {}).mode, 'version');
  assert.equal(parse(['--version'], {}, false).mode, 'version');
});

test('each invalid value gets one line naming the flag and what is allowed', () => {
  const cases: [string[], RegExp][] = [
    [['list', '--limit', '0'], /--limit must be an integer 1\.\.1000, got '0'/],
    [['list', '--limit', '1001'], /--limit must be an integer 1\.\.1000/],
    [['list', '--limit', 'ten'], /--limit must be an integer 1\.\.1000, got 'ten'/],
    [['list', '--limit', '2.5'], /--limit must be an integer/],
    [['list', '--limit', '1e2'], /--limit must be an integer/],
    [['list', '--offset', '-1'], /--offset needs a value/],
    [['list', '--offset', 'x'], /--offset must be an integer >= 0/],
    [['--interval', 'NaN'], /--interval must be 0 \(off\) or 0\.05\.\.86400 seconds, got 'NaN'/],
    [['--interval=-1'], /--interval must be/],
    [['--interval', '0.001'], /--interval must be/],
    [['--interval', '1e9'], /--interval must be/],
    [['--interval', '100000'], /--interval must be/],
    [
      ['--status', 'done'],
      /--status must be one of processing, review, completed, failed or all, got 'done'/,
    ],
    [['--base-url', 'ftp://x.test'], /--base-url must be an http\(s\) URL, got 'ftp:\/\/x\.test'/],
    [['--base-url', 'not a url'], /--base-url must be an http\(s\) URL/],
    [['--base-url', 'https://u:p@x.test'], /--base-url must not contain credentials/],
    [['--base-url', 'https://x.test/?a=1'], /--base-url must not have a query/],
    [['--flow', 'a b'], /--flow must be a flow id/],
    [['simulate', '--port', '70000'], /--port must be an integer 0\.\.65535/],
    [['simulate', '--seed', 'abc'], /--seed must be an integer/],
    [['simulate', '--key', ''], /--key must be a non-empty key/],
    [['simulate', '--host', ''], /--host must be a host name or address/],
    [['--limit'], /--limit needs a value/],
    [['--json=yes', 'list'], /--json does not take a value/],
  ];
  for (const [argv, pattern] of cases) {
    const message = errorOf(parse(argv));
    assert.match(message, pattern, argv.join(' '));
    assert.doesNotMatch(message, /\n/, argv.join(' '));
  }
});

test('a bad base URL from the environment names the variable', () => {
  assert.match(
    errorOf(parse(['list'], {...ENV, TABLEFLOW_BASE_URL: 'x'})),
    /^TABLEFLOW_BASE_URL must be/,
  );
});

test('flags of another mode are refused instead of ignored', () => {
  assert.match(errorOf(parse(['--offset', '3'])), /--offset does not apply to tui/);
  assert.match(errorOf(parse(['--json'])), /--json does not apply to tui/);
  assert.match(errorOf(parse(['list', '--interval', '3'])), /--interval does not apply to list/);
  assert.match(errorOf(parse(['list', '--port', '3'])), /--port does not apply to list/);
  assert.match(errorOf(parse(['simulate', '--demo'])), /--demo does not apply to simulate/);
  assert.match(
    errorOf(parse(['simulate', '--status', 'failed'])),
    /--status does not apply to simulate/,
  );
});

test('unknown commands, options and extra arguments are usage errors', () => {
  assert.match(errorOf(parse(['lsit'])), /unknown command 'lsit'/);
  assert.match(errorOf(parse(['--verbose'])), /unknown option --verbose/);
  assert.match(errorOf(parse(['list', 'extra'])), /unexpected argument 'extra'/);
});

test('echoed input is stripped of control characters', () => {
  assert.doesNotMatch(errorOf(parse(['\u001b[2Jboom'])), /\u001b/);
});

test('an explicit tui needs a terminal', () => {
  assert.match(errorOf(parse(['tui'], ENV, false)), /terminal/);
});

test('the help text fits 80 columns and lists flags, environment and exit codes', () => {
  const text = helpText();
  for (const line of text.split('\n')) assert.ok(line.length <= 80, line);
  for (const word of [
    '--status',
    '--interval',
    '--offset',
    '--json',
    '--demo',
    '--port',
    '--seed',
  ]) {
    assert.ok(text.includes(word), word);
  }
  assert.match(text, /TABLEFLOW_API_KEY/);
  assert.match(text, /TABLEFLOW_BASE_URL/);
  assert.match(text, /Exit codes/);
  assert.match(text, /default 50 in the UI, 100 for list/);
});
