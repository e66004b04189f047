// The hostile bench's in-process figures: fetching and parsing the huge answers, and keys
// on 1,000 runs at the size cap through the bundled runTui (size-cap-harness.ts).
import {execFile} from 'node:child_process';
import {promisify} from 'node:util';
import {createClient} from '../source/api/client.js';
import {bundle} from './bundle.js';
import type {HostileServer} from './hostile-data.js';
import {median, percentile, type Figure} from './stats.js';

/** Fetch and parse of the 100k flows and the page of 1,000 big runs, three times each. */
export async function parsing(flows: HostileServer, page: HostileServer): Promise<Figure[]> {
  const time = async (work: () => Promise<unknown>): Promise<number[]> => {
    const samples: number[] = [];
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      await work();
      samples.push(performance.now() - started);
    }
    return samples;
  };
  // A fresh client each time: the transport would otherwise reuse the first answer.
  const fresh = (url: string) => createClient({baseUrl: url, apiKey: 'k'});
  const flowMs = await time(() => fresh(flows.url).listFlows());
  const pageMs = await time(() => fresh(page.url).listRuns({limit: 1000, offset: 0}));
  return [
    {
      name: 'listFlows, 100k flows (fetch+parse)',
      unit: 'ms',
      samples: flowMs,
      budget: '-',
      ok: true,
    },
    {
      name: 'listRuns, 1,000 big runs (fetch+parse)',
      unit: 'ms',
      samples: pageMs,
      budget: '-',
      ok: true,
    },
  ];
}

/** Key to bytes on 1,000 runs at the size cap, in process through the bundled runTui. */
export async function sizeCap(): Promise<Figure[]> {
  const harness = await bundle('./size-cap-harness.ts', 'size-cap-harness');
  const {stdout} = await promisify(execFile)(process.execPath, [harness], {maxBuffer: 1 << 20});
  const keys = JSON.parse(stdout) as {
    down: number[];
    open: number;
    scroll: number[];
    search: number[];
  };
  const p95 = percentile(keys.down, 95);
  return [
    {
      name: 'key to frame, 1,000 runs at the size cap',
      unit: 'ms',
      samples: [p95, median(keys.down), percentile(keys.down, 99)],
      budget: '<= 30',
      ok: p95 <= 30,
      note: 'in process (runTui, bundled); samples: p95, p50, p99',
    },
    {
      name: 'Enter on a run at the size cap',
      unit: 'ms',
      samples: [keys.open],
      budget: '-',
      ok: true,
    },
    {
      name: 'j in its detail',
      unit: 'ms',
      samples: keys.scroll,
      budget: '<= 30',
      ok: median(keys.scroll) <= 30,
    },
    {name: 'search, per key (1,000 runs)', unit: 'ms', samples: keys.search, budget: '-', ok: true},
  ];
}
