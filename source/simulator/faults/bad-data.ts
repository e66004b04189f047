// Answers that are valid JSON but wrong in what they hold: the fault modes `absurd`,
// `long-history`, `wrong-types` and `huge-page` rewrite the normal response body, so the
// client's validation and layout meet them through a real socket. Each rewrite is
// deterministic, so a test can say exactly what the screen must show.

import {isObject, rewriteJson as rewrite, type Json, type JsonObject} from './json-edit.js';

/** The runs a body holds: a page's `flow_runs`, a bare list, or the one run of a detail. */
function runsOf(body: Json): JsonObject[] {
  const list = isObject(body) ? body.flow_runs : body;
  if (Array.isArray(list)) return list.filter(isObject);
  return isObject(body) && 'status_history' in body ? [body] : [];
}

// Year 2999 in Unix seconds, and a duration of about 285,000 years in ms.
const FAR_FUTURE = 32_503_593_600;
const HUGE_DURATION = Number.MAX_SAFE_INTEGER;

/** Times before 1970 and after 2999, end before start, durations negative and huge, totals below zero. */
export function absurdJson(body: string): string {
  return rewrite(body, (value) => {
    runsOf(value).forEach((run, index) => {
      run.created_at = index % 2 === 0 ? FAR_FUTURE : -86_400;
      run.start_time = index % 2 === 0 ? FAR_FUTURE : -1;
      run.end_time = index % 3 === 0 ? 0 : FAR_FUTURE + 1;
      run.duration = index % 2 === 0 ? HUGE_DURATION : -5_000;
      run.updated_at = FAR_FUTURE * 1000;
      const history = Array.isArray(run.status_history) ? run.status_history : [];
      history.forEach((entry) => {
        if (isObject(entry)) entry.time = index % 2 === 0 ? FAR_FUTURE : -1;
      });
    });
    if (isObject(value) && isObject(value.pagination)) {
      value.pagination.total = -7;
      value.pagination.next_offset = -100;
    }
    return value;
  });
}

/** Entries in each long status history. */
export const LONG_HISTORY_LENGTH = 5_000;

/**
 * A status history of LONG_HISTORY_LENGTH entries, one step a second: for the run of a
 * detail, and for the first run of a list (every run of a 1,000-run page would make a
 * 300 MB answer, which says nothing more about the client).
 */
export function longHistoryJson(body: string): string {
  return rewrite(body, (value) => {
    for (const run of runsOf(value).slice(0, 1)) {
      const start = typeof run.start_time === 'number' ? run.start_time : 0;
      const last = Array.isArray(run.status_history) ? run.status_history.at(-1) : undefined;
      const history: Json[] = [];
      for (let step = 0; step < LONG_HISTORY_LENGTH - 1; step++) {
        const status = step % 2 === 0 ? 'processing' : 'review';
        history.push({status, time: start + step, message: `Retry ${step + 1} of a looping step`});
      }
      history.push(last ?? {status: 'processing', time: start, message: 'Still going'});
      run.status_history = history;
    }
    return value;
  });
}

/** Text of the status the `wrong-types` mode gives one run: not one of the four. */
export const UNKNOWN_STATUS = 'archived';

/**
 * In a list: the first run keeps its shape but has an unknown status, the second lacks
 * fields, the third has fields of the wrong types; the rest are fine. A single run (the
 * detail) gets wrong types throughout.
 */
export function wrongTypesJson(body: string): string {
  return rewrite(body, (value) => {
    const runs = runsOf(value);
    const single = isObject(value) && runs.length === 1 && runs[0] === value;
    runs.forEach((run, index) => {
      if (single || index === 2) {
        run.id = 12_345;
        run.status_history = 'none';
        run.metadata = [1, 2, 3];
        run.duration = '30s';
      } else if (index === 0) {
        run.status = UNKNOWN_STATUS;
      } else if (index === 1) {
        delete run.flow_id;
        delete run.status;
      }
    });
    if (isObject(value) && isObject(value.pagination)) value.pagination.total = 'many';
    return value;
  });
}

/** Runs in a `huge-page` answer, whatever limit was asked for. */
export const HUGE_PAGE_SIZE = 1_000;

/** A runs page with HUGE_PAGE_SIZE runs: the page's own repeated under new ids. */
export function hugePageJson(body: string): string {
  return rewrite(body, (value) => {
    if (!isObject(value) || !Array.isArray(value.flow_runs)) return value;
    const source = value.flow_runs.filter(isObject);
    if (source.length === 0) return value;
    const runs: Json[] = [];
    for (let index = 0; index < HUGE_PAGE_SIZE; index++) {
      const run = source[index % source.length] as JsonObject;
      runs.push({...run, id: `${String(run.id)}${index.toString(36).padStart(2, '0')}`});
    }
    value.flow_runs = runs;
    return value;
  });
}
