// A small seeded PRNG so the simulated world is a pure function of its seed: the same
// seed and the same clock give byte-identical responses, which the tests rely on.
// Math.random is never used inside the world.

/** A seeded source of pseudo-random numbers and the few draws the simulator needs. */
export type Rng = {
  /** A float in [0, 1). */
  readonly next: () => number;
  /** An integer in [min, max] (both inclusive). */
  readonly int: (min: number, max: number) => number;
  /** True with probability `p`. */
  readonly chance: (p: number) => boolean;
  /** One element of a non-empty list. */
  readonly pick: <T>(items: readonly T[]) => T;
  /** One element, chosen in proportion to its weight. */
  readonly weighted: <T>(items: readonly (readonly [T, number])[]) => T;
  /** `length` characters drawn from `alphabet`. */
  readonly chars: (length: number, alphabet?: string) => string;
};

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** mulberry32: tiny, fast, and good enough for fake data. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError('pick() needs at least one item');
    return items[int(0, items.length - 1)] as T;
  };
  const weighted = <T>(items: readonly (readonly [T, number])[]): T => {
    const total = items.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = next() * total;
    for (const [item, weight] of items) {
      roll -= weight;
      if (roll < 0) return item;
    }
    return pick(items)[0];
  };
  const chars = (length: number, alphabet = ALPHANUMERIC): string => {
    let out = '';
    for (let index = 0; index < length; index++) out += alphabet[int(0, alphabet.length - 1)];
    return out;
  };
  return {next, int, chance: (p) => next() < p, pick, weighted, chars};
}

/** A 16-character alphanumeric id, the format of every id in the newer docs. */
export function makeId(rng: Rng): string {
  return rng.chars(16);
}
