// The health view's request budgets, over real HTTP against the simulator: the first load
// of 20,000 runs (the cap, 1,000 a page) and a refresh of a workspace where nothing moved.
// Requests are counted by the simulator; the client is the app's own.
import {createClient} from '../source/api/client.js';
import {syncHealth} from '../source/api/health-sync.js';
import {DEFAULT_HEALTH_CAP} from '../source/domain/health-data.js';
import {HOUR_MS} from '../source/domain/health-window.js';
import {startSimulator} from '../source/simulator/http/server.js';
import {DEMO_HISTORY} from '../source/simulator/world/history.js';
import {formatCount} from '../source/text/format.js';
import {median, type Figure} from './stats.js';

/** The health figures of the bench table, each measured `rounds` times. */
export async function healthBench(
  rounds: number,
  log: (message: string) => void,
): Promise<Figure[]> {
  log('health: the first load of 20,000 runs, a refresh of an unchanged workspace (alone)');
  const now = Date.now();
  // Twelve days at 110 runs an hour: more than the cap, so the first load stops at it.
  const sim = await startSimulator({
    seed: 21,
    live: false,
    clock: () => now,
    history: {...DEMO_HISTORY, days: 12},
  });
  const client = createClient({baseUrl: sim.url, apiKey: sim.key});
  // The 7d window: its runs and the week before, for the change of the failure rate.
  const options = {since: now - 14 * 24 * HOUR_MS, cap: DEFAULT_HEALTH_CAP};
  const loads: number[] = [];
  const loadMs: number[] = [];
  const runs: number[] = [];
  const refreshes: number[] = [];
  const refreshMs: number[] = [];
  try {
    for (let round = 0; round < rounds; round++) {
      sim.resetStats();
      let started = performance.now();
      const loaded = await syncHealth(client, null, options);
      loadMs.push(performance.now() - started);
      loads.push(sim.stats().requests);
      runs.push(loaded.runs.length);
      // Twice: the first refresh after a load is the one that asks the status lists.
      const settled = await syncHealth(client, loaded, options);
      sim.resetStats();
      started = performance.now();
      await syncHealth(client, settled, options);
      refreshMs.push(performance.now() - started);
      refreshes.push(sim.stats().requests);
    }
  } finally {
    await sim.close();
  }
  return [
    {
      name: 'health first load, 20,000 runs',
      unit: 'requests',
      samples: loads,
      budget: '<= 20',
      ok: Math.max(...loads) <= 20 && Math.min(...runs) === DEFAULT_HEALTH_CAP,
      note: `${median(loadMs).toFixed(0)} ms; ${formatCount(runs[0] ?? 0)} runs loaded`,
    },
    {
      name: 'health refresh, unchanged workspace',
      unit: 'requests',
      samples: refreshes,
      budget: '<= 3',
      ok: Math.max(...refreshes) <= 3,
      note: `${median(refreshMs).toFixed(0)} ms`,
    },
  ];
}
