import {test} from 'node:test';
import assert from 'node:assert/strict';
import {prefetchFirstPage} from '../../../source/api/prefetch.js';
import {ApiError} from '../../../source/api/errors.js';
import {createFakeClient} from '../../helpers/fake-client.js';

const QUERY = {limit: 100, offset: 0} as const;

test('the first page is asked for at once and handed to the first matching listRuns', async () => {
  const fake = createFakeClient();
  const prefetched = prefetchFirstPage(fake, QUERY);
  assert.equal(fake.runQueries().length, 1);
  await new Promise((resolve) => setImmediate(resolve));
  const arrived = prefetched.arrived();
  assert.notEqual(arrived, null);
  assert.equal(await prefetched.client.listRuns(QUERY), arrived);
  assert.equal(prefetched.arrived(), null);
  assert.equal(fake.runQueries().length, 1);
  await prefetched.client.listRuns(QUERY);
  assert.equal(fake.runQueries().length, 2);
});

test('another query, or an aborted first call, does not take the prefetched answer', async () => {
  const fake = createFakeClient();
  const prefetched = prefetchFirstPage(fake, QUERY);
  await prefetched.client.listRuns({...QUERY, status: 'failed'});
  assert.equal(fake.runQueries().length, 2);
  const stop = new AbortController();
  const first = prefetched.client.listRuns(QUERY, stop.signal);
  stop.abort();
  await assert.rejects(first, (error: unknown) => (error as ApiError).kind === 'aborted');
});

test('a prefetch that fails and is never asked for is not an unhandled rejection', async () => {
  const fake = createFakeClient();
  fake.onListRuns(() => new ApiError('network', 'down'));
  const prefetched = prefetchFirstPage(fake, QUERY);
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(prefetched.arrived(), null);
});
