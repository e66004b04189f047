import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import type {ClientOptions} from '../../../source/api/client.js';
import {parseRetryAfter} from '../../../source/api/classify.js';
import {finalMessage} from '../../../source/api/errors.js';
import {scriptedServerForFile, type Reply, type TestServer} from '../../helpers/test-server.js';
import {clientFor, failure, failWith as failWithOn, KEY} from '../../helpers/api-errors.js';

let server: TestServer;

scriptedServerForFile((started) => (server = started));

const client = (extra: Partial<ClientOptions> = {}) => clientFor(server, extra);
const failWith = (reply: Reply, extra: Partial<ClientOptions> = {}) =>
  failWithOn(server, reply, extra);

describe('HTTP statuses', () => {
  for (const status of [401, 403]) {
    test(`${status} is an auth error that points at TABLEFLOW_API_KEY`, async () => {
      const error = await failWith({status, body: {error: 'Invalid API key'}});
      assert.equal(error.kind, 'auth');
      assert.equal(error.status, status);
      assert.match(
        error.message,
        new RegExp(`^HTTP ${status} from GET /v2/flows/runs: TableFlow .*TABLEFLOW_API_KEY`),
      );
      assert.match(error.message, /\(Invalid API key\)$/);
    });
  }

  test('404 on a run names the run', async () => {
    server.reply({status: 404, body: {error: 'Flow run not found'}});
    const error = await failure(client().getRun('fr_missing'));
    assert.equal(error.kind, 'not-found');
    assert.equal(
      error.message,
      'HTTP 404 from GET /v2/flows/runs/fr_missing: run "fr_missing" not found (Flow run not found)',
    );
  });

  test('404 on a flow names the flow', async () => {
    server.reply({status: 404, body: ''});
    const error = await failure(client().listFlowRuns('flowX'));
    assert.equal(error.message, 'HTTP 404 from GET /v2/flows/flowX/runs: flow "flowX" not found');
  });

  test('404 on a collection suggests checking the base URL', async () => {
    const error = await failWith({status: 404, body: 'Not Found'});
    assert.equal(error.kind, 'not-found');
    assert.match(error.message, /endpoint not found — check the base URL/);
  });

  for (const status of [400, 422]) {
    test(`${status} is a bad request with the server's error and message`, async () => {
      const error = await failWith({
        status,
        body: {error: 'Invalid parameters', message: "The parameter 'limit' is invalid"},
      });
      assert.equal(error.kind, 'bad-request');
      assert.equal(
        error.message,
        `HTTP ${status} from GET /v2/flows/runs: Invalid parameters — The parameter 'limit' is invalid`,
      );
    });
  }

  test('500 says what the server said, error and message joined', async () => {
    const error = await failWith({
      status: 500,
      body: {error: 'Internal error', message: 'database unavailable'},
    });
    assert.equal(error.kind, 'server');
    assert.equal(
      error.message,
      'HTTP 500 from GET /v2/flows/runs: Internal error — database unavailable',
    );
  });

  test('a nested error.message and a detail field are read too', async () => {
    const error = await failWith({
      status: 502,
      body: {error: {message: 'upstream down'}, detail: 'try later'},
    });
    assert.equal(error.message, 'HTTP 502 from GET /v2/flows/runs: upstream down — try later');
  });

  test('an HTML error page is called an HTML page, not dumped', async () => {
    const error = await failWith({
      status: 502,
      headers: {'content-type': 'text/html'},
      body: '<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1><script>x()</script></body></html>',
    });
    assert.equal(error.message, 'HTTP 502 from GET /v2/flows/runs: the server sent an HTML page');
  });

  test('server error text is sanitised and cut to one short line', async () => {
    const error = await failWith({
      status: 500,
      body: {error: `\u001b]0;owned\u0007bad\n\u001b[31mthing${'x'.repeat(500)}`},
    });
    assert.ok(!/[\u0000-\u001f\u007f-\u009f]/.test(error.message));
    assert.ok(error.message.startsWith('HTTP 500 from GET /v2/flows/runs: bad thingxxx'));
    assert.ok(error.message.length < 300);
  });

  test('another status is an http error', async () => {
    const error = await failWith({status: 418, body: {error: "I'm a teapot"}});
    assert.equal(error.kind, 'http');
    assert.equal(error.message, "HTTP 418 from GET /v2/flows/runs: I'm a teapot");
  });

  test('a server that echoes the key has it redacted', async () => {
    const error = await failWith({status: 401, body: {error: `Unknown key ${KEY}`}});
    assert.match(error.message, /Unknown key \[redacted\]/);
  });
});

