// runStatusLine over real HTTP against a scripted server that counts requests, with the
// cache in a temp directory: what several panes asking at once cost the API.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, rmSync, utimesSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {Writable} from 'node:stream';
import {createClient} from '../../../source/api/client.js';
import {cacheFile, writeEntry} from '../../../source/commands/status-line/cache.js';
import {runStatusLine} from '../../../source/commands/status-line/status-line.js';
import {startServer, type TestServer} from '../../helpers/test-server.js';

const TOTALS: Record<string, number> = {processing: 4, review: 1, failed: 7};
let server: TestServer;
const root = mkdtempSync(join(tmpdir(), 'tableflow-status-'));
before(async () => {
  server = await startServer((request) => ({
    body: {
      flow_runs: [],
      pagination: {total: TOTALS[request.query.get('status') ?? ''] ?? 0, limit: 1, offset: 0},
    },
  }));
});
after(async () => {
  await server.close();
  rmSync(root, {recursive: true, force: true});
});

const COMMAND = {
  ascii: true,
  flowId: undefined,
  profile: undefined,
  format: undefined,
  tmux: false,
  maxAgeMs: 10_000,
};

function sink() {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  return {stream, text: () => text};
}

function line(dir: string, pause?: (ms: number) => Promise<void>) {
  const out = sink();
  const done = runStatusLine(
    COMMAND,
    async () => createClient({baseUrl: server.url, apiKey: 'tf_status_key'}),
    {
      stdout: out.stream,
      stderr: sink().stream,
      now: Date.now,
      cacheDir: dir,
      baseUrl: server.url,
      host: 'h',
      ...(pause === undefined ? {} : {pause}),
    },
  );
  return {done, text: out.text};
}

test('panes asking at the same moment send one set of three requests between them', async () => {
  const dir = join(root, 'together');
  server.requests.length = 0;
  const panes = [line(dir), line(dir), line(dir)];
  assert.deepEqual(await Promise.all(panes.map((pane) => pane.done)), [0, 0, 0]);
  assert.equal(server.requests.length, 3);
  for (const pane of panes) assert.equal(pane.text(), 'TF P4 R1 F7\n');
});

test('a pane that finds another one refreshing waits for its answer instead of asking', async () => {
  const dir = join(root, 'waiting');
  const file = cacheFile(dir, server.url, undefined, undefined);
  writeEntry(file, dir, {counts: null, fetchedAt: null, triedAt: 0, failed: true});
  writeFileSync(`${file}.lock`, '');
  server.requests.length = 0;
  let polls = 0;
  const pane = line(dir, async () => {
    polls += 1;
    // The other pane's answer lands while this one waits.
    if (polls === 2) {
      const counts = {processing: 9, review: 9, failed: 9};
      writeEntry(file, dir, {counts, fetchedAt: Date.now(), triedAt: Date.now(), failed: false});
    }
  });
  assert.equal(await pane.done, 0);
  assert.equal(pane.text(), 'TF P9 R9 F9\n');
  assert.equal(server.requests.length, 0);
});

test('a lock left behind by a process that died is taken over', async () => {
  const dir = join(root, 'dead');
  const file = cacheFile(dir, server.url, undefined, undefined);
  writeEntry(file, dir, {counts: null, fetchedAt: null, triedAt: 0, failed: true});
  writeFileSync(`${file}.lock`, '');
  const old = new Date(Date.now() - 60_000);
  utimesSync(`${file}.lock`, old, old);
  server.requests.length = 0;
  const pane = line(dir);
  assert.equal(await pane.done, 0);
  assert.equal(server.requests.length, 3);
});
