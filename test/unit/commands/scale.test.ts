import {test} from 'node:test';
import assert from 'node:assert/strict';
import {Writable} from 'node:stream';
import {createClient} from '../../../source/api/client.js';
import {runShow} from '../../../source/commands/show/show.js';
import {runWatch} from '../../../source/commands/watch/watch.js';
import {scriptedServerForFile, type Recorded, type TestServer} from '../../helpers/test-server.js';
import {fixtureObject} from '../../helpers/fixtures.js';

// `show` and `watch` over a real socket with runs of hostile size: bodies are strings, as a
// value nested 10,000 levels deep cannot even be stringified by the test.
let server: TestServer;
scriptedServerForFile((started) => (server = started));
const client = () => createClient({baseUrl: server.url, apiKey: 'k3y'});

class Collect extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

const T0 = 1682366228;
const list = (count: number, item: (n: number) => string): string =>
  `[${Array.from({length: count}, (_, n) => item(n)).join(',')}]`;

/** The fixture's detail as JSON with `fields` (raw JSON texts) put in. */
function detailWith(fields: Record<string, string>): string {
  const text = JSON.stringify(fixtureObject('getRunA')).slice(0, -1);
  return `${text}${Object.entries(fields)
    .map(([key, value]) => `,"${key}":${value}`)
    .join('')}}`;
}

async function show(json: boolean): Promise<{code: number; stdout: string; stderr: string}> {
  const stdout = new Collect();
  const stderr = new Collect();
  const io = {stdout, stderr, now: () => T0 * 1000, styling: {escapes: false, color: false}};
  const code = await runShow({runId: 'fr_abc123def456', json, ascii: false}, client(), io);
  return {code, stdout: stdout.text, stderr: stderr.text};
}

// The issue's runs: a 930 KB metadata array with 130,000 history entries, and 150,000 Drive
// files; each stays under the size limit, so each is shown with its lists cut and counted.
const overEveryCap = detailWith({
  metadata: `{"list":${list(130_000, (n) => String(n))}}`,
  status_history: list(
    130_000,
    (n) =>
      `{"status":"${n % 2 === 0 ? 'processing' : 'review'}","time":${T0 + n},"message":"step ${n}"}`,
  ),
});
const manyFiles = detailWith({
  drive_files: list(
    150_000,
    (n) => `{"key":"e${n}","file_id":"F${n}","mime_type":"application/pdf","sheets":[]}`,
  ),
});

test('show prints a run over every cap with each long list cut and counted', async () => {
  server.reply({body: overEveryCap, headers: {'content-type': 'application/json'}});
  const {code, stdout, stderr} = await show(false);
  assert.equal(code, 0, stderr);
  const lines = stdout.split('\n');
  assert.ok(lines.includes('  … 129,900 more in list'));
  assert.ok(lines.includes('  … 129,800 more entries'));
  assert.ok(lines.length < 1000, `${lines.length} lines`);
  server.reply({body: manyFiles, headers: {'content-type': 'application/json'}});
  const files = await show(false);
  assert.equal(files.code, 0, files.stderr);
  assert.ok(files.stdout.split('\n').includes('  … 149,950 more Drive files'));
});

test('show --json prints the whole API object, every list in full', async () => {
  server.reply({body: overEveryCap, headers: {'content-type': 'application/json'}});
  const {code, stdout} = await show(true);
  assert.equal(code, 0);
  const detail = JSON.parse(stdout) as {metadata: {list: number[]}; status_history: unknown[]};
  assert.equal(detail.metadata.list.length, 130_000);
  assert.equal(detail.status_history.length, 130_000);
  server.reply({body: manyFiles, headers: {'content-type': 'application/json'}});
  const files = JSON.parse((await show(true)).stdout) as {drive_files: Record<string, unknown>};
  assert.equal(Object.keys(files.drive_files).length, 150_000);
});

test('show of a run past the size limit exits 1 with one line saying why', async () => {
  const history = list(300_000, (n) => `{"status":"processing","time":${T0 + n},"message":"m"}`);
  server.reply({body: detailWith({status_history: history})});
  const {code, stdout, stderr} = await show(false);
  assert.equal(code, 1);
  assert.equal(stdout, '');
  assert.match(stderr, /^tableflow-runs: [^\n]*run: more than 1,000,000 values\n$/);
});

test('watch goes on reporting the other runs while one is nested too deep to read', async () => {
  const [first, second] = fixtureObject('listRunsA').flow_runs as Record<string, unknown>[];
  const page = (runs: readonly string[]): string =>
    `{"flow_runs":[${runs.join(',')}],"pagination":{"total":${runs.length},"limit":100,"offset":0}}`;
  const running = JSON.stringify(second);
  const deep = `${JSON.stringify({...first, id: 'deep'}).slice(0, -1)},"error":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
  const failed = JSON.stringify({...second, status: 'failed', updated_at: T0 + 500});
  let polls = 0;
  server.reply((request: Recorded) => {
    if (request.path === '/v2/flows') return {body: []};
    polls += 1;
    const runs = polls === 1 ? [running] : [deep, failed];
    return {body: page(runs), headers: {'content-type': 'application/json'}};
  });
  const stdout = new Collect();
  const stderr = new Collect();
  const stop = new AbortController();
  const watching = runWatch(
    {
      runId: undefined,
      json: true,
      ascii: false,
      intervalMs: 1,
      limit: 100,
      status: undefined,
      flowId: undefined,
    },
    client(),
    {
      stdout,
      stderr,
      signal: stop.signal,
      styling: {escapes: false, color: false},
      pause: async () => {
        if (polls >= 3) stop.abort(130);
      },
    },
  );
  assert.equal(await watching, 130);
  assert.doesNotMatch(stderr.text, /warning|retrying/);
  const events = stdout.text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as {run_id: string; from: string; to: string});
  assert.deepEqual(
    events.map((event) => [event.run_id, event.from, event.to]),
    [['fr_def456ghi789', 'processing', 'failed']],
  );
});
