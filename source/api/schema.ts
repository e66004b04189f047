// zod schemas of TableFlow's wire format (docs: /work/shared/tableflow-api.md, sections
// 3-4). They are strict where the docs are clear (ids, status, history entries, created_at)
// and tolerant where they are vague or contradict themselves: unknown fields are ignored,
// `null` and absent are treated alike, times may be seconds, ms or ISO strings. Their
// output is still the wire's naming; to-domain.ts renames and sanitises.
import * as z from 'zod';
import {
  count,
  duration,
  id,
  isPlainObject,
  lenientArray,
  looseText,
  metadata,
  optionalTimestamp,
  text,
  timestamp,
} from './schema-values.js';

const sheet = z.object({sheet_id: count, title: text('')});

const driveFile = z.object({
  file_id: id,
  mime_type: text(''),
  sheets: lenientArray(sheet),
});

/** One Drive export, with the key it was listed under. */
export type WireDriveFile = z.output<typeof driveFile> & {readonly key: string};

/** drive_files: an object keyed by export name (documented), an array, null or absent. */
export const driveFiles = z
  .unknown()
  .optional()
  .transform((value): WireDriveFile[] => {
    const entries: [string, unknown][] = Array.isArray(value)
      ? value.map((item: unknown, index) => {
          const key = isPlainObject(item) ? (item.key ?? item.name) : undefined;
          return [typeof key === 'string' ? key : String(index), item];
        })
      : isPlainObject(value)
        ? Object.entries(value)
        : [];
    const out: WireDriveFile[] = [];
    for (const [key, item] of entries) {
      const parsed = driveFile.safeParse(item);
      if (parsed.success) out.push({...parsed.data, key});
    }
    return out;
  });

export const statusEntry = z.object({
  status: z.string(),
  time: timestamp,
  message: looseText(''),
});

/** A flow-run object (section 4.1 of the contract). */
export const wireRun = z.object({
  id,
  // Not in any example, but the newer run-flow docs accept a `name` for the run.
  name: looseText(null),
  flow_id: id,
  // The key is scoped to one workspace, so a missing workspace_id loses nothing.
  workspace_id: text(''),
  status: z.string(),
  status_history: z
    .array(statusEntry)
    .nullish()
    .transform((value) => value ?? []),
  error: looseText(null),
  metadata,
  trigger_method: looseText(''),
  start_time: optionalTimestamp,
  end_time: optionalTimestamp,
  duration,
  drive_files: driveFiles,
  created_at: timestamp,
  updated_at: optionalTimestamp,
});

/** A parsed flow run, still in wire naming. */
export type WireRun = z.output<typeof wireRun>;

const step = z.object({
  id,
  title: text(''),
  type: text(''),
  description: text(null),
  order: count.transform((value) => value ?? null),
});

/** A flow object, full (GET /v2/flows) or reduced (embedded in a run). */
export const wireFlow = z.object({
  id,
  workspace_id: text(''),
  name: text(''),
  description: text(''),
  steps: lenientArray(step),
  active: z
    .boolean()
    .nullish()
    .transform((value) => value ?? true),
});

/** A parsed flow, still in wire naming. */
export type WireFlow = z.output<typeof wireFlow>;

/** The pagination object of GET /v2/flows/runs; every field may be missing or unusable. */
export const wirePagination = z.object({
  total: count,
  limit: count,
  offset: count,
  // undefined = absent (compute it), null = the server says this is the last page.
  next_offset: z
    .unknown()
    .optional()
    .transform((value): number | null | undefined => {
      if (value === null) return null;
      return typeof value === 'number' && Number.isFinite(value) && value >= 0
        ? Math.floor(value)
        : undefined;
    }),
  filter: z
    .unknown()
    .optional()
    .transform((value) => (typeof value === 'string' ? value : null)),
});

/** A parsed pagination object. */
export type WirePagination = z.output<typeof wirePagination>;
