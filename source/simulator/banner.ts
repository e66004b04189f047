// What `tableflow-runs simulate` prints, kept next to the simulator so the CLI and the
// docs show the same lines.

/** The parts of a simulator the banner mentions. */
export type BannerSource = {
  readonly url: string;
  readonly key: string;
  readonly seed: number;
  readonly live: boolean;
  readonly meanArrivalMs: number;
};

/** Lines describing a running simulator and how to point tableflow-runs and curl at it. */
export function formatBanner(sim: BannerSource): string[] {
  const base = `${sim.url}/v2`;
  const pace = sim.live
    ? `live: a new run every ~${(sim.meanArrivalMs / 1000).toFixed(1)} s on average`
    : 'frozen: the world does not move on';
  return [
    `TableFlow simulator listening on ${sim.url}`,
    `  API base URL  ${base}`,
    `  API key       ${sim.key}`,
    `  seed          ${sim.seed} (${pace})`,
    '',
    'Watch it with:',
    `  TABLEFLOW_BASE_URL=${base} TABLEFLOW_API_KEY=${sim.key} tableflow-runs`,
    'Or ask it directly:',
    `  curl -H 'Authorization: Bearer ${sim.key}' '${base}/flows/runs?status=failed&limit=5'`,
  ];
}
