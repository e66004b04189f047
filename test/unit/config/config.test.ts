import {after, test} from 'node:test';
import assert from 'node:assert/strict';
import {chmodSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {loadConfig, readKeyFile} from '../../../source/config/load.js';
import {cacheDir, configFile} from '../../../source/config/paths.js';
import {selectProfile} from '../../../source/config/profile.js';
import {parseConfig, type Config} from '../../../source/config/schema.js';
import {parseCli} from '../../../source/cli/parse-cli.js';
import type {CliResult} from '../../../source/cli/commands.js';

const HOME = '/home/ada';
const PATH = '/home/ada/.config/tableflow-runs/config.json';
const dir = mkdtempSync(join(tmpdir(), 'tableflow-config-'));
after(() => rmSync(dir, {recursive: true, force: true}));

function valid(raw: unknown): Config {
  const result = parseConfig(raw, PATH, HOME);
  assert.ok(result.ok, JSON.stringify(result));
  return result.config;
}

function invalid(raw: unknown): string {
  const result = parseConfig(raw, PATH, HOME);
  assert.equal(result.ok, false, 'expected the config to be refused');
  return result.ok ? '' : result.message;
}

/** Why the config's profile `name` cannot be used; the rest of the file stays usable. */
function broken(raw: unknown, name = 'work'): string {
  const result = parseConfig(raw, PATH, HOME);
  assert.ok(result.ok, JSON.stringify(result));
  const reason = result.config.broken?.[name];
  assert.ok(reason !== undefined, `expected profile ${name} to be broken`);
  return reason;
}

function file(name: string, text: string, mode: number): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  chmodSync(path, mode);
  return path;
}

test('a full profile is accepted, with the interval in milliseconds', () => {
  const config = valid({
    defaultProfile: 'work',
    profiles: {
      work: {
        baseUrl: 'https://eu.example.com',
        apiKey: 'tf_abc',
        status: 'review',
        flow: 'F1',
        interval: 2.5,
        bell: true,
      },
    },
  });
  assert.deepEqual(config.profiles.work, {
    baseUrl: 'https://eu.example.com',
    apiKey: 'tf_abc',
    status: 'review',
    flow: 'F1',
    intervalMs: 2500,
    bell: true,
  });
  assert.equal(config.defaultProfile, 'work');
});

test('an empty object is a valid config with no profiles', () => {
  assert.deepEqual(valid({}), {profiles: {}});
});

test('unknown keys are warnings naming the key and the file', () => {
  const result = parseConfig({colour: 'red', profiles: {a: {bel: true}}}, PATH, HOME);
  assert.ok(result.ok);
  assert.deepEqual(result.warnings, [
    `${PATH}: unknown key 'colour' ignored`,
    `${PATH}: unknown key 'profiles.a.bel' ignored`,
  ]);
});

test('an invalid value makes its profile unusable, naming its key path', () => {
  assert.match(broken({profiles: {work: {interval: '5'}}}), /profiles\.work\.interval must be/);
  assert.match(broken({profiles: {work: {interval: 0.001}}}), /profiles\.work\.interval must be 0/);
  assert.match(
    broken({profiles: {work: {status: 'done'}}}),
    /profiles\.work\.status must be one of/,
  );
  assert.match(broken({profiles: {work: {baseUrl: 'ftp://x'}}}), /profiles\.work\.baseUrl must be/);
  assert.match(
    broken({profiles: {work: {bell: 'yes'}}}),
    /profiles\.work\.bell must be true or false/,
  );
  assert.match(broken({profiles: {work: {apiKey: 'a b'}}}), /profiles\.work\.apiKey must be/);
  assert.match(broken({profiles: {work: 3}}), /profiles\.work must be an object/);
});

test('a file that is not an object of profiles is refused as a whole', () => {
  assert.match(invalid({profiles: []}), /profiles must be an object/);
  assert.match(invalid([]), /must hold a JSON object/);
  assert.match(invalid({defaultProfile: 'a b'}), /defaultProfile must be a profile name/);
});

test('a profile may not hold both apiKey and apiKeyFile', () => {
  assert.match(
    broken({profiles: {w: {apiKey: 'k1234', apiKeyFile: '/k'}}}, 'w'),
    /profiles\.w sets both apiKey and apiKeyFile/,
  );
});

test('profile names are limited to a tame alphabet', () => {
  assert.match(broken({profiles: {'a b': {}}}, 'a b'), /profile name 'a b' must be letters/);
});

