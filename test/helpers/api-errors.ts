// Shared by the API error tests: a scripted server, a client holding a recognisable key,
// and the check that no view of an error holds any part of that key.
import assert from 'node:assert/strict';
import {inspect} from 'node:util';
import {createClient, type ClientOptions} from '../../source/api/client.js';
import {ApiError} from '../../source/api/errors.js';
import type {Reply, TestServer} from './test-server.js';

/** A key whose every 8-character slice is looked for in errors. */
export const KEY = 'tf_live_9f8e7d6c5b4a3210ZYXW';
const KEY_PARTS = Array.from({length: KEY.length - 7}, (_, index) => KEY.slice(index, index + 8));

/** A client for `server` with KEY, plus any option overrides. */
export function clientFor(server: TestServer, extra: Partial<ClientOptions> = {}) {
  return createClient({baseUrl: server.url, apiKey: KEY, ...extra});
}

/** The ApiError `promise` rejects with; fails the test if it resolves or throws anything else. */
export async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error: unknown) {
    assert.ok(error instanceof ApiError, `expected an ApiError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the request to fail');
}

/** Fails unless no serialisation of `error` holds any part of KEY, and it has no cause. */
export function assertKeyFree(error: ApiError): void {
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

/** Serves `reply` to a runs listing and returns the key-free ApiError it caused. */
export async function failWith(
  server: TestServer,
  reply: Reply,
  extra: Partial<ClientOptions> = {},
): Promise<ApiError> {
  server.reply(reply);
  const error = await failure(clientFor(server, extra).listRuns({limit: 100, offset: 0}));
  assertKeyFree(error);
  return error;
}
