import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Action} from '../../../source/explorer/actions.js';
import {modeOf, type ProfilesState, type State} from '../../../source/explorer/state.js';
import {fresh, load, press, run, type} from '../../helpers/explorer.js';
import {NOW, makeRuns} from '../../helpers/runs.js';

const PROFILES: ProfilesState = {
  entries: [
    {name: 'alpha', detail: 'api.tableflow.com'},
    {name: 'bad', detail: ''},
    {name: 'beta', detail: 'beta.example.com'},
  ],
  current: 'beta',
  none: 'No profiles: there is no config file (/cfg)',
  picker: null,
};

const started = (profiles: ProfilesState = PROFILES): State =>
  load(fresh({profiles}), makeRuns(30), {total: 300});

const connected = (name: string, now = NOW + 5000): Action => ({
  type: 'profile-connected',
  name,
  status: 'review',
  flowId: undefined,
  intervalMs: 2000,
  limit: 25,
  now,
});

test('P without profiles says so, and opens nothing', () => {
  const state = run(started({...PROFILES, entries: [], current: null}), type('P'));
  assert.equal(state.profiles.picker, null);
  assert.equal(state.message?.text, 'No profiles: there is no config file (/cfg)');
  assert.equal(state.message?.tone, 'warning');
});

test('P lists the profiles with the one in use highlighted; Esc closes; keys move', () => {
  const open = run(started(), type('P'));
  assert.equal(modeOf(open), 'profiles');
  assert.equal(open.profiles.picker?.index, 2);
  assert.equal(run(open, type('k')).profiles.picker?.index, 1);
  assert.equal(run(open, type('j')).profiles.picker?.index, 2, 'clamped at the end');
  assert.equal(run(open, press({escape: true})).profiles.picker, null);
  assert.equal(run(open, type('q')).quit, false, 'q closes the picker, not the app');
});

test('Enter on another profile asks to connect; on the one in use it only closes', () => {
  const asked = run(started(), type('P'), type('k'), type('k'), press({return: true}));
  assert.equal(asked.profiles.picker?.connecting, 'alpha');
  assert.equal(asked.profiles.current, 'beta', 'not switched until connected');
  assert.equal(asked.runs.length, 30, 'the old data stays meanwhile');
  const same = run(started(), type('P'), press({return: true}));
  assert.equal(same.profiles.picker, null);
  assert.match(same.message?.text ?? '', /already on profile beta/);
  assert.equal(run(started(), type('P'), type('1')).profiles.picker?.connecting, 'alpha');
});

test('a profile that cannot be used says why in the picker, which stays open', () => {
  const asked = run(started(), type('P'), type('2'));
  const failed = run(asked, {
    type: 'profile-failed',
    name: 'bad',
    message: 'config.json: profiles.bad.interval must be 0 (off) or 0.05..86400 seconds',
  });
  assert.equal(failed.profiles.picker?.connecting, null);
  assert.match(failed.profiles.picker?.error ?? '', /profiles\.bad\.interval/);
  assert.equal(failed.profiles.current, 'beta');
  assert.equal(failed.runs.length, 30, 'the current connection goes on');
  // Another choice clears the error.
  assert.equal(run(failed, type('1')).profiles.picker?.error, null);
});

test('connected: the explorer starts over on the new profile, its filter and interval', () => {
  const before = run(started(), type('t'), type('l'), type('/'), type('x'), press({return: true}));
  const asked = run(before, type('P'), type('1'));
  const switched = run(asked, connected('alpha'));
  assert.equal(switched.profiles.current, 'alpha');
  assert.equal(switched.profiles.picker, null);
  assert.deepEqual(switched.runs, []);
  assert.equal(switched.pagination, null);
  assert.equal(switched.offset, 0);
  assert.equal(switched.search, null);
  assert.equal(switched.filter, 'review');
  assert.equal(switched.intervalMs, 2000);
  assert.equal(switched.limit, 25);
  assert.ok(switched.generation > asked.generation, 'results for the old client are dropped');
  assert.equal(switched.session, asked.session + 1, 'every feed restarts');
  assert.equal(switched.timeFormat, before.timeFormat, 'view preferences stay');
  assert.equal(switched.columns, before.columns);
  assert.match(switched.message?.text ?? '', /connected to profile alpha/);
  // The old generation's page no longer lands.
  const late = run(switched, {
    type: 'runs-loaded',
    generation: asked.generation,
    page: {
      runs: makeRuns(3),
      pagination: {total: 3, limit: 50, offset: 0, nextOffset: null, filter: null},
    },
    now: NOW,
  });
  assert.deepEqual(late.runs, []);
});

test('an answer for a profile the user has left is dropped', () => {
  const left = run(started(), type('P'), type('1'), press({escape: true}));
  assert.equal(run(left, connected('alpha')), left);
  const changed = run(started(), type('P'), type('1'), type('3'));
  assert.equal(changed.profiles.picker, null, 'beta is in use: closed');
  assert.equal(run(changed, connected('alpha')).profiles.current, 'beta');
});
