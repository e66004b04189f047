// The domain model every part of the app shares. Only `source/api/` knows the wire
// format; it maps TableFlow's JSON onto these types once, at the boundary. Every string
// here has already been sanitised (no escape sequences or control characters other
// than '\n'), and every time is epoch *milliseconds* (the wire uses Unix seconds).

/** The four documented run statuses, in the order the status filter cycles through them. */
export const KNOWN_STATUSES = ['processing', 'review', 'completed', 'failed'] as const;

/** A documented run status. */
export type KnownStatus = (typeof KNOWN_STATUSES)[number];

/**
 * A run status as the server sent it: one of the documented four, or any other string,
 * which is kept and shown as such rather than dropped.
 */
export type RunStatus = KnownStatus | (string & Record<never, never>);

/** True when `status` is one of the four documented statuses. */
export function isKnownStatus(status: string): status is KnownStatus {
  return (KNOWN_STATUSES as readonly string[]).includes(status);
}

/** True for statuses after which a run never changes again. */
export function isFinished(status: RunStatus): boolean {
  return status === 'completed' || status === 'failed';
}

/** One entry of a run's status history (oldest first). */
export type StatusEntry = {
  readonly status: RunStatus;
  /** Epoch ms. */
  readonly at: number;
  readonly message: string;
};

/** A JSON value from run metadata, already sanitised. */
export type MetadataValue =
  | string
  | number
  | boolean
  | null
  | readonly MetadataValue[]
  | {readonly [key: string]: MetadataValue};

/** One sheet (tab) of a Google Sheets export. */
export type DriveSheet = {readonly sheetId: number; readonly title: string};

/** One Google Drive export of a run, keyed on the wire by a name such as `reconciliation`. */
export type DriveFile = {
  readonly key: string;
  readonly fileId: string;
  readonly mimeType: string;
  readonly sheets: readonly DriveSheet[];
};

/** One step of a flow. Only `id`, `title` and `type` are present on a run's embedded flow. */
export type FlowStep = {
  readonly id: string;
  readonly title: string;
  /** `extraction`, `reconciliation`, `verification`, `review`, or any other string. */
  readonly type: string;
  readonly description: string | null;
  readonly order: number | null;
};

/** A flow (a multi-step pipeline). */
export type Flow = {
  readonly id: string;
  readonly workspaceId: string;
  readonly name: string;
  readonly description: string;
  readonly steps: readonly FlowStep[];
  readonly active: boolean;
};

/** A flow run as listed by `GET /v2/flows/runs`. */
export type Run = {
  readonly id: string;
  /**
   * The name given when the run was started (newer run-flow docs accept one; no response
   * example shows it). Present only when the server sends a non-empty one.
   */
  readonly name?: string;
  readonly flowId: string;
  readonly workspaceId: string;
  readonly status: RunStatus;
  readonly history: readonly StatusEntry[];
  /** The failure message; null unless the run failed. */
  readonly error: string | null;
  readonly metadata: Readonly<Record<string, MetadataValue>>;
  /** `api`, `manual`, or any other string the server sends. */
  readonly trigger: string;
  /** Epoch ms, or null when the server sent none. */
  readonly startedAt: number | null;
  /** Epoch ms; null while the run is not finished. */
  readonly endedAt: number | null;
  /** Milliseconds; 0 while processing. */
  readonly durationMs: number;
  readonly driveFiles: readonly DriveFile[];
  /** Epoch ms. */
  readonly createdAt: number;
  /** Epoch ms. */
  readonly updatedAt: number;
};

/** A run from `GET /v2/flows/runs/{id}`, with the flow definition embedded. */
export type RunDetail = Run & {readonly flow: Flow | null};

/** Pagination metadata of a runs page. */
export type Pagination = {
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
  /** Null on the last page. */
  readonly nextOffset: number | null;
  /** Echo of the filter the server applied; the docs leave its meaning open. */
  readonly filter: string | null;
  /** The server sent no `total`: `total` is only a lower bound (what was seen so far). */
  readonly totalUnknown?: true;
};

/** One page of runs. */
export type RunPage = {
  readonly runs: readonly Run[];
  readonly pagination: Pagination;
  /**
   * Runs the server sent that did not match the documented shape and were left out of
   * `runs`, one sanitised line each (`Invalid response from GET /v2/flows/runs:
   * flow_runs[3] (id "abc").status: missing (expected string)`). Absent when none were.
   */
  readonly problems?: readonly string[];
  /** How many runs were left out for not matching the shape (problems may be capped). */
  readonly skipped?: number;
};

/** What to ask `GET /v2/flows/runs` for. */
export type RunsQuery = {
  readonly status?: KnownStatus | undefined;
  readonly flowId?: string | undefined;
  /** 1..1000. */
  readonly limit: number;
  readonly offset: number;
};

/**
 * Everything the UI and the commands need from TableFlow. The real implementation is
 * `createClient` in `source/api/client.ts`; tests inject their own.
 * Every method rejects with an `ApiError` (source/api/errors.ts) and honours `signal`.
 */
export type TableFlowClient = {
  readonly listRuns: (query: RunsQuery, signal?: AbortSignal) => Promise<RunPage>;
  readonly getRun: (id: string, signal?: AbortSignal) => Promise<RunDetail>;
  readonly listFlows: (signal?: AbortSignal) => Promise<readonly Flow[]>;
  readonly listFlowRuns: (flowId: string, signal?: AbortSignal) => Promise<readonly Run[]>;
};
