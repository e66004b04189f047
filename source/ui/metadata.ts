// Run metadata is arbitrary JSON. Both the list snippet and the detail pane show it as flat
// `path = value` pairs, so nested objects stay readable on one line each.
import type {MetadataValue, Run} from '../domain.js';
import {foldNewlines} from '../format.js';

/** One leaf of the metadata: `a.b[0]` and its value as text (may contain newlines). */
export type MetadataPair = {readonly key: string; readonly value: string};

function leafText(value: string | number | boolean | null): string {
  return typeof value === 'string' ? value : String(value);
}

function flattenInto(prefix: string, value: MetadataValue, out: MetadataPair[]): void {
  if (Array.isArray(value)) {
    if (value.length === 0) out.push({key: prefix, value: '[]'});
    value.forEach((item: MetadataValue, index: number) =>
      flattenInto(`${prefix}[${index}]`, item, out),
    );
    return;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) out.push({key: prefix, value: '{}'});
    for (const [key, item] of entries)
      flattenInto(prefix === '' ? key : `${prefix}.${key}`, item, out);
    return;
  }
  out.push({key: prefix, value: leafText(value as string | number | boolean | null)});
}

/** Flattens metadata into `path = value` pairs, in the server's key order. */
export function flattenMetadata(metadata: Run['metadata']): MetadataPair[] {
  const out: MetadataPair[] = [];
  for (const [key, value] of Object.entries(metadata)) flattenInto(key, value, out);
  // A key is shown on one line, so a line break in it must not start another.
  return out.map((pair) => ({key: foldNewlines(pair.key), value: pair.value}));
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

/** The most telling one-line summary of a run: its error if it failed, else its metadata or latest message. */
export function runSnippet(run: Run): {readonly text: string; readonly isError: boolean} {
  if (run.status === 'failed') {
    const message = run.error ?? run.history.at(-1)?.message ?? '';
    return {text: foldNewlines(message), isError: true};
  }
  const text = tellingPairs(run.metadata)
    .map((p) => `${p.key}=${p.value}`)
    .join('  ');
  // Without metadata, the latest status message is the next best clue.
  return {
    text: foldNewlines(text === '' ? (run.history.at(-1)?.message ?? '') : text),
    isError: false,
  };
}
