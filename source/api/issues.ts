// Turns a zod failure into one short line that says where and what, for example
// `flow_runs[3] (id "abc").status_history[0].time: expected a Unix timestamp, got string`.
// It names types, never values: values are untrusted and could be long.
import type {z} from 'zod';
import {expected} from './schema-values.js';
import {oneLine} from './sanitize.js';

type Key = PropertyKey;

/** `a.b[0].c` from a zod path. */
export function formatPath(path: readonly Key[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

function valueAt(input: unknown, path: readonly Key[]): unknown {
  let current = input;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<Key, unknown>)[key];
  }
  return current;
}

function describe(issue: z.core.$ZodIssue, input: unknown): string {
  if (issue.code === 'invalid_type') {
    return expected(issue.expected, valueAt(input, issue.path));
  }
  return oneLine(issue.message, 120);
}

/** The first issue of `error`, as `<prefix><path>: <what is wrong>` (prefix joins with `.`). */
export function describeIssue(error: z.ZodError, input: unknown, prefix = ''): string {
  const issue = error.issues[0];
  if (issue === undefined) return `${prefix || 'response'}: does not match the documented shape`;
  const path = formatPath(issue.path);
  const where = prefix === '' ? path || 'response' : path === '' ? prefix : `${prefix}.${path}`;
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : '';
  return `${where}: ${describe(issue, input)}${more}`;
}

/** `label (id "…")` when `raw` has a usable id, so a message points at the right run. */
export function labelWithId(label: string, raw: unknown): string {
  const value = typeof raw === 'object' && raw !== null ? (raw as {id?: unknown}).id : undefined;
  if (typeof value !== 'string' && typeof value !== 'number') return label;
  return `${label} (id "${oneLine(String(value), 40)}")`;
}
