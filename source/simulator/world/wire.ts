// The JSON shapes the simulator serves, spelled as on the wire (snake_case, Unix seconds,
// duration in ms). Deliberately separate from source/domain/: the simulator imitates
// TableFlow, it does not share the client's model, so a mapping bug cannot hide in both.

/** A run status as TableFlow documents it. */
export const WIRE_STATUSES = ['processing', 'review', 'completed', 'failed'] as const;

/** One of the four documented statuses. */
export type WireStatus = (typeof WIRE_STATUSES)[number];

/** The documented step kinds. */
export type StepType = 'extraction' | 'reconciliation' | 'verification' | 'review';

/** One `status_history` entry. `time` is Unix seconds. */
export type WireHistoryEntry = {
  readonly status: WireStatus;
  readonly time: number;
  readonly message: string;
};

/** One Google Drive export, as in fixture 3.2. */
export type WireDriveFile = {
  readonly file_id: string;
  readonly mime_type: string;
  readonly sheets: readonly {readonly sheet_id: number; readonly title: string}[];
};

/** A flow run as listed by `GET /v2/flows/runs`. */
export type WireRun = {
  readonly id: string;
  readonly flow_id: string;
  readonly workspace_id: string;
  readonly status: WireStatus;
  readonly status_history: readonly WireHistoryEntry[];
  readonly error: string | null;
  readonly metadata: Readonly<Record<string, string>>;
  readonly trigger_method: 'api' | 'manual';
  readonly start_time: number;
  readonly end_time: number | null;
  readonly duration: number;
  readonly drive_files: Readonly<Record<string, WireDriveFile>>;
  readonly created_at: number;
  readonly updated_at: number;
};

/** One file input of a flow. */
export type WireFileField = {
  readonly key: string;
  readonly name: string;
  readonly required: boolean;
  readonly file_types: readonly string[];
  readonly max_file_size: number;
};

/** One step of a full flow object. */
export type WireStep = {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly type: StepType;
  readonly order: number;
  readonly config: Readonly<Record<string, unknown>>;
};

/** A full flow object as `GET /v2/flows` returns it (fixture 3.5). */
export type WireFlow = {
  readonly id: string;
  readonly workspace_id: string;
  readonly name: string;
  readonly description: string;
  readonly file_input_config: {readonly file_fields: readonly WireFileField[]};
  readonly steps: readonly WireStep[];
  readonly active: boolean;
  readonly created_at: number;
  readonly updated_at: number;
};

/** The reduced flow embedded in `GET /v2/flows/runs/{id}` (fixture 3.2). */
export type WireFlowSummary = {
  readonly id: string;
  readonly workspace_id: string;
  readonly name: string;
  readonly description: string;
  readonly steps: readonly {readonly id: string; readonly title: string; readonly type: StepType}[];
  readonly active: boolean;
};

/** Unix seconds from epoch milliseconds. */
export function toSeconds(ms: number): number {
  return Math.floor(ms / 1000);
}

/** True for one of the four documented statuses. */
export function isWireStatus(value: string): value is WireStatus {
  return (WIRE_STATUSES as readonly string[]).includes(value);
}