test('a bad value in another profile stops nothing; choosing that profile is the error', () => {
  const config = valid({
    defaultProfile: 'good',
    profiles: {good: {apiKey: 'tf_good'}, bad: {interval: -3}},
  });
  const env = {};
  const good = selectProfile(config, PATH, undefined, env);
  assert.ok(good.ok);
  assert.equal(good.name, 'good');
  const bad = selectProfile(config, PATH, 'bad', env);
  assert.equal(bad.ok, false);
  assert.match(bad.ok ? '' : bad.message, /profiles\.bad\.interval must be 0/);
  const list = parseCli(['list'], env, false, {path: PATH, config});
  assert.equal(list.mode, 'list');
  const line = parseCli(['status-line', '--profile', 'bad'], env, false, {path: PATH, config});
  assert.equal(line.mode, 'usage-error');
});

test('key file paths are resolved against the config directory and the home directory', () => {
  const config = valid({profiles: {a: {apiKeyFile: 'keys/a'}, b: {apiKeyFile: '~/b.key'}}});
  assert.equal(config.profiles.a?.apiKeyFile, '/home/ada/.config/tableflow-runs/keys/a');
  assert.equal(config.profiles.b?.apiKeyFile, '/home/ada/b.key');
});

test('XDG variables place the files; relative ones are ignored as the spec says', () => {
  assert.equal(configFile({}, HOME), PATH);
  assert.equal(configFile({XDG_CONFIG_HOME: '/etc/x'}, HOME), '/etc/x/tableflow-runs/config.json');
  assert.equal(configFile({XDG_CONFIG_HOME: 'rel'}, HOME), PATH);
  assert.equal(cacheDir({}, HOME), '/home/ada/.cache/tableflow-runs');
  assert.equal(cacheDir({XDG_CACHE_HOME: '/var/c'}, HOME), '/var/c/tableflow-runs');
});

const TWO: Config = {profiles: {default: {flow: 'D'}, work: {flow: 'W'}}};

test('the profile comes from the flag, then TABLEFLOW_PROFILE, then defaultProfile, then "default"', () => {
  const env = {TABLEFLOW_PROFILE: 'work'};
  const pick = (config: Config, flag?: string, e: Record<string, string> = {}) => {
    const choice = selectProfile(config, PATH, flag, e);
    assert.ok(choice.ok);
    return choice.name;
  };
  assert.equal(pick(TWO, 'default', env), 'default');
  assert.equal(pick(TWO, undefined, env), 'work');
  assert.equal(pick({...TWO, defaultProfile: 'work'}), 'work');
  assert.equal(pick(TWO), 'default');
  assert.equal(pick({profiles: {work: {}}}), undefined);
});

test('an unknown profile is an error listing the known ones', () => {
  const choice = selectProfile(TWO, PATH, 'home', {});
  assert.deepEqual(choice, {
    ok: false,
    message: `--profile: no profile 'home' in ${PATH}; known profiles: default, work`,
  });
  const missing = selectProfile(null, PATH, undefined, {TABLEFLOW_PROFILE: 'x'});
  assert.ok(
    !missing.ok && /TABLEFLOW_PROFILE: no profile 'x'.*it defines none/.test(missing.message),
  );
  const badDefault = selectProfile({...TWO, defaultProfile: 'gone'}, PATH, undefined, {});
  assert.ok(!badDefault.ok && /defaultProfile 'gone' is not defined/.test(badDefault.message));
});

test('inherited object keys are not profiles', () => {
  assert.equal(selectProfile(TWO, PATH, 'toString', {}).ok, false);
});

const KEYED: Config = {
  profiles: {
    work: {
      baseUrl: 'https://work.example',
      apiKey: 'tf_work_key',
      status: 'review',
      intervalMs: 2000,
      bell: true,
    },
    filed: {apiKeyFile: '/keys/filed'},
  },
};
const parse = (argv: string[], env: Record<string, string> = {}, config: Config | null = KEYED) =>
  parseCli(argv, {LANG: 'C.UTF-8', ...env}, true, {path: PATH, config});
function mode<M extends CliResult['mode']>(result: CliResult, expected: M) {
  assert.equal(result.mode, expected, JSON.stringify(result));
  return result as Extract<CliResult, {mode: M}>;
}

test('a profile supplies the base URL, key, filters, interval and bell', () => {
  const tui = mode(parse(['--profile', 'work']), 'tui');
  assert.deepEqual(tui.connection, {
    kind: 'api',
    baseUrl: 'https://work.example',
    apiKey: 'tf_work_key',
  });
  assert.equal(tui.status, 'review');
  assert.equal(tui.intervalMs, 2000);
  assert.equal(tui.bell, 'failed', "the profile's bell: true rings for failures");
});

