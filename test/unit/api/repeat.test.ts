import {test} from 'node:test';
import assert from 'node:assert/strict';
import {createClient} from '../../../source/api/client.js';
import {ApiError} from '../../../source/api/errors.js';
import {scriptedServerForFile, type TestServer} from '../../helpers/test-server.js';
import {fixture, fixtureObject} from '../../helpers/fixtures.js';

const KEY = 'tf_live_Sup3rS3cretKey';
let server: TestServer;

scriptedServerForFile((started) => (server = started));

const client = () => createClient({baseUrl: server.url, apiKey: KEY});
const QUERY = {limit: 100, offset: 0} as const;

test('a body identical to the last one for the path gives back the same mapped page', async () => {
  server.reply({body: fixture('listRunsA')});
  const api = client();
  const first = await api.listRuns(QUERY);
  const second = await api.listRuns(QUERY);
  assert.equal(server.requests.length, 2);
  assert.equal(second, first);
});

test('a changed body is parsed again into a new page', async () => {
  const changed = fixtureObject('listRunsA');
  server.reply({body: fixture('listRunsA')});
  const api = client();
  const first = await api.listRuns(QUERY);
  changed.pagination = {...(changed.pagination as object), total: 251};
  server.reply({body: changed});
  const second = await api.listRuns(QUERY);
  assert.notEqual(second, first);
  assert.equal(second.pagination.total, 251);
  assert.equal(first.pagination.total, 250);
});

test('each path and query has its own memory, and an error in between changes nothing', async () => {
  server.reply({body: fixture('listRunsA')});
  const api = client();
  const all = await api.listRuns(QUERY);
  const failed = await api.listRuns({...QUERY, status: 'failed'});
  assert.notEqual(failed, all);
  server.reply({status: 500, body: 'boom'});
  await assert.rejects(api.listRuns(QUERY), ApiError);
  server.reply({body: fixture('listRunsA')});
  assert.equal(await api.listRuns(QUERY), all);
  assert.equal(await api.listRuns({...QUERY, status: 'failed'}), failed);
});

test('a body the mapping rejects is rejected again when it repeats', async () => {
  server.reply({body: {flow_runs: 'nope'}});
  const api = client();
  await assert.rejects(api.listRuns(QUERY), ApiError);
  await assert.rejects(api.listRuns(QUERY), ApiError);
});
