// The key is scrubbed whatever case a server echoes it in, and wherever: error bodies,
// redirect hosts, and run data that every view and command shows.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {redactDeep, redactor} from '../../../source/api/redact.js';
import {toWireRun} from '../../../source/api/to-wire.js';
import {scrub} from '../../../source/commands/shared/output.js';
import {assertKeyFree, clientFor, failWith, failure, KEY} from '../../helpers/api-errors.js';
import {makeRuns} from '../../helpers/runs.js';
import {scriptedServerForFile, type TestServer} from '../../helpers/test-server.js';

let server: TestServer;
scriptedServerForFile((started) => (server = started));

const LOWER = KEY.toLowerCase();
const UPPER = KEY.toUpperCase();
const holdsKey = (text: string) => text.toLowerCase().includes(LOWER);

// A wire run with the key planted in its error, metadata (key and value), history and name.
function echoingRun(): Record<string, unknown> {
  const [run] = makeRuns(1);
  assert.ok(run);
  return {
    ...toWireRun(run),
    name: `Import for ${UPPER}`,
    error: `Bad token ${UPPER}`,
    metadata: {[`note_${LOWER}`]: `key=${KEY}`, nested: [{deep: UPPER}]},
    status_history: [{status: 'processing', time: 1_700_000_000, message: `started by ${KEY}`}],
  };
}

test('redaction ignores case, and Unicode letters that read as the same', () => {
  const redact = redactor('tf_Secret.Key');
  assert.equal(redact('a TF_SECRET.KEY b tf_secret.key'), 'a [redacted] b [redacted]');
  assert.equal(redact('tf_\u017fecret.\u212aey'), '[redacted]');
  assert.equal(redact('tf_secretXkey'), 'tf_secretXkey', 'a dot in the key is not a wildcard');
  assert.equal(scrub(`x ${UPPER} y`, KEY), 'x [redacted] y');
});

test('redactDeep returns the very same object when nothing holds the key', () => {
  const value = {a: ['x', {b: 'y'}], c: 1, d: null};
  assert.equal(
    redactDeep(value, (text) => text),
    value,
  );
});

test('an upper-cased key echoed in an error body is redacted', async () => {
  const error = await failWith(server, {status: 500, body: {error: `Unknown key ${UPPER}`}});
  assert.match(error.message, /Unknown key \[redacted\]/);
});

test('a key split by an invisible character in an error body is redacted once cleaned', async () => {
  const split = `${KEY.slice(0, 6)}\u200b${KEY.slice(6)}`;
  const error = await failWith(server, {status: 400, body: {error: `Bad ${split}`}});
  assert.match(error.message, /Bad \[redacted\]/);
});

test('a redirect host that holds the key, lower-cased by the URL parser, is redacted', async () => {
  const location = `https://${UPPER}.tableflow.invalid/v2/flows/runs`;
  const error = await failWith(server, {status: 302, headers: {location}});
  assert.match(error.message, /redirected to \[redacted\]\.tableflow\.invalid;/);
});

test('a key echoed in a listed run is redacted from every field, keys included', async () => {
  server.reply({
    body: {flow_runs: [echoingRun()], pagination: {total: 1, limit: 1, offset: 0}},
  });
  const page = await clientFor(server).listRuns({limit: 1, offset: 0});
  const text = JSON.stringify(page);
  assert.ok(!holdsKey(text), text);
  const [run] = page.runs;
  assert.equal(run?.error, 'Bad token [redacted]');
  assert.deepEqual(run?.metadata, {
    'note_[redacted]': 'key=[redacted]',
    nested: [{deep: '[redacted]'}],
  });
  assert.equal(run?.history[0]?.message, 'started by [redacted]');
  assert.equal(run?.name, 'Import for [redacted]');
});

test('a key echoed in a run detail and its flow is redacted', async () => {
  const flow = {id: 'F1', workspace_id: 'W', name: `Flow ${UPPER}`, steps: [], active: true};
  server.reply({body: {...echoingRun(), flow}});
  const detail = await clientFor(server).getRun('fr_1');
  assert.ok(!holdsKey(JSON.stringify(detail)));
  assert.equal(detail.flow?.name, 'Flow [redacted]');
});

test('a key echoed in flow names and in a flow’s run list is redacted', async () => {
  server.reply({body: [{id: 'F1', workspace_id: 'W', name: `Flow ${KEY}`, steps: []}]});
  assert.ok(!holdsKey(JSON.stringify(await clientFor(server).listFlows())));
  server.reply({body: [echoingRun()]});
  assert.ok(!holdsKey(JSON.stringify(await clientFor(server).listFlowRuns('F1'))));
});

test('a malformed run that quotes the key is described without it', async () => {
  server.reply({body: {flow_runs: [{id: UPPER, status: 7}], pagination: {total: 1}}});
  const error = await failure(clientFor(server).listRuns({limit: 1, offset: 0}));
  assertKeyFree(error);
  assert.ok(!holdsKey(error.message), error.message);
});
