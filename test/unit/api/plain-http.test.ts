// Plain http:// sends the key in clear text: allowed to this machine only, refused for any
// other host before a lookup or a connection, unless --insecure-http says otherwise.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {createClient} from '../../../source/api/client.js';
import {isLoopbackHost, sendsKeyInClear} from '../../../source/api/plain-http.js';
import {parseCli} from '../../../source/cli/parse-cli.js';
import type {CliResult} from '../../../source/cli/commands.js';
import {failure} from '../../helpers/api-errors.js';

const KEY = 'tf_live_0123456789abcdef';
const ENV = {TABLEFLOW_API_KEY: KEY, LANG: 'C.UTF-8'};

function connectionOf(result: CliResult) {
  assert.equal(result.mode, 'list', JSON.stringify(result));
  return result.mode === 'list' ? result.connection : null;
}

function refusal(result: CliResult): string {
  assert.equal(result.mode, 'usage-error', JSON.stringify(result));
  return result.mode === 'usage-error' ? result.message : '';
}

test('loopback is 127.0.0.0/8, [::1] and localhost, as the URL parser writes them', () => {
  for (const host of ['127.0.0.1', '127.255.255.255', '127.1.2.3', '[::1]', 'localhost'])
    assert.equal(isLoopbackHost(host), true, host);
  for (const host of ['128.0.0.1', '127.0.0.256', '127.0.0.1.evil.example', 'localhost.'])
    assert.equal(isLoopbackHost(host), false, host);
  for (const host of ['[::ffff:7f00:1]', 'localhost.localdomain', 'evil.localhost', '0.0.0.0'])
    assert.equal(isLoopbackHost(host), false, host);
});

test('plain http to loopback, however spelled, keeps the key on this machine', () => {
  for (const url of [
    'http://127.0.0.1:8787',
    'HTTP://LOCALHOST:80/',
    'http://[0:0:0:0:0:0:0:1]:9000',
    'http://0x7f.1/',
    'http://2130706433/',
    'http://%31%32%37.0.0.1/',
    'http://127.0.0.1./',
  ])
    assert.equal(sendsKeyInClear(url), false, url);
});

test('plain http to any other host sends the key in clear, whatever the disguise', () => {
  for (const url of [
    'http://tableflow.invalid',
    'http://127.0.0.1.evil.example',
    'http://127.0.0.1@evil.example',
    'http://evil.example\\@127.0.0.1',
    'http://[::ffff:127.0.0.1]',
    'http://localhost./',
    'http://LOCALHOST.evil.example',
    'http://192.168.1.10:8787',
  ])
    assert.equal(sendsKeyInClear(url), true, url);
  assert.equal(sendsKeyInClear('https://tableflow.invalid'), false);
});

test('a plain http --base-url to another host is a usage error naming both fixes', () => {
  const message = refusal(parseCli(['list', '--base-url', 'http://tableflow.invalid'], ENV, false));
  assert.match(message, /^--base-url: plain http:\/\/ would send the API key unencrypted/);
  assert.match(message, /to tableflow\.invalid; use https:\/\/, or pass --insecure-http/);
  assert.ok(!message.includes(KEY));
});

test('TABLEFLOW_BASE_URL and a profile baseUrl are refused the same way, naming the source', () => {
  const env = {...ENV, TABLEFLOW_BASE_URL: 'http://tableflow.invalid'};
  assert.match(refusal(parseCli(['list'], env, false)), /^TABLEFLOW_BASE_URL: plain http/);
  const config = {profiles: {work: {baseUrl: 'http://tableflow.invalid'}}};
  const fromProfile = parseCli(['list', '--profile', 'work'], ENV, false, {path: 'c', config});
  assert.match(refusal(fromProfile), /^profile work baseUrl: plain http/);
});

test('--insecure-http lets plain http through, and says so in the connection', () => {
  const argv = ['list', '--base-url', 'http://tableflow.invalid', '--insecure-http'];
  assert.deepEqual(connectionOf(parseCli(argv, ENV, false)), {
    kind: 'api',
    baseUrl: 'http://tableflow.invalid',
    apiKey: KEY,
    insecureHttp: true,
  });
});

test('plain http to loopback needs no flag', () => {
  const argv = ['list', '--base-url', 'http://127.0.0.1:8787'];
  assert.deepEqual(connectionOf(parseCli(argv, ENV, false)), {
    kind: 'api',
    baseUrl: 'http://127.0.0.1:8787',
    apiKey: KEY,
  });
});

test('the client itself refuses plain http to another host without sending anything', async () => {
  const sent: string[] = [];
  const client = createClient({
    baseUrl: 'http://tableflow.invalid',
    apiKey: KEY,
    onRequest: (info) => sent.push(info.path),
  });
  const error = await failure(client.listRuns({status: undefined, limit: 1, offset: 0}));
  assert.equal(error.kind, 'bad-request');
  assert.match(error.message, /plain http to tableflow\.invalid; use https:\/\//);
  assert.deepEqual(sent, []);
});
