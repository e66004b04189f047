// A refresh of a live page returns mostly the runs it returned last time. Validating,
// mapping, sanitising and scrubbing each costs about as much as the rest of a refresh,
// so a run seen before and unchanged is not mapped again: its earlier Run comes back, the
// same object, which the reducer and the views then recognise at once as unchanged. A
// changed answer costs in proportion to the runs that changed.
import type {Run} from '../domain/run.js';
import type {Parsed} from './to-domain.js';

// Enough for a few pages of runs; past it, starting over is cheaper than tracking age.
const KEPT = 2048;

// Longer runs are mapped every time: holding their text as a key would cost more than it saves.
const LONGEST = 65_536;

// The run's own JSON, as the key: any change to it, whatever the server did or did not
// bump, makes a new key. Unserialisable (nested too deep to walk) or too long: no key.
function keyOf(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  try {
    const text = JSON.stringify(raw);
    return text.length <= LONGEST ? text : null;
  } catch {
    return null;
  }
}

/** `parse` that answers a run seen before (by `keyOf`) with the Run it made then. */
export function memoizedRuns(
  parse: (raw: unknown, label: string) => Parsed<Run>,
): (raw: unknown, label: string) => Parsed<Run> {
  const runs = new Map<string, Run>();
  return (raw, label) => {
    const key = keyOf(raw);
    const known = key === null ? undefined : runs.get(key);
    if (known !== undefined) return {ok: true, value: known};
    const parsed = parse(raw, label);
    if (parsed.ok && key !== null) {
      if (runs.size >= KEPT) runs.clear();
      runs.set(key, parsed.value);
    }
    return parsed;
  };
}
