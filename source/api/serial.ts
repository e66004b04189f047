// One request at a time. The explorer polls three things (the runs page, the open run,
// the flow names); sent together they would triple the load on a struggling API and, over
// a slow SSH-tunnelled link, arrive together and compete. Queued, a dashboard left open
// for days never has more than one request in flight, whatever the timers do.
import type {TableFlowClient} from '../domain/run.js';
import {ApiError} from './errors.js';

/** `client`, with each call waiting for the one before it to settle. */
export function serialClient(client: TableFlowClient): TableFlowClient {
  let tail: Promise<unknown> = Promise.resolve();
  function queued<T>(what: string, signal: AbortSignal | undefined, work: () => Promise<T>) {
    const turn = tail.then(() => {
      // Cancelled while waiting: not worth sending.
      if (signal?.aborted) throw new ApiError('aborted', `${what} was cancelled`);
      return work();
    });
    tail = turn.catch(() => undefined);
    return turn;
  }
  return {
    listRuns: (query, signal) =>
      queued('GET /v2/flows/runs', signal, () => client.listRuns(query, signal)),
    getRun: (id, signal) =>
      queued('GET /v2/flows/runs/{id}', signal, () => client.getRun(id, signal)),
    listFlows: (signal) => queued('GET /v2/flows', signal, () => client.listFlows(signal)),
    listFlowRuns: (flowId, signal) =>
      queued('GET /v2/flows/{id}/runs', signal, () => client.listFlowRuns(flowId, signal)),
  };
}
