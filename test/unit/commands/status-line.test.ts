import {after, test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {
  cacheFile,
  decide,
  readEntry,
  writeEntry,
  type CacheEntry,
} from '../../../source/commands/status-line/cache.js';
import {
  checkFormat,
  formatStatusLine,
  type StatusLineInput,
} from '../../../source/commands/status-line/format.js';

const COUNTS = {processing: 3, review: 2, failed: 5};
const BASE: StatusLineInput = {
  counts: COUNTS,
  stale: false,
  host: 'api.tableflow.com',
  profile: 'work',
  ascii: false,
  tmux: false,
  format: undefined,
};
const line = (over: Partial<StatusLineInput> = {}) => formatStatusLine({...BASE, ...over});

test('the default line shows the three counts with their status symbols', () => {
  assert.equal(line(), 'TF ●3 ◆2 ✖5');
});

test('the ASCII line uses letters', () => {
  assert.equal(line({ascii: true}), 'TF P3 R2 F5');
});

test('tmux codes colour only the non-zero counts and restore the foreground', () => {
  assert.equal(
    line({tmux: true, counts: {processing: 0, review: 2, failed: 5}}),
    'TF ●0 #[fg=yellow]◆2#[fg=default] #[fg=red]✖5#[fg=default]',
  );
});

test('a format template places counts, host and profile', () => {
  assert.equal(
    line({format: '{host}/{profile}: {failed} failed, {review} to review'}),
    'api.tableflow.com/work: 5 failed, 2 to review',
  );
  assert.equal(line({format: 'F{failed}', tmux: true}), 'F#[fg=red]5#[fg=default]');
});

test('stale counts are marked, and unknown counts show a question mark', () => {
  assert.equal(line({stale: true}), 'TF ●3 ◆2 ✖5 (stale)');
  assert.equal(line({counts: null, stale: true}), 'TF ?');
  assert.equal(line({counts: null, format: '{failed}!'}), '?!');
});

test('a template with an unknown placeholder or a control character is refused', () => {
  assert.equal(checkFormat('{failed} {review}').ok, true);
  const unknown = checkFormat('{failures}');
  assert.ok(
    !unknown.ok && /unknown placeholder \{failures\}; known: \{processing\}/.test(unknown.message),
  );
  assert.equal(checkFormat('a\nb').ok, false);
});

const entry = (over: Partial<CacheEntry> = {}): CacheEntry => ({
  counts: COUNTS,
  fetchedAt: 1_000_000,
  triedAt: 1_000_000,
  failed: false,
  ...over,
});

test('a cached answer younger than max-age is used, an older one is refreshed', () => {
  assert.equal(decide(entry(), 1_000_000 + 9_999, 10_000), 'fresh');
  assert.equal(decide(entry(), 1_000_000 + 10_000, 10_000), 'fetch');
  assert.equal(decide(null, 1_000_000, 10_000), 'fetch');
});

test('max-age 0 always asks the API', () => {
  assert.equal(decide(entry(), 1_000_000, 0), 'fetch');
});

test('a recent failure is not retried until max-age has passed', () => {
  const failed = entry({failed: true, triedAt: 2_000_000});
  assert.equal(decide(failed, 2_000_000 + 5_000, 10_000), 'failing');
  assert.equal(decide(failed, 2_000_000 + 10_000, 10_000), 'fetch');
});

test('an entry from the future (the clock went back) is not trusted', () => {
  assert.equal(decide(entry({fetchedAt: 1_000_000 + 60_000}), 1_000_000, 10_000), 'fetch');
});

const dir = mkdtempSync(join(tmpdir(), 'tableflow-cache-'));
after(() => rmSync(dir, {recursive: true, force: true}));

test('cache files are keyed by base URL, profile and flow, and never by the key', () => {
  const a = cacheFile(dir, 'https://a.example', 'work', undefined);
  assert.notEqual(a, cacheFile(dir, 'https://a.example', 'home', undefined));
  assert.notEqual(a, cacheFile(dir, 'https://b.example', 'work', undefined));
  assert.notEqual(a, cacheFile(dir, 'https://a.example', 'work', 'F1'));
  assert.match(a, /status-[0-9a-f]{32}\.json$/);
});

test('an entry is written atomically with mode 0600 in a 0700 directory and read back', () => {
  const cache = join(dir, 'nested', 'tableflow-runs');
  const path = cacheFile(cache, 'https://a.example', undefined, undefined);
  assert.equal(writeEntry(path, cache, entry()), true);
  assert.deepEqual(readEntry(path), entry());
  assert.equal(statSync(path).mode & 0o777, 0o600);
  assert.equal(statSync(cache).mode & 0o777, 0o700);
  assert.deepEqual(readdirSync(cache), [path.split('/').at(-1)], 'no temp file left behind');
});

test('a corrupt cache file reads as no entry', () => {
  const path = join(dir, 'corrupt.json');
  writeFileSync(path, '{"counts": {"processing": -1');
  assert.equal(readEntry(path), null);
  writeFileSync(path, JSON.stringify({counts: {processing: 'x'}, triedAt: 5, failed: false}));
  assert.deepEqual(readEntry(path), {counts: null, fetchedAt: null, triedAt: 5, failed: false});
});

test('a cache that cannot be written is reported, not thrown', () => {
  const blocked = join(dir, 'blocked');
  writeFileSync(blocked, 'a file where the directory should be');
  assert.equal(writeEntry(join(blocked, 'x.json'), blocked, entry()), false);
});
