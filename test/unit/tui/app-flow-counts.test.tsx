import {test} from 'node:test';
import assert from 'node:assert/strict';
import {setTimeout as delay} from 'node:timers/promises';
import {ApiError} from '../../../source/api/errors.js';
import type {RunsQuery} from '../../../source/domain/run.js';
import {settle, startApp} from '../../helpers/app-harness.js';
import {createFakeClient} from '../../helpers/fake-client.js';
import {KEYS} from '../../helpers/keys.js';
import {makeFlow, makePage, makeRuns} from '../../helpers/runs.js';

// The flow picker's run counts through the app: asked for the rows on screen, one request
// at a time, shown beside each flow; a refusal shows `?` and the next rows still come.
const FLOWS = Array.from({length: 500}, (_, n) =>
  makeFlow({id: `F${String(n).padStart(3, '0')}`, name: `Flow ${String(n).padStart(3, '0')}`}),
);

const isFlowCount = (query: RunsQuery): boolean => query.limit === 1 && query.status === undefined;

async function until(check: () => boolean): Promise<void> {
  for (let turn = 0; turn < 400 && !check(); turn += 1) await delay(2);
  assert.ok(check(), 'in time');
}

test('the picker shows each flow run count, fetched one at a time for the rows on screen only', async () => {
  const client = createFakeClient({runs: makeRuns(40), flows: FLOWS});
  let inFlight = 0;
  let most = 0;
  client.onListRuns(async (query) => {
    if (!isFlowCount(query)) return makePage(makeRuns(40), {total: 40, limit: query.limit});
    inFlight += 1;
    most = Math.max(most, inFlight);
    await delay(1);
    inFlight -= 1;
    if (query.flowId === 'F002') throw new ApiError('not-found', 'no such flow');
    const n = query.flowId === undefined ? 9999 : Number(query.flowId.slice(1));
    return makePage([], {total: n * 10, limit: 1});
  });
  const app = await startApp({client, rows: 20});
  try {
    app.stdin.write('f');
    await settle();
    const asked = () => client.calls.filter((c) => c.method === 'listRuns' && isFlowCount(c.query));
    await until(() => /Flow 012 .*120 runs/.test(app.frame()));
    await delay(20);
    const rows = app.lines().filter((line) => /^[› ] [ \d] (All flows|Flow \d+)/.test(line));
    assert.equal(asked().length, rows.length, 'one request per row on screen, of 500 flows');
    assert.equal(most, 1, 'never two at once');
    assert.match(app.frame(), /All flows.*99,990 runs/);
    assert.match(app.frame(), /Flow 001 .*\s10 runs/);
    assert.match(app.frame(), /Flow 002 .*\s\?$/m, 'refused: ?');
    // A screen further on: the new rows are asked for, the old ones kept.
    app.stdin.write(KEYS.pageDown);
    await settle();
    app.stdin.write(KEYS.pageDown);
    await until(() => /Flow 026 .*260 runs/.test(app.frame()));
    const all = asked().filter((c) => c.method === 'listRuns' && c.query.flowId === undefined);
    assert.equal(all.length, 1, 'a count on hand is not asked again');
    // Esc cancels: no more requests.
    app.stdin.write(KEYS.escape);
    await settle();
    const before = asked().length;
    await delay(30);
    assert.equal(asked().length, before);
  } finally {
    app.unmount();
  }
});
