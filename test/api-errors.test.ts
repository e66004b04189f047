import {after, before, beforeEach, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {inspect} from 'node:util';
import {createServer} from 'node:net';
import {createClient} from '../source/api/client.js';
import {ApiError, isRetryable, toApiError, type ApiErrorKind} from '../source/api/errors.js';
import {parseRetryAfter} from '../source/api/classify.js';
import {startServer, type Reply, type TestServer} from './helpers/test-server.js';

const KEY = 'tf_live_9f8e7d6c5b4a3210ZYXW';
// Any 8-character slice of the key counts as a leak.
const KEY_PARTS = Array.from({length: KEY.length - 7}, (_, index) => KEY.slice(index, index + 8));
let server: TestServer;

before(async () => {
  server = await startServer();
});
after(async () => {
  await server.close();
});
beforeEach(() => {
  server.requests.length = 0;
});

const client = (extra: Partial<Parameters<typeof createClient>[0]> = {}) =>
  createClient({baseUrl: server.url, apiKey: KEY, ...extra});

/** The ApiError `promise` rejects with; fails the test if it resolves or throws anything else. */
async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error: unknown) {
    assert.ok(error instanceof ApiError, `expected an ApiError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the request to fail');
}

function assertKeyFree(error: ApiError): void {
  const views = [
    JSON.stringify(error),
    inspect(error, {depth: 10, showHidden: true}),
    error.stack ?? '',
    String(error),
  ];
  for (const view of views) {
    for (const part of KEY_PARTS) assert.ok(!view.includes(part), `key leaked: ${view}`);
  }
  assert.equal(error.cause, undefined);
}

async function failWith(
  reply: Reply,
  extra: Partial<Parameters<typeof createClient>[0]> = {},
): Promise<ApiError> {
  server.reply(reply);
  const error = await failure(client(extra).listRuns({limit: 100, offset: 0}));
  assertKeyFree(error);
  return error;
}

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
      'HTTP 429 from GET /v2/flows/runs: rate limited; retry in 30 s (Too many requests)',
    );
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

describe('no answer', () => {
  test('a server that never answers times out after timeoutMs', async () => {
    const started = performance.now();
    const error = await failWith({hang: true}, {timeoutMs: 150});
    assert.equal(error.kind, 'timeout');
    assert.match(
      error.message,
      /^GET \/v2\/flows\/runs timed out after 0\.2 s \(no answer from 127\.0\.0\.1:\d+\)$/,
    );
    assert.ok(performance.now() - started < 2000);
  });

  test('a server that trickles the body past the deadline times out too', async () => {
    server.reply({trickleMs: 20, body: Array.from({length: 50}, () => 1)});
    const error = await failure(client({timeoutMs: 100}).listFlows());
    assert.equal(error.kind, 'timeout');
  });

  test('aborting the signal cancels the request as aborted', async () => {
    server.reply({hang: true});
    const controller = new AbortController();
    const pending = client().listRuns({limit: 10, offset: 0}, controller.signal);
    setTimeout(() => controller.abort(), 30);
    const error = await failure(pending);
    assert.equal(error.kind, 'aborted');
    assertKeyFree(error);
  });

  test('an already aborted signal sends nothing', async () => {
    const error = await failure(client().listFlows(AbortSignal.abort()));
    assert.equal(error.kind, 'aborted');
    assert.equal(server.requests.length, 0);
  });

  test('a refused connection is a network error naming the host', async () => {
    const port = await freePort();
    const error = await failure(
      createClient({baseUrl: `http://127.0.0.1:${port}`, apiKey: KEY}).listFlows(),
    );
    assertKeyFree(error);
    assert.equal(error.kind, 'network');
    assert.equal(
      error.message,
      `Cannot reach 127.0.0.1:${port}: connection refused (GET /v2/flows)`,
    );
  });

  test('a dropped connection is a network error', async () => {
    const error = await failWith({destroy: true});
    assert.equal(error.kind, 'network');
    assert.match(error.message, /^Cannot reach 127\.0\.0\.1:\d+: /);
  });

  test('an unknown host is a network error', async () => {
    const error = await failure(
      createClient({baseUrl: 'http://no-such-host.invalid', apiKey: KEY}).listFlows(),
    );
    assertKeyFree(error);
    assert.equal(error.kind, 'network');
    assert.match(
      error.message,
      /^Cannot reach no-such-host\.invalid: (host not found|DNS lookup failed)/,
    );
  });
});

describe('configuration', () => {
  const kinds: [string, string, ApiErrorKind][] = [
    ['an empty key', '   ', 'auth'],
    ['a key with a newline inside', 'abc\ndef', 'auth'],
  ];
  for (const [label, apiKey, kind] of kinds) {
    test(`${label} fails every call without a request`, async () => {
      const error = await failure(createClient({baseUrl: server.url, apiKey}).listFlows());
      assert.equal(error.kind, kind);
      assert.match(error.message, /TABLEFLOW_API_KEY/);
      assert.equal(server.requests.length, 0);
    });
  }

  test('a nonsensical timeout falls back to the default instead of failing every request', async () => {
    server.reply({delayMs: 20, body: []});
    for (const timeoutMs of [0, -5, Number.NaN]) {
      assert.deepEqual(await client({timeoutMs}).listFlows(), []);
    }
  });

  test('a bad base URL never leaks the key', async () => {
    const error = await failure(
      createClient({baseUrl: `https://x:${KEY}@host`, apiKey: KEY}).listFlows(),
    );
    assert.equal(error.kind, 'bad-request');
    assertKeyFree(error);
  });
});

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  assert.ok(typeof address === 'object' && address !== null);
  return address.port;
}

describe('retrying', () => {
  const cases: [ApiErrorKind, number | null, boolean][] = [
    ['server', 500, true],
    ['rate-limited', 429, true],
    ['timeout', null, true],
    ['network', null, true],
    ['invalid-response', 200, true],
    ['http', 408, true],
    ['http', 302, false],
    ['http', 418, false],
    ['auth', 401, false],
    ['not-found', 404, false],
    ['bad-request', 422, false],
    ['aborted', null, false],
  ];
  for (const [kind, status, retryable] of cases) {
    test(`${kind} ${status ?? ''} is ${retryable ? '' : 'not '}worth retrying`, () => {
      assert.equal(isRetryable(new ApiError(kind, 'x', {status})), retryable);
    });
  }

  test('anything else thrown becomes a one-line network ApiError without a cause', () => {
    const error = toApiError(new Error('boom\n\u001b[31mred'));
    assert.equal(error.kind, 'network');
    assert.equal(error.message, 'Request failed: boom red');
    assert.equal(error.cause, undefined);
  });
});
