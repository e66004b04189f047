// A scripted server holding a workspace of runs a test can change between requests: it
// answers GET /v2/flows/runs (status and flow filters, limit, offset, newest first as
// given) and GET /v2/flows/runs/{id} in the API's shape, and records every request.
import {toWireDetail, toWireRun} from '../../source/api/to-wire.js';
import type {Run} from '../../source/domain/run.js';
import {makeDetail} from './runs.js';
import {startServer, type Recorded, type Reply, type TestServer} from './test-server.js';

/** The server, the runs it serves (newest first; replace or edit them), and its log. */
export type RunsServer = TestServer & {
  runs: Run[];
  /** Requests as `path?query`, in order. */
  readonly log: () => string[];
  /** Fail the next request for which `when` holds with this reply, once. */
  readonly failOnce: (when: (request: Recorded) => boolean, reply: Reply) => void;
};

/** Starts a server serving `runs`. */
export async function startRunsServer(runs: Run[]): Promise<RunsServer> {
  let failure: {when: (request: Recorded) => boolean; reply: Reply} | null = null;
  let state = {runs};
  const server = await startServer((request) => {
    if (failure !== null && failure.when(request)) {
      const {reply} = failure;
      failure = null;
      return reply;
    }
    const [, v2, flows, runsSegment, id] = request.path.split('/');
    if (v2 !== 'v2' || flows !== 'flows' || runsSegment !== 'runs') return {status: 404, body: {}};
    if (id !== undefined) {
      const run = state.runs.find((candidate) => candidate.id === decodeURIComponent(id));
      return run === undefined
        ? {status: 404, body: {error: 'Flow run not found'}}
        : {body: toWireDetail(makeDetail(run))};
    }
    const status = request.query.get('status');
    const flowId = request.query.get('flow_id');
    const limit = Number(request.query.get('limit') ?? 100);
    const offset = Number(request.query.get('offset') ?? 0);
    const matching = state.runs.filter(
      (run) =>
        (status === null || run.status === status) && (flowId === null || run.flowId === flowId),
    );
    const next = offset + limit;
    return {
      body: {
        flow_runs: matching.slice(offset, next).map(toWireRun),
        pagination: {
          total: matching.length,
          limit,
          offset,
          next_offset: next < matching.length ? next : null,
          filter: status ?? 'all',
        },
      },
    };
  });
  // The handler reads the runs from the object the test holds, so assigning them works.
  const holder: RunsServer = Object.assign(server, {
    runs,
    log: () =>
      server.requests.map((request) => {
        const query = request.query.toString();
        return query === '' ? request.path : `${request.path}?${query}`;
      }),
    failOnce: (when: (request: Recorded) => boolean, reply: Reply) => {
      failure = {when, reply};
    },
  });
  state = holder;
  return holder;
}
