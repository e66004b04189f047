import type {Flow, Run, RunDetail, RunPage, RunStatus} from '../../source/domain/run.js';

/** A fixed "now" for tests: 2026-11-29T12:00:00Z. */
export const NOW = Date.UTC(2026, 10, 29, 12, 0, 0);

/** Builds a run whose fields fit together (history matches status, times match duration). */
export function makeRun(overrides: Partial<Run> & {readonly id: string}): Run {
  const status: RunStatus = overrides.status ?? 'completed';
  const startedAt = overrides.startedAt ?? NOW - 10 * 60_000;
  const finished = status === 'completed' || status === 'failed';
  const endedAt =
    overrides.endedAt === undefined ? (finished ? startedAt + 30_000 : null) : overrides.endedAt;
  const error =
    overrides.error === undefined
      ? status === 'failed'
        ? "Extraction step 'Extract Invoice' failed: Template not found"
        : null
      : overrides.error;
  const history = overrides.history ?? [
    {status: 'processing', at: startedAt, message: 'Flow started via api'},
    ...(status === 'processing'
      ? []
      : [
          {
            status,
            at: endedAt ?? startedAt + 20_000,
            message:
              status === 'failed'
                ? (error ?? 'failed')
                : status === 'review'
                  ? 'Waiting for review'
                  : 'Flow completed successfully',
          },
        ]),
  ];
  return {
    flowId: 'dk4g1tUg1uHLs8YU',
    workspaceId: 'uT2bJNWN75YPU95r',
    metadata: {customer_id: '12345', order_number: 'PO-2024-001'},
    trigger: 'api',
    durationMs: endedAt === null ? 0 : endedAt - startedAt,
    driveFiles: [],
    createdAt: startedAt,
    updatedAt: endedAt ?? startedAt,
    ...overrides,
    status,
    startedAt,
    endedAt,
    error,
    history,
  };
}

/** A flow like the docs' example. */
export function makeFlow(overrides: Partial<Flow> = {}): Flow {
  return {
    id: 'dk4g1tUg1uHLs8YU',
    workspaceId: 'uT2bJNWN75YPU95r',
    name: 'PO to Invoice Reconciliation',
    description: 'Match purchase orders with invoices and verify totals',
    steps: [
      {
        id: 'step_1',
        title: 'Extract Purchase Order',
        type: 'extraction',
        description: null,
        order: 1,
      },
      {id: 'step_2', title: 'Extract Invoice', type: 'extraction', description: null, order: 2},
      {
        id: 'step_3',
        title: 'Reconcile Documents',
        type: 'reconciliation',
        description: null,
        order: 3,
      },
    ],
    active: true,
    ...overrides,
  };
}

/** A run with its flow embedded, as `getRun` returns it. */
export function makeDetail(run: Run, flow: Flow | null = makeFlow()): RunDetail {
  return {...run, flow};
}

/** `count` runs, newest first, one minute apart, with statuses cycling through all four. */
export function makeRuns(count: number, start = 0): Run[] {
  const statuses: RunStatus[] = ['completed', 'processing', 'review', 'failed'];
  return Array.from({length: count}, (_, index) => {
    const n = start + index;
    return makeRun({
      id: `run${String(n).padStart(4, '0')}`,
      status: statuses[n % statuses.length],
      startedAt: NOW - (n + 1) * 60_000,
    });
  });
}

/** A page of runs with pagination that agrees with it. */
export function makePage(
  runs: readonly Run[],
  options: {total?: number; limit?: number; offset?: number} = {},
): RunPage {
  const limit = options.limit ?? 100;
  const offset = options.offset ?? 0;
  const total = options.total ?? offset + runs.length;
  const next = offset + limit;
  return {
    runs,
    pagination: {total, limit, offset, nextOffset: next < total ? next : null, filter: 'all'},
  };
}
