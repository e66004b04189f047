// How much one run or flow may hold before it is mapped. JSON.parse copes with any depth,
// but walks over its result recurse (zod, JSON.stringify), and a run of a million values
// costs seconds to validate and sanitise. A run past either limit is left out of its page
// and counted, like a malformed one; checking is one iterative walk that stops at the limit.

/** Deepest nesting mapped: a run's metadata is 1 level down, its entries 2… */
export const MAX_DEPTH = 100;

/** Most JSON values (objects, arrays, strings, numbers…) one run or flow may hold. */
export const MAX_VALUES = 1_000_000;

const tooMany = (limit: number): string =>
  `more than ${String(limit).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} values`;

const LIMITS = {depth: MAX_DEPTH, values: MAX_VALUES} as const;

/**
 * Why `value` is past the limits (`nested more than 100 levels deep`, `more than 1,000,000
 * values`), or null when it is within them. With `keys`, only those fields of an
 * object count: fields nobody maps cost nothing.
 */
export function beyondLimits(
  value: unknown,
  keys?: readonly string[],
  limits: {readonly depth: number; readonly values: number} = LIMITS,
): string | null {
  // Two parallel stacks instead of recursion: no input can overflow the call stack. Values
  // are counted as they are found, so a container too big for the limit stops the walk
  // before its items are gathered (Object.values on 100,000 keys alone takes 100 ms).
  const pending: unknown[] = [];
  const depths: number[] = [];
  if (keys !== undefined && typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    for (const key of keys) {
      if (!Object.hasOwn(record, key)) continue;
      pending.push(record[key]);
      depths.push(1);
    }
  } else {
    pending.push(value);
    depths.push(0);
  }
  let count = pending.length;
  while (pending.length > 0) {
    const item = pending.pop();
    const depth = depths.pop() ?? 0;
    if (typeof item !== 'object' || item === null) continue;
    if (depth >= limits.depth) return `nested more than ${limits.depth} levels deep`;
    if (Array.isArray(item)) {
      count += item.length;
      if (count > limits.values) return tooMany(limits.values);
      for (const child of item) {
        pending.push(child);
        depths.push(depth + 1);
      }
      continue;
    }
    const record = item as Record<string, unknown>;
    const names = Object.keys(record);
    count += names.length;
    if (count > limits.values) return tooMany(limits.values);
    for (const name of names) {
      pending.push(record[name]);
      depths.push(depth + 1);
    }
  }
  return null;
}
