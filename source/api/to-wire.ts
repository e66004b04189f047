// Domain -> the documented JSON shape (Unix seconds, snake_case, field order as in the
// docs), for `list --json` and friends: a script consuming our output sees what the API
// would have sent, minus anything we could not parse, with strings already sanitised.
import type {
  DriveFile,
  Flow,
  MetadataValue,
  Pagination,
  Run,
  RunDetail,
  RunPage,
} from '../domain/run.js';

/** A JSON object as written by `toWire*`. */
export type WireJson = {readonly [key: string]: MetadataValue};

const seconds = (ms: number): number => Math.floor(ms / 1000);
const optionalSeconds = (ms: number | null): number | null => (ms === null ? null : seconds(ms));

function driveFiles(files: readonly DriveFile[]): WireJson {
  // fromEntries: a "__proto__" export name stays a plain key.
  return Object.fromEntries(
    files.map((file) => [
      file.key,
      {
        file_id: file.fileId,
        mime_type: file.mimeType,
        sheets: file.sheets.map((sheet) => ({sheet_id: sheet.sheetId, title: sheet.title})),
      },
    ]),
  );
}

function runFields(run: Run): WireJson {
  return {
    id: run.id,
    ...(run.name === undefined ? {} : {name: run.name}),
    flow_id: run.flowId,
    workspace_id: run.workspaceId,
    status: run.status,
    status_history: run.history.map((entry) => ({
      status: entry.status,
      time: seconds(entry.at),
      message: entry.message,
    })),
    error: run.error,
    metadata: run.metadata,
    trigger_method: run.trigger,
    start_time: optionalSeconds(run.startedAt),
    end_time: optionalSeconds(run.endedAt),
    duration: run.durationMs,
    drive_files: driveFiles(run.driveFiles),
  };
}

/** A run as the API documents it (section 4.1). */
export function toWireRun(run: Run): WireJson {
  return {
    ...runFields(run),
    created_at: seconds(run.createdAt),
    updated_at: seconds(run.updatedAt),
  };
}

/** A flow as the API documents it; step `description`/`order` only when known. */
export function toWireFlow(flow: Flow): WireJson {
  return {
    id: flow.id,
    workspace_id: flow.workspaceId,
    name: flow.name,
    description: flow.description,
    steps: flow.steps.map((step) => ({
      id: step.id,
      title: step.title,
      ...(step.description === null ? {} : {description: step.description}),
      type: step.type,
      ...(step.order === null ? {} : {order: step.order}),
    })),
    active: flow.active,
  };
}

/** A run with its flow, as GET /v2/flows/runs/{id} documents it (section 3.2). */
export function toWireDetail(detail: RunDetail): WireJson {
  return {
    ...runFields(detail),
    flow: detail.flow === null ? null : toWireFlow(detail.flow),
    created_at: seconds(detail.createdAt),
    updated_at: seconds(detail.updatedAt),
  };
}

function pagination(page: Pagination): WireJson {
  return {
    total: page.total,
    limit: page.limit,
    offset: page.offset,
    next_offset: page.nextOffset,
    filter: page.filter,
  };
}

/** A page as GET /v2/flows/runs documents it: `{flow_runs, pagination}`. */
export function toWirePage(page: RunPage): WireJson {
  return {flow_runs: page.runs.map(toWireRun), pagination: pagination(page.pagination)};
}
