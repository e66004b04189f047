import {test} from 'node:test';
import assert from 'node:assert/strict';
import {settle, startApp} from '../../helpers/app-harness.js';
import {createFakeClient} from '../../helpers/fake-client.js';
import {KEYS} from '../../helpers/keys.js';
import {makeRun, makeRuns} from '../../helpers/runs.js';
import type {ProfileSwitcher} from '../../../source/tui/hooks/use-profile-switch.js';

// `P` in the app: the profiles listed, a reconnection to another workspace's client, the
// header naming the profile, and nothing more asked of the old client.
function switcher(second: ReturnType<typeof createFakeClient>): ProfileSwitcher {
  return {
    entries: [
      {name: 'alpha', detail: 'alpha.tableflow.invalid'},
      {name: 'bad', detail: ''},
      {name: 'beta', detail: 'beta.tableflow.invalid'},
    ],
    current: 'alpha',
    none: 'No profiles',
    connect: async (name) =>
      name === 'bad'
        ? {message: 'config.json: profiles.bad.interval must be 0 (off) or 0.05..86400 seconds'}
        : {
            client: second,
            host: 'beta.tableflow.invalid',
            status: undefined,
            flowId: undefined,
            intervalMs: 60_000,
            limit: 50,
          },
  };
}

test('P lists the profiles; Enter on one reconnects to it and the header names it', async () => {
  const first = createFakeClient({runs: makeRuns(20)});
  const second = createFakeClient({runs: [makeRun({id: 'BETA-RUN-0001', status: 'failed'})]});
  const app = await startApp({client: first, props: {profiles: switcher(second)}});
  try {
    assert.match(app.lines()[0] ?? '', /alpha \(api\.tableflow\.com\)/);
    app.stdin.write('P');
    await settle();
    assert.match(app.frame(), /Switch to which profile\? \(3 in the config\)/);
    assert.match(app.frame(), /alpha \(in use\)\s+alpha\.tableflow\.invalid/);
    app.stdin.write('2');
    await settle();
    assert.match(app.frame(), /✖ config\.json: profiles\.bad\.interval must be/);
    app.stdin.write(KEYS.down);
    await settle();
    app.stdin.write(KEYS.enter);
    await settle();
    await settle();
    assert.match(app.lines()[0] ?? '', /beta \(beta\.tableflow\.invalid\)/);
    assert.match(app.frame(), /BETA-RUN-0001/);
    assert.doesNotMatch(app.frame(), /run0000/);
    const asked = first.calls.length;
    app.stdin.write('r');
    await settle();
    assert.equal(first.calls.length, asked, 'the old client is asked nothing more');
    assert.ok(
      second.calls.some((call) => call.method === 'listFlows'),
      'the new flows, at once',
    );
  } finally {
    app.unmount();
  }
});

test('without profiles, P says so in the footer', async () => {
  const app = await startApp({
    props: {profiles: {...switcher(createFakeClient()), entries: [], current: null}},
  });
  try {
    app.stdin.write('P');
    await settle();
    assert.match(app.lines().at(-1) ?? '', /No profiles/);
  } finally {
    app.unmount();
  }
});
