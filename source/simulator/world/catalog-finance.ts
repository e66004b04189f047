// Finance flows of the simulated workspace: AP reconciliation, bank statements, expenses.

import {DOCUMENT_TYPES, EXTRACTION_CAUSES, mismatch, ruleReport} from './blueprint.js';
import type {FlowBlueprint} from './blueprint.js';
import {BANKS, VENDORS, documentNumber, formatAmount, amountCents} from './vocabulary.js';

/** PO to Invoice Reconciliation: the docs' own example flow, plus verification and review. */
export const PO_TO_INVOICE: FlowBlueprint = {
  name: 'PO to Invoice Reconciliation',
  description: 'Match purchase orders with invoices and verify totals',
  weight: 30,
  failureRate: 0.1,
  reviewRate: 0.12,
  active: true,
  steps: [
    {
      title: 'Extract Purchase Order',
      description: 'Extract data from the purchase order',
      type: 'extraction',
      file: {key: 'purchase_order', name: 'Purchase Order', types: DOCUMENT_TYPES},
      causes: EXTRACTION_CAUSES,
    },
    {
      title: 'Extract Invoice',
      description: 'Extract data from the invoice',
      type: 'extraction',
      file: {key: 'invoice', name: 'Invoice', types: DOCUMENT_TYPES},
      causes: [...EXTRACTION_CAUSES, () => "No table 'line_items' detected in document"],
    },
    {
      title: 'Reconcile Documents',
      description: 'Match line items and verify totals',
      type: 'reconciliation',
      config: {table_key_1: 'line_items', table_key_2: 'line_items'},
      causes: [
        (rng) => `${rng.int(2, 9)} of ${rng.int(12, 40)} line items could not be matched`,
        () => "Source step 'step_2' produced no table 'line_items'",
      ],
    },
    {
      title: 'Check totals',
      description: 'Invoice total must equal matched line items plus tax',
      type: 'verification',
      config: {rules: ['total_equals_line_items', 'tax_rate_known'], auto_rerun: true},
      causes: [
        mismatch('Total'),
        mismatch('Total'),
        (rng) => `Unknown tax rate ${rng.int(11, 27)}.5%`,
      ],
    },
    {
      title: 'Approve reconciliation',
      description: 'Accounts payable approves matches inside the tolerance',
      type: 'review',
      config: {assignee_group: 'accounts-payable', instructions: 'Approve matches within 2%'},
      causes: [],
    },
  ],
  export: {key: 'reconciliation', sheets: ['Reconciliation Results', 'Unmatched Lines']},
  metadata: (rng) => ({
    customer_id: String(rng.int(10_000, 99_999)),
    order_number: documentNumber(rng, 'PO-2026-', 4),
    ...(rng.chance(0.6) ? {invoice_number: documentNumber(rng, 'INV-', 6)} : {}),
    vendor: rng.pick(VENDORS),
  }),
};

/** Bank Statement Extraction: one document, a balance check, long rule reports. */
export const BANK_STATEMENT: FlowBlueprint = {
  name: 'Bank Statement Extraction',
  description: 'Extract transactions from monthly bank statements and check running balances',
  weight: 20,
  failureRate: 0.09,
  reviewRate: 0,
  active: true,
  steps: [
    {
      title: 'Extract Bank Statement',
      description: 'Extract the account summary and the transactions table',
      type: 'extraction',
      file: {key: 'statement', name: 'Bank Statement', types: ['pdf', 'image', 'csv']},
      causes: [
        ...EXTRACTION_CAUSES,
        (rng) =>
          `Could not parse table 'transactions' on pages ${rng.int(2, 4)}-${rng.int(5, 9)}.\n` +
          'The pages look like a skewed scan; rescan at 300 dpi or upload the bank CSV export instead.',
      ],
    },
    {
      title: 'Check running balance',
      description: 'Opening balance plus transactions must equal the closing balance',
      type: 'verification',
      config: {rules: ['running_balance', 'statement_period'], auto_rerun: true},
      causes: [
        (rng) =>
          `Closing balance differs from opening balance plus transactions by ${formatAmount(amountCents(rng) % 50_000)}`,
        ruleReport([
          'Closing balance does not equal opening balance plus transactions',
          'Statement period overlaps the previous statement by 3 days',
          'Transaction on line 48 has no date',
          'Currency column mixes USD and CAD',
        ]),
      ],
    },
  ],
  export: {key: 'transactions', sheets: ['Transactions']},
  metadata: (rng) => ({
    account_ref: `****${rng.chars(4, '0123456789')}`,
    bank: rng.pick(BANKS),
    statement_period: `2026-${String(rng.int(1, 10)).padStart(2, '0')}`,
  }),
};

/** Expense Receipt Processing: high volume, quick, rarely fails. */
export const EXPENSE_RECEIPTS: FlowBlueprint = {
  name: 'Expense Receipt Processing',
  description: 'Read employee receipts and check them against the travel and expense policy',
  weight: 18,
  failureRate: 0.06,
  reviewRate: 0,
  active: true,
  steps: [
    {
      title: 'Extract Receipt',
      description: 'Extract merchant, date, amount and tax',
      type: 'extraction',
      file: {key: 'receipt', name: 'Receipt', types: DOCUMENT_TYPES},
      causes: EXTRACTION_CAUSES,
    },
    {
      title: 'Check expense policy',
      description: 'Per-diem limits, duplicate receipts and allowed categories',
      type: 'verification',
      config: {rules: ['per_diem', 'duplicate_receipt', 'category_allowed']},
      causes: [
        () => 'Duplicate receipt: already submitted in the last 30 days',
        (rng) =>
          `Meal exceeds per-diem limit (limit 75.00, got ${rng.int(76, 240)}.${rng.int(10, 99)})`,
      ],
    },
  ],
  metadata: (rng) => ({
    employee_id: `E${rng.int(1000, 9999)}`,
    report_id: documentNumber(rng, 'EXP-', 5),
  }),
};
