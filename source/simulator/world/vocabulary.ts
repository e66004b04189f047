// Word lists and small generators for believable business data: vendors, customers,
// reviewers, document numbers and money amounts. Everything draws from the world's Rng.

import type {Rng} from './prng.js';

/** Companies that send invoices, bills and statements. */
export const VENDORS = [
  'Acme Industrial Supply',
  'Northwind Traders',
  'Globex Logistics',
  'Initech Office Solutions',
  'Umbrella Packaging Co.',
  'Stark Fasteners GmbH',
  'Blue Ridge Freight',
  'Cascadia Paper Mills',
  'Helios Electrical',
  'Pioneer Chemicals Ltd',
  'Meridian Foods',
  'Orion Components',
] as const;

/** Carriers for freight bills. */
export const CARRIERS = [
  'Old Dominion',
  'XPO Logistics',
  'Estes Express',
  'Saia LTL',
  'R+L Carriers',
  'TForce Freight',
] as const;

/** Banks for statement extraction. */
export const BANKS = [
  'First Harbor Bank',
  'Summit Credit Union',
  'Lakeshore Savings',
  'Granite Trust',
] as const;

/** People who approve reviews. */
export const REVIEWERS = [
  'Dana Whitfield',
  'Marcus Oyelaran',
  'Priya Raman',
  'Tomás Herrera',
  'Ingrid Sørensen',
  'Kenji Watanabe',
  'Aisha Bello',
] as const;

/** A number with a prefix and zero padding, e.g. `PO-2026-004812`. */
export function documentNumber(rng: Rng, prefix: string, digits: number): string {
  return `${prefix}${String(rng.int(1, 10 ** digits - 1)).padStart(digits, '0')}`;
}

/** Cents as `1,245.75`; written by hand so the output never depends on the ICU build. */
export function formatAmount(cents: number): string {
  const whole = Math.floor(Math.abs(cents) / 100);
  const fraction = String(Math.abs(cents) % 100).padStart(2, '0');
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${cents < 0 ? '-' : ''}${grouped}.${fraction}`;
}

/** An invoice-sized amount in cents. */
export function amountCents(rng: Rng): number {
  return rng.int(8_000, 4_800_000);
}

/** A plausible transposition or rounding slip, so mismatches look like real ones. */
export function misread(rng: Rng, cents: number): number {
  const slips = [900, -900, 90, -90, 1, -1, 10_000, 3_600];
  const slip = rng.pick(slips);
  return cents + slip > 0 ? cents + slip : cents + Math.abs(slip);
}
