// What `tableflow-runs simulate` prints, kept next to the simulator so the CLI and the
// docs show the same lines.

import type {Fault} from '../faults/faults.js';

/** The parts of a simulator the banner mentions. */
export type BannerSource = {
  readonly url: string;
  readonly key: string;
  readonly seed: number;
  readonly live: boolean;
  readonly meanArrivalMs: number;
  readonly faults?: {readonly current: () => Fault | null};
};

function describeFault(fault: Fault | null | undefined): string {
  if (fault === null || fault === undefined) return 'none';
  return fault.remaining === null
    ? `${fault.mode} (until cleared)`
    : `${fault.mode} (next ${fault.remaining} request${fault.remaining === 1 ? '' : 's'})`;
}

/** Lines describing a running simulator and how to point tableflow-runs and curl at it. */
export function formatBanner(sim: BannerSource): string[] {
  const base = `${sim.url}/v2`;
  const pace = sim.live
    ? `live: a new run every ~${(sim.meanArrivalMs / 1000).toFixed(1)} s on average`
    : 'frozen: the world does not move on';
  return [
    `TableFlow simulator listening on ${sim.url}`,
    `  API           ${base}`,
    `  API key       ${sim.key}`,
    `  seed          ${sim.seed} (${pace})`,
    `  fault         ${describeFault(sim.faults?.current())}`,
    '',
    'Watch it with:',
    `  TABLEFLOW_BASE_URL=${sim.url} TABLEFLOW_API_KEY=${sim.key} tableflow-runs`,
    'Or ask it directly:',
    `  curl -H 'Authorization: Bearer ${sim.key}' '${base}/flows/runs?status=failed&limit=5'`,
    'Make it misbehave (modes: GET /__sim/fault; "none" clears):',
    `  curl -X POST -H 'Authorization: Bearer ${sim.key}' -d '{"mode":"rate-limited","count":3}' '${sim.url}/__sim/fault'`,
  ];
}
