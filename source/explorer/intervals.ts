// The refresh intervals `+` and `-` step through, most frequent first; manual (0: refresh
// only with r) is the least frequent of all.

/** Steps in ms, from most to least frequent. */
export const INTERVAL_STEPS = [1000, 2000, 5000, 10_000, 30_000, 60_000, 0] as const;

// How rarely an interval refreshes: manual never does.
const rarity = (ms: number): number => (ms <= 0 ? Infinity : ms);

/** The next step less often (`by` 1) or more often (-1) than `current`, which need not be a step. */
export function stepInterval(current: number, by: 1 | -1): number {
  const now = rarity(current);
  if (by > 0) return INTERVAL_STEPS.find((step) => rarity(step) > now) ?? current;
  return [...INTERVAL_STEPS].reverse().find((step) => rarity(step) < now) ?? current;
}

/** `every 5s`, `every 1.5s`, `every 2m`, `manual`. */
export function intervalText(ms: number): string {
  if (ms <= 0) return 'manual';
  const seconds = ms / 1000;
  return seconds >= 60 && seconds % 60 === 0 ? `every ${seconds / 60}m` : `every ${seconds}s`;
}
