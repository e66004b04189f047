// A small workspace for the health view's tests, every figure of it worked out by hand:
// three flows over the last 48 hours before NOW, some runs in flight.
//
// Window 24h [NOW-24h, NOW):
//   inv (Invoices):  4 completed (10s, 20s, 30s, 40s), 2 failed (50s, 60s), 1 review
//                    (waiting since NOW-3h), 1 processing (started NOW-2h: stuck)
//                    -> runs 8, failure rate 2/6, p50 30s (rank 3 of 6), p95 60s
//   rec (Receipts):  3 completed (5s, 5s, 5s), no failure -> rate 0, p50 = p95 = 5s
//   po  (long name): no run in this window; 2 completed, 2 failed in the window before
// Window before [NOW-48h, NOW-24h):
//   inv: 3 completed, 1 failed -> rate 1/4 (so the change is +8.3 points)
//   po:  rate 2/4
import type {Flow, Run} from '../../source/domain/run.js';
import {makeFlow, makeRun, NOW} from './runs.js';

const H = 3_600_000;

/** The fixture's flows. */
export const FLOWS: readonly Flow[] = [
  makeFlow({id: 'inv', name: 'Invoices'}),
  makeFlow({id: 'rec', name: 'Receipts'}),
  makeFlow({id: 'po', name: 'Purchase Order Reconciliation Across Every Subsidiary'}),
];

let next = 0;
function run(flowId: string, status: string, hoursAgo: number, durationS = 0): Run {
  const startedAt = NOW - hoursAgo * H;
  const finished = status === 'completed' || status === 'failed';
  return makeRun({
    id: `h${String(next++).padStart(3, '0')}`,
    flowId,
    status,
    startedAt,
    createdAt: startedAt,
    endedAt: finished ? startedAt + durationS * 1000 : null,
    ...(status === 'review'
      ? {
          history: [
            {status: 'processing', at: startedAt, message: 'started'},
            {status: 'review', at: startedAt + 60_000, message: 'Waiting for review'},
          ],
          updatedAt: startedAt + 60_000,
        }
      : {}),
  });
}

/** The fixture's runs, newest first. */
export function healthRuns(): Run[] {
  next = 0;
  const runs = [
    run('inv', 'processing', 2),
    run('inv', 'review', 3 + 1 / 60),
    run('inv', 'completed', 4, 10),
    run('rec', 'completed', 5, 5),
    run('inv', 'completed', 6, 20),
    run('inv', 'failed', 8, 50),
    run('rec', 'completed', 9, 5),
    run('inv', 'completed', 12, 30),
    run('inv', 'failed', 16, 60),
    run('rec', 'completed', 18, 5),
    run('inv', 'completed', 20, 40),
    run('inv', 'completed', 26, 10),
    run('po', 'failed', 27, 10),
    run('inv', 'completed', 30, 10),
    run('po', 'completed', 31, 10),
    run('inv', 'failed', 34, 10),
    run('po', 'failed', 36, 10),
    run('inv', 'completed', 40, 10),
    run('po', 'completed', 44, 10),
  ];
  return runs.sort((a, b) => b.createdAt - a.createdAt);
}
