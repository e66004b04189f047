import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {createServer} from 'node:net';
import {createClient, type ClientOptions} from '../../../source/api/client.js';
import {ApiError, isRetryable, toApiError, type ApiErrorKind} from '../../../source/api/errors.js';
import {scriptedServerForFile, type Reply, type TestServer} from '../../helpers/test-server.js';
import {
  assertKeyFree,
  clientFor,
  failure,
  failWith as failWithOn,
  KEY,
} from '../../helpers/api-errors.js';

let server: TestServer;

scriptedServerForFile((started) => (server = started));

const client = (extra: Partial<ClientOptions> = {}) => clientFor(server, extra);
const failWith = (reply: Reply, extra: Partial<ClientOptions> = {}) =>
  failWithOn(server, reply, extra);

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
      createClient({baseUrl: 'https://no-such-host.invalid', apiKey: KEY}).listFlows(),
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
