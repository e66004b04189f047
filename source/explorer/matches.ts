// What a search finds on the loaded page: which runs match a query and where in a text the
// query sits, so rows can highlight it. Pure; the search slice keeps the query, the views paint.
import {flattenMetadata} from '../domain/metadata.js';
import type {Run} from '../domain/run.js';
import {cutAt} from '../text/format.js';
import {sortRuns} from './sort.js';
import type {State} from './state.js';

// The start of each metadata value is searched, as much as the detail shows of it: a page
// of runs holding megabytes of metadata must not cost megabytes per key typed.
const VALUE_CHARS = 1000;

// A run's own texts, lowered once: typing a query then only scans them.
const texts = new WeakMap<Run, string>();

/** The texts a run is searched by, flow name aside: id, name, error, metadata values. */
function haystack(run: Run): string {
  const known = texts.get(run);
  if (known !== undefined) return known;
  const values = flattenMetadata(run.metadata).map((pair) => cutAt(pair.value, VALUE_CHARS));
  const text = [run.id, run.name ?? '', run.error ?? '', ...values].join('\n').toLowerCase();
  texts.set(run, text);
  return text;
}

/** True when `run` matches `query` (case-insensitive substring); an empty query matches all. */
export function runMatches(
  run: Run,
  flowNames: ReadonlyMap<string, string>,
  query: string,
): boolean {
  const needle = query.toLowerCase();
  if (needle === '' || haystack(run).includes(needle)) return true;
  return (flowNames.get(run.flowId) ?? run.flowId).toLowerCase().includes(needle);
}

// One remembered answer: the reducer and the views ask for the same filtered list many
// times per key press; it changes only when the page, the names or the query do.
let last: {
  runs: readonly Run[];
  flowNames: ReadonlyMap<string, string>;
  query: string;
  result: readonly Run[];
} | null = null;

/** The runs of `runs` matching `query`; `runs` itself when the query is empty or all match. */
export function matchingRuns(
  runs: readonly Run[],
  flowNames: ReadonlyMap<string, string>,
  query: string,
): readonly Run[] {
  if (query === '') return runs;
  if (last !== null && last.runs === runs && last.flowNames === flowNames && last.query === query)
    return last.result;
  const found = runs.filter((run) => runMatches(run, flowNames, query));
  const result = found.length === runs.length ? runs : found;
  last = {runs, flowNames, query, result};
  return result;
}

/** A piece of displayed text, and whether it is part of a match. */
export type TextPart = {readonly text: string; readonly match: boolean};

/** Splits `text` around every case-insensitive occurrence of `query`. */
export function highlightParts(text: string, query: string): readonly TextPart[] {
  if (query === '') return [{text, match: false}];
  const lower = text.toLowerCase();
  const needle = query.toLowerCase();
  // Lower-casing can change lengths (e.g. 'İ'); then positions would not line up.
  if (lower.length !== text.length) return [{text, match: false}];
  const parts: TextPart[] = [];
  let from = 0;
  for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, from)) {
    if (at > from) parts.push({text: text.slice(from, at), match: false});
    parts.push({text: text.slice(at, at + needle.length), match: true});
    from = at + needle.length;
  }
  if (from < text.length) parts.push({text: text.slice(from), match: false});
  return parts;
}

/**
 * The runs the list shows: the page, narrowed to the search matches while a search is on,
 * in the order the sort asks for.
 */
export function shownRuns(
  state: Pick<State, 'runs' | 'flowNames' | 'search' | 'sort' | 'loadedAt' | 'now'>,
): readonly Run[] {
  const found =
    state.search === null
      ? state.runs
      : matchingRuns(state.runs, state.flowNames, state.search.query);
  return sortRuns(found, state.sort, state.flowNames, state.loadedAt ?? state.now);
}
