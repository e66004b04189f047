// The explorer's first page, asked for before Ink and the app have loaded: the request
// travels while the UI's code is parsed, so the first frame with data comes sooner. The
// app does not know: its poller's first `listRuns` for the same query gets the pending
// answer, and every later call goes to the API as usual.
import type {RunPage, RunsQuery, TableFlowClient} from '../domain/run.js';
import {ApiError} from './errors.js';

const sameQuery = (a: RunsQuery, b: RunsQuery): boolean =>
  a.status === b.status && a.flowId === b.flowId && a.limit === b.limit && a.offset === b.offset;

// The pending answer, given up on (not cancelled: nobody else waits for it) when the
// caller's signal aborts, as a request of its own would be.
function untilAborted(page: Promise<RunPage>, signal: AbortSignal | undefined): Promise<RunPage> {
  if (signal === undefined) return page;
  const cancelled = (): ApiError => new ApiError('aborted', 'GET /v2/flows/runs was cancelled');
  if (signal.aborted) return Promise.reject(cancelled());
  return new Promise<RunPage>((resolve, reject) => {
    const onAbort = (): void => reject(cancelled());
    signal.addEventListener('abort', onAbort, {once: true});
    page.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** A client whose first page is on its way, and that page once it has arrived. */
export type Prefetched = {
  readonly client: TableFlowClient;
  /** The page, if it has already arrived (and the app has not taken it); else null. */
  readonly arrived: () => RunPage | null;
};

/** `client`, with `listRuns(query)` already sent; the first matching call takes its answer. */
export function prefetchFirstPage(client: TableFlowClient, query: RunsQuery): Prefetched {
  let first: Promise<RunPage> | null = client.listRuns(query);
  let page: RunPage | null = null;
  // Nobody may ever ask (the app could end first): a failure must not go unhandled.
  first.then(
    (answer) => {
      page = answer;
    },
    () => undefined,
  );
  const wrapped: TableFlowClient = {
    listRuns: (asked, signal) => {
      if (first === null || !sameQuery(asked, query)) return client.listRuns(asked, signal);
      const pending = first;
      first = null;
      return untilAborted(pending, signal);
    },
    getRun: (id, signal) => client.getRun(id, signal),
    listFlows: (signal) => client.listFlows(signal),
    listFlowRuns: (flowId, signal) => client.listFlowRuns(flowId, signal),
  };
  return {client: wrapped, arrived: () => (first === null ? null : page)};
}