describe('Retry-After', () => {
  test('429 with delta seconds waits that long', async () => {
    const error = await failWith({
      status: 429,
      headers: {'retry-after': '30'},
      body: {error: 'Too many requests'},
    });
    assert.equal(error.kind, 'rate-limited');
    assert.equal(error.retryAfterMs, 30_000);
    assert.equal(
      error.message,
      'HTTP 429 from GET /v2/flows/runs: rate limited (Too many requests)',
    );
  });

  test('the message leaves the wait to whoever retries; a command that gives up states it once', async () => {
    const error = await failWith({status: 503, headers: {'retry-after': '5'}});
    assert.doesNotMatch(error.message, /retry|wait/);
    assert.match(finalMessage(error), /; the server asks to wait 5 s$/);
  });

  test('429 with an HTTP date waits until then', async () => {
    const at = new Date(Date.now() + 90_000).toUTCString();
    const error = await failWith({status: 429, headers: {'retry-after': at}});
    assert.ok(
      error.retryAfterMs !== null && error.retryAfterMs > 85_000 && error.retryAfterMs <= 90_000,
    );
  });

  test('429 without Retry-After has no wait', async () => {
    const error = await failWith({status: 429});
    assert.equal(error.retryAfterMs, null);
  });

  test('503 honours Retry-After too', async () => {
    const error = await failWith({status: 503, headers: {'retry-after': '5'}});
    assert.equal(error.kind, 'server');
    assert.equal(error.retryAfterMs, 5000);
  });

  test('waits are clamped to between 0 and 10 minutes', () => {
    const now = Date.UTC(2026, 0, 1);
    assert.equal(parseRetryAfter('86400', now), 600_000);
    assert.equal(parseRetryAfter(new Date(now - 60_000).toUTCString(), now), 0);
    assert.equal(parseRetryAfter('1.5', now), 1500);
    assert.equal(parseRetryAfter('soon', now), null);
    assert.equal(parseRetryAfter('', now), null);
    assert.equal(parseRetryAfter(undefined, now), null);
  });
});

describe('bodies that are not the JSON we need', () => {
  const cases: [string, Reply, RegExp][] = [
    [
      'an HTML page with status 200',
      {body: '<html><body>Welcome</body></html>'},
      /got an HTML page instead of JSON/,
    ],
    [
      'truncated JSON',
      {body: '{"flow_runs": [{"id": "fr_1", "sta'},
      /truncated or malformed JSON \(HTTP 200\)$/,
    ],
    ['an empty body', {body: ''}, /empty body/],
    ['a JSON string', {body: '"hello"'}, /flow_runs|response: expected array, got string/],
    [
      'an object without flow_runs',
      {body: {runs: []}},
      /flow_runs: missing|flow_runs: expected array, got undefined/,
    ],
  ];
  for (const [label, reply, pattern] of cases) {
    test(`${label} is an invalid-response error`, async () => {
      const error = await failWith(reply);
      assert.equal(error.kind, 'invalid-response');
      assert.match(error.message, /^Invalid response from GET \/v2\/flows\/runs: /);
      assert.match(error.message, pattern);
    });
  }

  test('a body over 20 MB is an invalid-response error', async () => {
    const error = await failWith({body: `[${'"x",'.repeat(5_300_000)}"x"]`});
    assert.equal(error.kind, 'invalid-response');
    assert.match(error.message, /larger than 20 MB/);
  });
});
