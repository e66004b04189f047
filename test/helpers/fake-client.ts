import {ApiError} from '../../source/api/errors.js';
import type {
  Flow,
  Run,
  RunDetail,
  RunPage,
  RunsQuery,
  TableFlowClient,
} from '../../source/domain/run.js';
import {makeDetail, makeFlow, makePage} from './runs.js';

type Reply<T> = T | ApiError | Promise<T>;

/** One recorded request. */
export type Call =
  | {readonly method: 'listRuns'; readonly query: RunsQuery; readonly signal?: AbortSignal}
  | {readonly method: 'getRun'; readonly id: string; readonly signal?: AbortSignal}
  | {readonly method: 'listFlows'; readonly signal?: AbortSignal}
  | {readonly method: 'listFlowRuns'; readonly flowId: string; readonly signal?: AbortSignal};

/** A scripted `TableFlowClient` that records every call. */
export type FakeClient = TableFlowClient & {
  readonly calls: Call[];
  /** The `listRuns` queries for pages of the list, in order. */
  readonly runQueries: () => RunsQuery[];
  /** The `listRuns` queries for the header's counts (`limit=1`), in order. */
  readonly countQueries: () => RunsQuery[];
  /** Replace the runs the default script serves (e.g. a status changes on the server). */
  setRuns: (runs: readonly Run[]) => void;
  /** Script every further `listRuns` reply. */
  onListRuns: (reply: (query: RunsQuery) => Reply<RunPage>) => void;
  onGetRun: (reply: (id: string) => Reply<RunDetail>) => void;
  onListFlows: (reply: () => Reply<readonly Flow[]>) => void;
};

function settle<T>(reply: Reply<T>): Promise<T> {
  return reply instanceof ApiError ? Promise.reject(reply) : Promise.resolve(reply);
}

/**
 * A client serving `runs` the way the API would: filtered by status and flow, newest
 * first as given, paged by offset and limit. Every reply can be scripted instead.
 */
export function createFakeClient(
  options: {readonly runs?: readonly Run[]; readonly flows?: readonly Flow[]} = {},
): FakeClient {
  let runs = options.runs ?? [];
  const flows = options.flows ?? [makeFlow()];
  let listRuns = (query: RunsQuery): Reply<RunPage> => {
    const matching = runs.filter(
      (run) =>
        (query.status === undefined || run.status === query.status) &&
        (query.flowId === undefined || run.flowId === query.flowId),
    );
    return makePage(matching.slice(query.offset, query.offset + query.limit), {
      total: matching.length,
      limit: query.limit,
      offset: query.offset,
    });
  };
  let getRun = (id: string): Reply<RunDetail> => {
    const run = runs.find((candidate) => candidate.id === id);
    return run === undefined ? new ApiError('not-found', `Run ${id} not found`) : makeDetail(run);
  };
  let listFlows = (): Reply<readonly Flow[]> => flows;
  const calls: Call[] = [];
  return {
    calls,
    // The header's needs-attention counts ask for one run of a status; they are not pages.
    runQueries: () =>
      calls.flatMap((call) =>
        call.method === 'listRuns' && call.query.limit !== 1 ? [call.query] : [],
      ),
    countQueries: () =>
      calls.flatMap((call) =>
        call.method === 'listRuns' && call.query.limit === 1 ? [call.query] : [],
      ),
    setRuns: (next) => {
      runs = next;
    },
    onListRuns: (reply) => {
      listRuns = reply;
    },
    onGetRun: (reply) => {
      getRun = reply;
    },
    onListFlows: (reply) => {
      listFlows = reply;
    },
    listRuns: (query, signal) => {
      calls.push({method: 'listRuns', query, signal});
      return settle(listRuns(query));
    },
    getRun: (id, signal) => {
      calls.push({method: 'getRun', id, signal});
      return settle(getRun(id));
    },
    listFlows: (signal) => {
      calls.push({method: 'listFlows', signal});
      return settle(listFlows());
    },
    listFlowRuns: (flowId, signal) => {
      calls.push({method: 'listFlowRuns', flowId, signal});
      return settle(runs.filter((run) => run.flowId === flowId));
    },
  };
}
