// The fault modes' names alone, so argument parsing can check `--fault MODE` without
// loading the simulator (the status line starts often and must start fast).

/** Every fault mode, in the order `--help` lists them. */
export const FAULT_MODES = [
  'unauthorized',
  'forbidden',
  'not-found',
  'rate-limited',
  'server-error',
  'bad-gateway',
  'unavailable',
  'hang',
  'html',
  'truncated',
  'disconnect',
  'hostile',
  'disputed-width',
  'absurd',
  'long-history',
  'wrong-types',
  'huge-page',
  'many-flows',
  'huge-run',
  'deep-run',
] as const;

/** One way to misbehave. */
export type FaultMode = (typeof FAULT_MODES)[number];
