// What a simulated flow is made of before it gets ids: its steps, how often it runs and
// fails, how its failures read, and what metadata its callers attach to runs.

import type {Rng} from './prng.js';
import type {StepType} from './wire.js';
import {amountCents, formatAmount, misread} from './vocabulary.js';

/** One step of a blueprint; each `causes` entry produces the text after "failed: ". */
export type StepBlueprint = {
  readonly title: string;
  readonly description: string;
  readonly type: StepType;
  /** For extraction steps: the multipart field the document arrives in. */
  readonly file?: {readonly key: string; readonly name: string; readonly types: readonly string[]};
  readonly config?: Readonly<Record<string, unknown>>;
  readonly causes: readonly ((rng: Rng) => string)[];
};

/** A flow to generate, with its traffic profile. */
export type FlowBlueprint = {
  readonly name: string;
  readonly description: string;
  /** Relative share of runs. */
  readonly weight: number;
  readonly failureRate: number;
  /** Chance that a run stops at the review step instead of passing it automatically. */
  readonly reviewRate: number;
  readonly active: boolean;
  readonly steps: readonly StepBlueprint[];
  /** The `drive_files` key and sheet titles of completed runs, when the flow exports. */
  readonly export?: {readonly key: string; readonly sheets: readonly string[]};
  readonly metadata: (rng: Rng) => Record<string, string>;
};

/** File types accepted by document inputs. */
export const DOCUMENT_TYPES = ['pdf', 'image'] as const;

/** A "<label> mismatch (expected A, got B)" cause, like the docs' example. */
export function mismatch(label: string): (rng: Rng) => string {
  return (rng) => {
    const expected = amountCents(rng);
    const got = misread(rng, expected);
    return `${label} mismatch (expected ${formatAmount(expected)}, got ${formatAmount(got)})`;
  };
}

/** Failures any extraction step can have. */
export const EXTRACTION_CAUSES: readonly ((rng: Rng) => string)[] = [
  () => 'Template not found',
  () => 'Document is password-protected',
  (rng) =>
    `Page ${rng.int(1, 6)} could not be read (OCR confidence 0.${rng.int(21, 58)} below threshold 0.60)`,
  () => 'Unsupported file type: image/heic',
  () => 'File exceeds the maximum size of 10 MB',
];

/**
 * A long, multi-line cause, so the detail pane's wrapping gets exercised. Plain text
 * only: hostile strings belong to a fault mode, not to the default world.
 */
export function ruleReport(rules: readonly string[]): (rng: Rng) => string {
  return (rng) => {
    const broken = rules.filter(() => rng.chance(0.7));
    const list = broken.length > 0 ? broken : rules.slice(0, 2);
    return [
      `${list.length} business rule(s) violated after ${rng.int(1, 2)} automatic rerun(s):`,
      ...list.map((rule) => `  - ${rule}`),
      'The document was kept; fix the source data or relax the rules, then run the flow again.',
    ].join('\n');
  };
}
