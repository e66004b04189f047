// Run metadata is arbitrary JSON. Both the list snippet and the detail pane show it as flat
// `path = value` pairs, so nested objects stay readable on one line each. Flattening is
// iterative and capped (below): a 130,000-item array becomes 100 pairs and a
// `… 129,900 more` entry, in no more time than that takes.
import {cutAt, foldNewlines} from '../text/format.js';
import type {MetadataValue, Run} from './run.js';

/** Entries shown of each metadata object or array. */
export const METADATA_ENTRIES = 100;
/** Metadata values shown in all. */
export const METADATA_VALUES = 300;

/** One leaf of the metadata: `a.b[0]` and its value as text (may contain newlines). */
export type MetadataPair = {readonly key: string; readonly value: string};

/** A pair, or how many entries of the object or array at `key` are not shown ('' = all). */
export type MetadataEntry =
  | ({readonly kind: 'pair'} & MetadataPair)
  | {readonly kind: 'more'; readonly key: string; readonly count: number};

type Container = readonly MetadataValue[] | {readonly [key: string]: MetadataValue};

// One object or array being walked: its own path, its keys (null for an array), and
// how far through it the walk is.
type Frame = {
  readonly path: string;
  readonly value: Container;
  readonly keys: readonly string[] | null;
  readonly total: number;
  index: number;
};

function frame(path: string, value: Container): Frame {
  const keys = Array.isArray(value) ? null : Object.keys(value);
  const total = keys === null ? (value as readonly MetadataValue[]).length : keys.length;
  return {path, value, keys, total, index: 0};
}

function childOf(parent: Frame): readonly [string, MetadataValue | undefined] {
  const at = parent.index;
  if (parent.keys === null)
    return [`${parent.path}[${at}]`, (parent.value as readonly MetadataValue[])[at]];
  const key = parent.keys[at] ?? '';
  const path = parent.path === '' ? key : `${parent.path}.${key}`;
  return [path, (parent.value as {readonly [key: string]: MetadataValue})[key]];
}

function walk(metadata: Run['metadata']): MetadataEntry[] {
  const out: MetadataEntry[] = [];
  const stack: Frame[] = [frame('', metadata)];
  let values = 0;
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as Frame;
    const shown = Math.min(top.total, METADATA_ENTRIES);
    if (top.index >= shown) {
      stack.pop();
      if (top.total > shown) out.push({kind: 'more', key: top.path, count: top.total - shown});
      continue;
    }
    if (values >= METADATA_VALUES) {
      // Out of room: one line for everything still open, innermost to outermost.
      const count = stack.reduce((sum, open) => sum + open.total - open.index, 0);
      out.push({kind: 'more', key: '', count});
      break;
    }
    const [path, value] = childOf(top);
    top.index += 1;
    if (value !== null && typeof value === 'object') {
      const inner = frame(path, value);
      if (inner.total > 0) {
        stack.push(inner);
        continue;
      }
    }
    values += 1;
    out.push({kind: 'pair', key: path, value: leafText(value)});
  }
  return out;
}

function leafText(value: MetadataValue | undefined): string {
  if (Array.isArray(value)) return '[]';
  if (value !== null && typeof value === 'object') return '{}';
  return typeof value === 'string' ? value : String(value ?? null);
}

// Runs keep their metadata object while they are on screen, and the detail and the list
// flatten it on every frame: once per object is enough.
const flattened = new WeakMap<object, readonly MetadataEntry[]>();

/** The metadata as capped entries, in the server's key order; keys on one line each. */
export function metadataEntries(metadata: Run['metadata']): readonly MetadataEntry[] {
  const known = flattened.get(metadata);
  if (known !== undefined) return known;
  // A key is shown on one line, so a line break in it must not start another.
  const entries = walk(metadata).map((entry) => ({...entry, key: foldNewlines(entry.key)}));
  flattened.set(metadata, entries);
  return entries;
}

/** The `path = value` pairs the detail shows, without the `… more` entries. */
export function flattenMetadata(metadata: Run['metadata']): MetadataPair[] {
  return metadataEntries(metadata).flatMap((entry) =>
    entry.kind === 'pair' ? [{key: entry.key, value: entry.value}] : [],
  );
}

// What people search runs by: purchase orders, invoices, customers and orders.
const TELLING_KEY = /(^|[^a-z])(po|purchase|invoice|customer|order)/i;

/** Metadata pairs with the most telling keys (PO, invoice, customer, order) first. */
export function tellingPairs(metadata: Run['metadata']): MetadataPair[] {
  const pairs = flattenMetadata(metadata);
  return [
    ...pairs.filter((p) => TELLING_KEY.test(p.key)),
    ...pairs.filter((p) => !TELLING_KEY.test(p.key)),
  ];
}

// A list cell or a CSV field never needs more: the widest terminal shows a few hundred.
const SNIPPET_CHARS = 1000;

function snippetOf(pairs: readonly MetadataPair[]): string {
  let text = '';
  for (const {key, value} of pairs) {
    if (text.length >= SNIPPET_CHARS) break;
    text += `${text === '' ? '' : '  '}${key}=${cutAt(value, SNIPPET_CHARS)}`;
  }
  return text.length > SNIPPET_CHARS ? `${cutAt(text, SNIPPET_CHARS - 1)}…` : text;
}

/** The most telling one-line summary of a run: its error if it failed, else its metadata or latest message. */
export function runSnippet(run: Run): {readonly text: string; readonly isError: boolean} {
  if (run.status === 'failed') {
    const message = run.error ?? run.history.at(-1)?.message ?? '';
    return {text: foldNewlines(cutAt(message, SNIPPET_CHARS)), isError: true};
  }
  const text = snippetOf(tellingPairs(run.metadata));
  // Without metadata, the latest status message is the next best clue.
  const latest = run.history.at(-1)?.message ?? '';
  return {text: foldNewlines(text === '' ? cutAt(latest, SNIPPET_CHARS) : text), isError: false};
}
