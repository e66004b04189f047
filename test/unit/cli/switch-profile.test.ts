import {test} from 'node:test';
import assert from 'node:assert/strict';
import {profileSwitcher, withProfile} from '../../../source/cli/switch-profile.js';
import {parseConfig, type Config} from '../../../source/config/schema.js';

const PATH = '/home/u/.config/tableflow-runs/config.json';
const ENV = {LANG: 'C.UTF-8'};

function config(raw: unknown): Config {
  const parsed = parseConfig(raw, PATH, '/home/u');
  assert.ok(parsed.ok);
  return parsed.config;
}

const CONFIG = config({
  defaultProfile: 'alpha',
  profiles: {
    alpha: {baseUrl: 'https://alpha.tableflow.invalid', apiKey: 'tf_alpha_0001'},
    beta: {
      baseUrl: 'https://beta.tableflow.invalid',
      apiKey: 'tf_beta_0002',
      status: 'failed',
      interval: 2,
    },
    bad: {baseUrl: 'https://bad.tableflow.invalid', apiKey: 'tf_bad_0003', interval: -3},
    nokey: {baseUrl: 'https://nokey.tableflow.invalid', apiKeyFile: '/nonexistent/key'},
  },
});

test('withProfile replaces --profile (either form) and drops --demo, keeping every other flag', () => {
  assert.deepEqual(withProfile(['--profile', 'a', '--status', 'review'], 'b'), [
    '--status',
    'review',
    '--profile',
    'b',
  ]);
  assert.deepEqual(withProfile(['--demo', '--profile=a', '--utc'], 'b'), [
    '--utc',
    '--profile',
    'b',
  ]);
  assert.deepEqual(withProfile(['tui', '--', '--demo'], 'b'), [
    'tui',
    '--profile',
    'b',
    '--',
    '--demo',
  ]);
});

test('the switcher lists every profile, usable or not, with its host', () => {
  const switcher = profileSwitcher({
    argv: [],
    env: ENV,
    config: {path: PATH, config: CONFIG},
    current: 'alpha',
  });
  assert.deepEqual(switcher.entries, [
    {name: 'alpha', detail: 'alpha.tableflow.invalid'},
    {name: 'bad', detail: ''},
    {name: 'beta', detail: 'beta.tableflow.invalid'},
    {name: 'nokey', detail: 'nokey.tableflow.invalid'},
  ]);
  assert.equal(switcher.current, 'alpha');
});

test('connecting gives a client on the profile, with its filters and interval', async () => {
  const switcher = profileSwitcher({
    argv: ['--demo'],
    env: ENV,
    config: {path: PATH, config: CONFIG},
    current: undefined,
  });
  const beta = await switcher.connect('beta');
  assert.ok('client' in beta, JSON.stringify(beta));
  assert.equal(beta.host, 'beta.tableflow.invalid');
  assert.equal(beta.status, 'failed');
  assert.equal(beta.intervalMs, 2000);
  await switcher.close();
});

test('a bad profile, a missing key file or an unknown name is a message, when chosen', async () => {
  const switcher = profileSwitcher({
    argv: ['--status', 'review'],
    env: ENV,
    config: {path: PATH, config: CONFIG},
    current: 'alpha',
  });
  const bad = await switcher.connect('bad');
  assert.ok('message' in bad);
  assert.match(bad.message, /profiles\.bad\.interval must be/);
  const nokey = await switcher.connect('nokey');
  assert.ok('message' in nokey);
  assert.match(nokey.message, /\/nonexistent\/key/);
  const gone = await switcher.connect('gone');
  assert.ok('message' in gone);
  assert.match(gone.message, /no profile 'gone'/);
  assert.ok(!JSON.stringify([bad, nokey, gone]).includes('tf_'), 'no key in any message');
});

test('without a config file, P has nothing to list and says where it looked', () => {
  const switcher = profileSwitcher({
    argv: [],
    env: ENV,
    config: {path: PATH, config: null},
    current: undefined,
  });
  assert.deepEqual(switcher.entries, []);
  assert.equal(switcher.none, `No profiles: there is no config file (${PATH})`);
});
