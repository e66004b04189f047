// A config file with a syntax error is reported by line and column, never by quoting it:
// the text around the error is often the API key.
import {after, test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {loadConfig} from '../../../source/config/load.js';
import {locateJsonError} from '../../../source/config/json-error.js';

const dir = mkdtempSync(join(tmpdir(), 'tableflow-json-'));
after(() => rmSync(dir, {recursive: true, force: true}));
const KEY = 'tf_live_9f8e7d6c5b4a3210ZYXW';

async function messageFor(text: string): Promise<string> {
  const path = join(dir, 'config.json');
  writeFileSync(path, text, {mode: 0o600});
  const result = await loadConfig(path, '/home/ada');
  assert.equal(result.ok, false);
  return result.ok ? '' : result.message;
}

test('an unquoted key is reported by line and column, and no part of it is shown', async () => {
  const message = await messageFor(`{\n  "profiles": {"w": {"apiKey": ${KEY}}}\n}\n`);
  assert.match(message, /config\.json is not valid JSON: line 2, column 32: expected a value$/);
  for (let start = 0; start + 4 <= KEY.length; start++)
    assert.ok(!message.includes(KEY.slice(start, start + 4)), message);
});

test('a missing comma after the key is placed after it, without quoting it', async () => {
  const message = await messageFor(`{"profiles": {"w": {"apiKey": "${KEY}" "flow": "F"}}}`);
  assert.match(message, /line 1, column 62: expected ',' or '}'$/);
  assert.ok(!message.toLowerCase().includes('tf_live'));
});

test('a trailing comma is named for what it is', () => {
  assert.deepEqual(locateJsonError('{"a": [1, 2,]}'), {
    line: 1,
    column: 13,
    reason: "a comma before ']' (JSON allows none)",
  });
  assert.equal(locateJsonError('{"a": 1,\n}')?.reason, "a comma before '}' (JSON allows none)");
});

test('a line break inside a string and an unclosed file are located', () => {
  assert.deepEqual(locateJsonError('{"k": "tf_\nabc"}'), {
    line: 1,
    column: 11,
    reason: 'a control character (such as a line break) inside a string',
  });
  assert.deepEqual(locateJsonError('{"profiles": {\n'), {
    line: 2,
    column: 1,
    reason: 'the file ends early: expected a property name in double quotes',
  });
});

test('the scanner agrees with JSON.parse on what is valid', () => {
  const samples = [
    '{}',
    ' [1, -0.5e+3, "a\\u00e9\\n", true, false, null, {"x": []}] ',
    '{"a": {"b": [[], {}]}}',
    '',
    '01',
    '[1 2]',
    '{"a" 1}',
    '"\\x"',
    '{"a": tru}',
    '[1] [2]',
    '{"a": 1}}',
    '[-]',
    '"\\u12G4"',
  ];
  for (const text of samples) {
    let valid = true;
    try {
      JSON.parse(text);
    } catch {
      valid = false;
    }
    assert.equal(locateJsonError(text) === null, valid, JSON.stringify(text));
  }
});

test('deep nesting is scanned without overflowing the stack', () => {
  const deep = '['.repeat(200_000);
  assert.equal(locateJsonError(deep)?.reason, 'the file ends early: expected a value');
});
