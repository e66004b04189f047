import {test} from 'node:test';
import assert from 'node:assert/strict';
import {createClient} from '../../../source/api/client.js';
import {fixtureObject} from '../../helpers/fixtures.js';
import {scriptedServerForFile, type TestServer} from '../../helpers/test-server.js';

// A refresh maps only the runs that changed: the others come back as the very objects of
// the previous answer, which the reducer and the views recognise as unchanged at once.
let server: TestServer;
scriptedServerForFile((started) => (server = started));

const page = () =>
  structuredClone(fixtureObject('listRunsA')) as {flow_runs: Record<string, unknown>[]};

test('an unchanged run comes back as the same object; a changed one is mapped again', async () => {
  const client = createClient({baseUrl: server.url, apiKey: 'k3y'});
  const first = page();
  server.reply({body: first});
  const before = await client.listRuns({limit: 100, offset: 0});
  const second = page();
  const changed = second.flow_runs[1] as Record<string, unknown>;
  changed.status = 'failed';
  changed.updated_at = Number(changed.updated_at) + 60;
  // The body differs (so the transport does not answer from its own cache).
  server.reply({body: second});
  const after = await client.listRuns({limit: 100, offset: 0});
  assert.equal(after.runs[0], before.runs[0]);
  assert.notEqual(after.runs[1], before.runs[1]);
  assert.equal(after.runs[1]?.status, 'failed');
});

test('a run seen before is still scrubbed of the key a server echoes', async () => {
  const client = createClient({baseUrl: server.url, apiKey: 'sEcReT-key-123'});
  const body = page();
  (body.flow_runs[0] as Record<string, unknown>).error = 'denied for sEcReT-key-123';
  server.reply({body});
  const first = await client.listRuns({limit: 100, offset: 0});
  server.reply({body: {...body, pagination: {total: 99, limit: 100, offset: 0}}});
  const again = await client.listRuns({limit: 100, offset: 0});
  for (const result of [first, again]) assert.doesNotMatch(JSON.stringify(result), /sEcReT/i);
});
