// Field-level schemas for the wire format: times, ids, text, durations, metadata. Each
// one is a transform that accepts every plausible form the docs leave open and reports a
// short `expected X, got Y` otherwise (types, never values: values are untrusted).
import * as z from 'zod';
import {beyondLimits} from './json-limits.js';

/** `null`, `undefined`, array, or `typeof`: how a wrong value is named in messages. */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** `expected X, got Y`, or `missing (expected X)` when there is no value at all. */
export function expected(what: string, value: unknown): string {
  return value === undefined
    ? `missing (expected ${what})`
    : `expected ${what}, got ${typeName(value)}`;
}

// Epoch values are told apart by size: 1e11 s is the year 5138 while 1e11 ms is 1973, so
// anything larger cannot be seconds. The same reasoning separates µs and ns.
function epochMs(value: number): number {
  if (value > 1e17) return Math.round(value / 1e6);
  if (value > 1e14) return Math.round(value / 1e3);
  if (value > 1e11) return Math.round(value);
  return Math.round(value * 1000);
}

const NUMERIC = /^\d+(?:\.\d+)?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

/** Epoch ms from a wire time, or undefined when it is not a time at all. */
function toEpochMs(value: unknown): number | undefined {
  if (typeof value === 'number') {
    return Number.isFinite(value) && value >= 0 ? epochMs(value) : undefined;
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (NUMERIC.test(text)) return epochMs(Number(text));
  // The conceptual docs page shows ISO strings; the reference pages never do.
  if (ISO_DATE.test(text)) {
    const ms = Date.parse(text);
    return Number.isFinite(ms) ? ms : undefined;
  }
  return undefined;
}

// The epoch ms of a wire time, or a custom issue saying what was expected instead.
function timeOrIssue(value: unknown, ctx: z.RefinementCtx, what: string): number {
  const ms = toEpochMs(value);
  if (ms !== undefined) return ms;
  ctx.issues.push({code: 'custom', message: expected(what, value), input: value});
  return z.NEVER;
}

/** A required Unix time (seconds on the wire), as epoch ms. */
export const timestamp = z
  .unknown()
  .optional()
  .transform((value, ctx): number => timeOrIssue(value, ctx, 'a Unix timestamp'));

/** An optional Unix time: null or absent gives null. */
export const optionalTimestamp = z
  .unknown()
  .optional()
  .transform((value, ctx): number | null =>
    value === null || value === undefined
      ? null
      : timeOrIssue(value, ctx, 'a Unix timestamp or null'),
  );

/** An opaque id: a non-empty string (a number is accepted and turned into one). */
export const id = z
  .unknown()
  .optional()
  .transform((value, ctx): string => {
    if (typeof value === 'string' && value !== '') return value;
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    ctx.issues.push({
      code: 'custom',
      message:
        value === ''
          ? 'expected a non-empty string, got an empty string'
          : expected('a non-empty string', value),
      input: value,
    });
    return z.NEVER;
  });

/** A string that may be null or absent, replaced by `fallback`. */
export function text<F extends string | null>(fallback: F) {
  return z
    .string()
    .nullish()
    .transform((value): string | F => value ?? fallback);
}

/**
 * Human text that should have been a string but may not be: the docs show `error` and
 * history messages only as strings, yet a failed run is the one a person most needs to
 * see, so an `{message}` object, a number or any other JSON is turned into text instead
 * of losing the run. null or absent gives `fallback`.
 */
export function looseText<F extends string | null>(fallback: F) {
  return z
    .unknown()
    .optional()
    .transform((value): string | F => {
      if (value === null || value === undefined) return fallback;
      if (typeof value === 'string') return value;
      const message = isPlainObject(value) ? value.message : undefined;
      if (typeof message === 'string') return message;
      // JSON.stringify recurses: only a value within the limits is written out.
      if (beyondLimits(value) !== null) return '(a value too large to show)';
      return JSON.stringify(value).slice(0, 2000);
    });
}

/** Milliseconds; null when absent, 0 when negative or not finite (JSON's `1e400`). */
export const duration = z
  .unknown()
  .optional()
  .transform((value, ctx): number | null => {
    if (value === null || value === undefined) return null;
    const n = typeof value === 'string' && NUMERIC.test(value.trim()) ? Number(value) : value;
    if (typeof n === 'number') return Number.isFinite(n) && n > 0 ? Math.round(n) : 0;
    ctx.issues.push({
      code: 'custom',
      message: expected('milliseconds', value),
      input: value,
    });
    return z.NEVER;
  });

/** A non-negative whole number, or undefined when absent or unusable. */
export const count = z
  .unknown()
  .optional()
  .transform((value): number | undefined =>
    typeof value === 'number' && Number.isFinite(value) && value >= 0
      ? Math.floor(value)
      : undefined,
  );

/**
 * An array whose items that fail `item` are dropped instead of failing the parent; not
 * an array at all gives []. For optional extras (Drive files, sheets, flow steps) whose
 * shape the docs only show by example: a surprise there must not hide a run.
 */
export function lenientArray<S extends z.ZodType>(item: S) {
  return z
    .unknown()
    .optional()
    .transform((value): z.output<S>[] => {
      if (!Array.isArray(value)) return [];
      const out: z.output<S>[] = [];
      for (const entry of value) {
        const parsed = item.safeParse(entry);
        if (parsed.success) out.push(parsed.data);
      }
      return out;
    });
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Run metadata: an object, or null/absent ({}); a JSON string or any other value is kept. */
export const metadata = z
  .unknown()
  .optional()
  .transform((value): Record<string, unknown> => {
    if (value === null || value === undefined) return {};
    if (isPlainObject(value)) return value;
    if (typeof value === 'string') {
      // The run-flow request sends metadata as a JSON string; a server may echo it so.
      try {
        const parsed: unknown = JSON.parse(value);
        if (isPlainObject(parsed) && beyondLimits(parsed) === null) return parsed;
      } catch {
        // Not JSON: kept as a plain value below.
      }
    }
    return {value};
  });
