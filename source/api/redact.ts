// Scrubbing the API key from anything that might be shown: a server can echo it in any
// case (an upper-cased error body, a lower-cased host), in run data, or in a message
// built from both. Matching ignores case, and callers apply it after sanitize(), which
// removes the invisible characters that could otherwise split a key in two.

/** What replaces the key. */
export const REDACTED = '[redacted]';

/** Keys shorter than this are left alone: they would match ordinary text. */
export const MIN_SECRET_LENGTH = 4;

/** A function that replaces `secret`, in any case, with `[redacted]`; identity without one. */
export function redactor(secret: string | undefined): (text: string) => string {
  if (secret === undefined || secret.length < MIN_SECRET_LENGTH) return (text) => text;
  // Unicode case folding: `ſ` and the Kelvin sign `K` read as `s` and `k` to a person too.
  const pattern = new RegExp(secret.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu');
  return (text) => text.replace(pattern, REDACTED);
}

type Json = string | number | boolean | null | undefined | object;

/**
 * A copy of `value` with `redact` applied to every string in it, object keys included;
 * parts that need no change are shared, and `value` itself comes back when nothing does.
 * Meant for parsed domain data: plain objects and arrays, no cycles.
 */
export function redactDeep<T>(value: T, redact: (text: string) => string): T {
  return walk(value as Json, redact) as T;
}

function walk(value: Json, redact: (text: string) => string): Json {
  if (typeof value === 'string') return redact(value);
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const items = value as readonly Json[];
    const mapped = items.map((item) => walk(item, redact));
    return mapped.some((item, index) => item !== items[index]) ? mapped : value;
  }
  let changed = false;
  const entries = Object.entries(value as Record<string, Json>).map(([key, item]) => {
    const next: [string, Json] = [redact(key), walk(item, redact)];
    if (next[0] !== key || next[1] !== item) changed = true;
    return next;
  });
  // fromEntries defines own properties, so a "__proto__" key stays a plain key.
  return changed ? Object.fromEntries(entries) : value;
}
