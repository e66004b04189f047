// The config file and key files are refused, whatever they hold, when another user could
// have written them or when they are not regular files; special files never hang a read.
import {after, test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync, spawn} from 'node:child_process';
import {
  chmodSync,
  chownSync,
  closeSync,
  constants,
  mkdirSync,
  mkdtempSync,
  openSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {loadConfig, readKeyFile} from '../../../source/config/load.js';
import {distrust} from '../../../source/config/trusted-file.js';
import {openDebugLog} from '../../../source/cli/debug-log.js';

const HOME = '/home/ada';
const dir = mkdtempSync(join(tmpdir(), 'tableflow-trust-'));
after(() => rmSync(dir, {recursive: true, force: true}));
const ONLY_URL = JSON.stringify({profiles: {default: {baseUrl: 'https://tableflow.invalid'}}});
const asRoot = process.getuid?.() === 0;

function file(name: string, text: string, mode: number): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  chmodSync(path, mode);
  return path;
}

// A FIFO, and a helper process that opens its other end a second later: code that blocks
// on the FIFO then fails the test after that second instead of hanging the whole run.
function fifo(name: string, otherEnd: 'writer' | 'reader'): string {
  const path = join(dir, name);
  execFileSync('mkfifo', [path]);
  const script = otherEnd === 'writer' ? 'sleep 1; : > "$0"' : 'sleep 1; cat "$0" > /dev/null';
  const helper = spawn('/bin/sh', ['-c', script, path], {stdio: 'ignore'});
  after(() => helper.kill('SIGKILL'));
  return path;
}

function quickly<T>(work: () => T): T {
  const started = performance.now();
  const result = work();
  assert.ok(performance.now() - started < 500, 'answered at once, without waiting on the FIFO');
  return result;
}

async function configRefusal(path: string): Promise<string> {
  const result = await loadConfig(path, HOME);
  assert.equal(result.ok, false, 'expected the config to be refused');
  return result.ok ? '' : result.message;
}

function keyRefusal(path: string): string {
  const result = readKeyFile(path);
  assert.ok('message' in result, 'expected the key file to be refused');
  return result.message;
}

test('a config file others can write is refused even when it sets only baseUrl', async () => {
  const path = file('open.json', ONLY_URL, 0o666);
  assert.equal(
    await configRefusal(path),
    `${path} can be changed by other users (mode 666); run: chmod 600 ${path}`,
  );
});

test('a group-writable config file is refused too', async () => {
  assert.match(await configRefusal(file('group.json', ONLY_URL, 0o664)), /mode 664/);
});

test('a config file readable by others but holding no key still loads', async () => {
  assert.equal((await loadConfig(file('readable.json', ONLY_URL, 0o644), HOME)).ok, true);
});

test('a file owned by another user is distrusted; one owned by root or by us is not', () => {
  assert.match(
    distrust('/c.json', {uid: 1001, mode: 0o100600}, 1000) ?? '',
    /^\/c\.json belongs to another user \(uid 1001\), who could change it; check it/,
  );
  assert.equal(distrust('/c.json', {uid: 0, mode: 0o100644}, 1000), null);
  assert.equal(distrust('/c.json', {uid: 1000, mode: 0o100600}, 1000), null);
  assert.match(distrust('/c.json', {uid: 1000, mode: 0o100602}, 1000) ?? '', /mode 602/);
});

test('a real config file owned by another user is refused', {skip: !asRoot}, async () => {
  const path = file('theirs.json', ONLY_URL, 0o644);
  chownSync(path, 65534, 65534);
  assert.match(await configRefusal(path), /belongs to another user \(uid 65534\)/);
});

test('a symlink to a file others can write is refused, naming both', async () => {
  const target = file('target.json', ONLY_URL, 0o666);
  const link = join(dir, 'link.json');
  symlinkSync(target, link);
  assert.equal(
    await configRefusal(link),
    `${link} (a symbolic link to ${target}) can be changed by other users (mode 666); run: chmod 600 ${link}`,
  );
});

test('a symlink to a private key file is followed', () => {
  const target = file('private.key', 'tf_private_key\n', 0o600);
  const link = join(dir, 'linked.key');
  symlinkSync(target, link);
  assert.deepEqual(readKeyFile(link), {key: 'tf_private_key'});
});

test('a key file others can write is refused before its key is read', () => {
  const path = file('open.key', 'tf_open_key', 0o622);
  const message = keyRefusal(path);
  assert.match(message, /can be changed by other users \(mode 622\)/);
  assert.ok(!message.includes('tf_open_key'));
});

test('a FIFO as the key file is refused at once instead of hanging', () => {
  const path = fifo('key.fifo', 'writer');
  assert.equal(
    quickly(() => keyRefusal(path)),
    `${path} is a FIFO (named pipe); it must be a regular file`,
  );
});

test('a FIFO as the config file is refused at once', async () => {
  const path = fifo('config.fifo', 'writer');
  const started = performance.now();
  assert.match(await configRefusal(path), /is a FIFO \(named pipe\)/);
  assert.ok(performance.now() - started < 500, 'answered at once');
});

test('a directory as the key file is refused as not a regular file', () => {
  const path = join(dir, 'keys.d');
  mkdirSync(path, {mode: 0o700});
  assert.match(keyRefusal(path), /is a directory; it must be a regular file$/);
});

test('a FIFO nobody reads as the debug log is refused at once', () => {
  const path = fifo('debug-unread.fifo', 'reader');
  quickly(() =>
    assert.throws(() => openDebugLog(path, 'tf_key', Date.now), {
      message: `cannot write the debug log ${path}: it is not a regular file`,
    }),
  );
});

test('a FIFO someone reads as the debug log is refused too', () => {
  const path = join(dir, 'debug-read.fifo');
  execFileSync('mkfifo', [path]);
  const reader = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    assert.throws(() => openDebugLog(path, 'tf_key', Date.now), {
      message: `cannot write the debug log ${path}: it is a FIFO (named pipe)`,
    });
  } finally {
    closeSync(reader);
  }
});
