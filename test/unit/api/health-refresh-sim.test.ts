// The health sync against the simulator over real HTTP, read back from its request log.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {createClient} from '../../../source/api/client.js';
import {syncHealth} from '../../../source/api/health-sync.js';
import {DEFAULT_HEALTH_CAP} from '../../../source/domain/health-data.js';
import {HOUR_MS} from '../../../source/domain/health-window.js';
import {startSimulator} from '../../../source/simulator/http/server.js';
import {DEMO_WORLD} from '../../../source/simulator/world/history.js';

const START = Date.UTC(2026, 10, 29, 12, 0, 0);

test('a refresh fetches no known page again, before and after new runs arrive', async () => {
  let now = START;
  const sim = await startSimulator({seed: 3, clock: () => now, ...DEMO_WORLD});
  try {
    const client = createClient({baseUrl: sim.url, apiKey: sim.key});
    const options = () => ({since: now - 48 * HOUR_MS, cap: DEFAULT_HEALTH_CAP});
    const loaded = await syncHealth(client, null, options());
    const first = sim.stats().recent;
    // About 4,000 runs in 48 hours: pages of 1,000 down to them, and nothing else.
    const pages = first.filter((target) =>
      /^\/v2\/flows\/runs\?limit=1000&offset=\d+$/.test(target),
    );
    assert.equal(pages.length, Math.ceil(loaded.runs.length / 1000), first.join('\n'));
    assert.equal(first.length, pages.length);

    sim.resetStats();
    const unchanged = await syncHealth(client, loaded, options());
    assert.deepEqual(sim.stats().recent, [
      '/v2/flows/runs?status=processing&limit=1000&offset=0',
      '/v2/flows/runs?status=review&limit=1000&offset=0',
      '/v2/flows/runs?limit=50&offset=0',
    ]);
    assert.equal(unchanged.runs.length, loaded.runs.length);

    now += 10 * 60_000;
    sim.resetStats();
    const moved = await syncHealth(client, unchanged, options());
    const later = sim.stats().recent;
    // The demo's pace (a run every ~20 s): ten minutes of new runs fit the first page.
    // Then only the top of the list and runs by id: nothing the first load paged.
    assert.ok(later.length <= 3 + 5, later.join('\n'));
    for (const target of later)
      assert.ok(/offset=0$/.test(target) || /^\/v2\/flows\/runs\/[^?]+$/.test(target), target);
    const arrived = moved.runs.filter((run) => run.createdAt > START);
    assert.ok(arrived.length > 0);
    assert.deepEqual(
      moved.runs.slice(0, arrived.length).map((run) => run.id),
      arrived.map((run) => run.id),
    );
  } finally {
    await sim.close();
  }
});
