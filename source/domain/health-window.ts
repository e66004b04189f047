// The windows flow health is measured over: the four the UI cycles through with `w`, and
// the whole hours or days `stats --window` accepts. Whole hours only, because `per_hour`
// counts runs by the hour and must cover the window exactly.

/** One hour, in ms. */
export const HOUR_MS = 3_600_000;

/** The windows the health view cycles through, in order. */
export const HEALTH_WINDOWS = ['1h', '6h', '24h', '7d'] as const;

/** A window of the health view. */
export type HealthWindow = (typeof HEALTH_WINDOWS)[number];

/** The window the view opens on, and `stats` uses without `--window`. */
export const DEFAULT_HEALTH_WINDOW: HealthWindow = '24h';

/** The longest window `stats` accepts: 30 days (720 hourly buckets). */
export const MAX_WINDOW_HOURS = 720;

/** A window's length in ms: `24h`, `7d`, `48h`; null when it is not whole hours or days in range. */
export function parseWindow(text: string): number | null {
  const match = /^(\d{1,4})([hd])$/.exec(text.trim().toLowerCase());
  if (match === null) return null;
  const hours = Number(match[1]) * (match[2] === 'd' ? 24 : 1);
  return hours >= 1 && hours <= MAX_WINDOW_HOURS ? hours * HOUR_MS : null;
}

/** A preset's length in ms. */
export function windowMs(window: HealthWindow): number {
  return parseWindow(window) ?? 24 * HOUR_MS;
}

/** `7d` for whole days from 2 days up, else `36h`. */
export function windowText(ms: number): string {
  const hours = Math.round(ms / HOUR_MS);
  return hours >= 48 && hours % 24 === 0 ? `${hours / 24}d` : `${hours}h`;
}

/** The next (or previous) window in the cycle. */
export function cycleWindow(window: HealthWindow, by: 1 | -1): HealthWindow {
  const index = HEALTH_WINDOWS.indexOf(window) + by + HEALTH_WINDOWS.length;
  return HEALTH_WINDOWS[index % HEALTH_WINDOWS.length] ?? DEFAULT_HEALTH_WINDOW;
}