test('flags beat the environment, which beats the profile', () => {
  const env = {
    TABLEFLOW_PROFILE: 'work',
    TABLEFLOW_BASE_URL: 'https://env.example',
    TABLEFLOW_API_KEY: 'tf_env_key',
  };
  const fromEnv = mode(parse(['list'], env), 'list');
  assert.deepEqual(fromEnv.connection, {
    kind: 'api',
    baseUrl: 'https://env.example',
    apiKey: 'tf_env_key',
  });
  const flagged = mode(
    parse(['list', '--base-url', 'https://flag.example', '--status', 'all'], env),
    'list',
  );
  assert.equal(
    flagged.connection.kind === 'api' && flagged.connection.baseUrl,
    'https://flag.example',
  );
  assert.equal(flagged.status, undefined);
  assert.equal(mode(parse(['--interval', '9'], env), 'tui').intervalMs, 9000);
});

test('a key file is planned, not read, while parsing; TABLEFLOW_API_KEY wins over it', () => {
  assert.deepEqual(mode(parse(['list', '--profile', 'filed']), 'list').connection, {
    kind: 'key-file',
    baseUrl: 'https://api.tableflow.com',
    apiKeyFile: '/keys/filed',
  });
  const env = {TABLEFLOW_API_KEY: 'tf_env_key'};
  assert.equal(mode(parse(['list', '--profile', 'filed'], env), 'list').connection.kind, 'api');
});

test('--profile with an unknown name is a usage error', () => {
  const result = parse(['list', '--profile', 'nope']);
  assert.equal(result.mode, 'usage-error');
  assert.match(result.mode === 'usage-error' ? result.message : '', /known profiles: work, filed/);
});

test('a config file holding a key that others can read is refused with the chmod fix', async () => {
  const path = file('open.json', JSON.stringify({profiles: {w: {apiKey: 'tf_secret_1'}}}), 0o644);
  const result = await loadConfig(path, HOME);
  assert.equal(result.ok, false);
  assert.match(result.ok ? '' : result.message, new RegExp(`mode 644.*chmod 600 ${path}$`));
  assert.doesNotMatch(result.ok ? '' : result.message, /tf_secret_1/);
});

test('a key in a profile with a bad value still makes a readable file refused', async () => {
  const raw = {profiles: {w: {apiKey: 'tf_secret_2', interval: -3}}};
  const result = await loadConfig(file('open-broken.json', JSON.stringify(raw), 0o644), HOME);
  assert.equal(result.ok, false);
  assert.match(result.ok ? '' : result.message, /chmod 600/);
});

test('a private config file with a key loads, and one without a key may be readable', async () => {
  const closed = file(
    'closed.json',
    JSON.stringify({profiles: {w: {apiKey: 'tf_secret_1'}}}),
    0o600,
  );
  assert.equal((await loadConfig(closed, HOME)).ok, true);
  const keyless = file('keyless.json', JSON.stringify({profiles: {w: {flow: 'F'}}}), 0o644);
  assert.equal((await loadConfig(keyless, HOME)).ok, true);
});

test('a missing config file is no config; broken JSON is an error naming the file', async () => {
  assert.deepEqual(await loadConfig(join(dir, 'absent.json'), HOME), {
    ok: true,
    path: join(dir, 'absent.json'),
    config: null,
    warnings: [],
  });
  const broken = file('broken.json', '{"profiles": ', 0o600);
  const result = await loadConfig(broken, HOME);
  assert.ok(!result.ok && result.message.startsWith(`${broken} is not valid JSON`));
});

test('a key file is trimmed, and refused when group or others can read it', () => {
  const good = file('good.key', 'tf_file_key\n', 0o600);
  assert.deepEqual(readKeyFile(good), {key: 'tf_file_key'});
  const shared = file('shared.key', 'tf_file_key\n', 0o640);
  const refused = readKeyFile(shared);
  assert.ok('message' in refused && refused.message.includes(`chmod 600 ${shared}`));
  const empty = file('empty.key', '\n', 0o600);
  assert.deepEqual(readKeyFile(empty), {message: `the key file ${empty} is empty`});
  assert.match(
    (readKeyFile(join(dir, 'none')) as {message: string}).message,
    /cannot read the key file/,
  );
});

test('an environment key sent to a profile that has its own key and host is warned about', () => {
  const env = {TABLEFLOW_API_KEY: 'tf_env_key'};
  const list = mode(parse(['list', '--profile', 'work'], env), 'list');
  assert.equal(list.connection.kind === 'api' && list.connection.apiKey, 'tf_env_key');
  assert.match(
    list.warning ?? '',
    /TABLEFLOW_API_KEY overrides the key of profile 'work' and is sent to https:\/\/work\.example/,
  );
  const flagged = mode(
    parse(['list', '--profile', 'work', '--base-url', 'https://x.example'], env),
    'list',
  );
  assert.equal(flagged.warning, undefined);
  assert.equal(mode(parse(['list', '--profile', 'work']), 'list').warning, undefined);
});
