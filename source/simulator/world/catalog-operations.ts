// Operations flows of the simulated workspace: vendors, freight, insurance claims, and a
// retired flow that is inactive (left out of GET /v2/flows) but still has runs.

import {DOCUMENT_TYPES, EXTRACTION_CAUSES, mismatch, ruleReport} from './blueprint.js';
import type {FlowBlueprint} from './blueprint.js';
import {CARRIERS, VENDORS, documentNumber} from './vocabulary.js';

/** Vendor Onboarding Verification: two documents, a verification and a human approval. */
export const VENDOR_ONBOARDING: FlowBlueprint = {
  name: 'Vendor Onboarding Verification',
  description: 'Verify W-9 and bank details of new vendors before their first payment',
  weight: 10,
  failureRate: 0.12,
  reviewRate: 0.4,
  active: true,
  steps: [
    {
      title: 'Extract W-9',
      description: 'Extract legal name, TIN and address from the W-9 form',
      type: 'extraction',
      file: {key: 'w9_form', name: 'W-9 Form', types: ['pdf']},
      causes: [...EXTRACTION_CAUSES, () => 'Form is not signed on page 1'],
    },
    {
      title: 'Extract Bank Letter',
      description: 'Extract account holder, routing and account number',
      type: 'extraction',
      file: {key: 'bank_letter', name: 'Bank Letter', types: DOCUMENT_TYPES},
      causes: EXTRACTION_CAUSES,
    },
    {
      title: 'Verify tax ID and bank details',
      description: 'TIN checksum, name match between W-9 and bank letter',
      type: 'verification',
      config: {rules: ['tin_checksum', 'name_matches_bank_holder'], auto_rerun: false},
      causes: [
        () => 'TIN checksum invalid',
        ruleReport([
          'Legal name on the W-9 does not match the bank account holder',
          'Routing number is not a valid ABA number',
          'Address on the W-9 is a PO box, which vendor policy does not allow',
        ]),
      ],
    },
    {
      title: 'Approve new vendor',
      description: 'Procurement approves the vendor record',
      type: 'review',
      config: {
        assignee_group: 'procurement',
        instructions: 'Call the vendor to confirm bank details',
      },
      causes: [],
    },
  ],
  metadata: (rng) => ({
    vendor_name: rng.pick(VENDORS),
    vendor_id: documentNumber(rng, 'V-', 5),
    requested_by: rng.pick(['procurement', 'ap-team', 'facilities']),
  }),
};

/** Freight Bill Audit: bills against rate confirmations. */
export const FREIGHT_AUDIT: FlowBlueprint = {
  name: 'Freight Bill Audit',
  description: 'Audit carrier freight bills against rate confirmations before payment',
  weight: 14,
  failureRate: 0.11,
  reviewRate: 0,
  active: true,
  steps: [
    {
      title: 'Extract Freight Bill',
      description: 'Extract charges, accessorials and PRO number',
      type: 'extraction',
      file: {key: 'freight_bill', name: 'Freight Bill', types: DOCUMENT_TYPES},
      causes: EXTRACTION_CAUSES,
    },
    {
      title: 'Extract Rate Confirmation',
      description: 'Extract the agreed linehaul rate and accessorials',
      type: 'extraction',
      file: {key: 'rate_confirmation', name: 'Rate Confirmation', types: DOCUMENT_TYPES},
      causes: EXTRACTION_CAUSES,
    },
    {
      title: 'Match charges to rate confirmation',
      description: 'Match every billed charge to an agreed charge',
      type: 'reconciliation',
      config: {table_key_1: 'charges', table_key_2: 'agreed_charges'},
      causes: [
        (rng) =>
          `Accessorial '${rng.pick(['Liftgate', 'Detention', 'Fuel surcharge'])}' was not agreed`,
      ],
    },
    {
      title: 'Check totals',
      description: 'Billed total must equal the agreed total',
      type: 'verification',
      config: {rules: ['total_equals_agreed'], auto_rerun: true},
      causes: [mismatch('Total')],
    },
  ],
  export: {key: 'reconciliation', sheets: ['Reconciliation Results']},
  metadata: (rng) => ({
    carrier: rng.pick(CARRIERS),
    pro_number: rng.chars(10, '0123456789'),
    shipment_id: documentNumber(rng, 'SHP-', 6),
  }),
};

/** Insurance Claim Intake: long reviews by adjusters. */
export const CLAIM_INTAKE: FlowBlueprint = {
  name: 'Insurance Claim Intake',
  description: 'Extract first notice of loss forms, check coverage and route to an adjuster',
  weight: 8,
  failureRate: 0.1,
  reviewRate: 0.3,
  active: true,
  steps: [
    {
      title: 'Extract Claim Form',
      description: 'Extract policy number, loss date and claimed amount',
      type: 'extraction',
      file: {key: 'claim_form', name: 'Claim Form', types: DOCUMENT_TYPES},
      causes: EXTRACTION_CAUSES,
    },
    {
      title: 'Validate policy coverage',
      description: 'The policy must be active on the loss date and cover the peril',
      type: 'verification',
      config: {rules: ['policy_active_on_loss_date', 'peril_covered']},
      causes: [() => 'Policy was not active on the loss date', () => 'Peril not covered: flood'],
    },
    {
      title: 'Adjuster review',
      description: 'An adjuster confirms the claim before it is opened',
      type: 'review',
      config: {assignee_group: 'claims-adjusters'},
      causes: [],
    },
  ],
  metadata: (rng) => ({
    claim_number: documentNumber(rng, 'CLM-', 7),
    policy_number: `POL-${rng.chars(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}-${rng.int(100_000, 999_999)}`,
  }),
};

/** A retired flow: inactive, so GET /v2/flows omits it, yet its older runs remain. */
export const LEGACY_CUSTOMS: FlowBlueprint = {
  name: 'Customs Declaration Extraction (legacy)',
  description: 'Old single-step customs flow, replaced by Freight Bill Audit',
  weight: 6,
  failureRate: 0.14,
  reviewRate: 0,
  active: false,
  steps: [
    {
      title: 'Extract Customs Declaration',
      description: 'Extract HS codes and declared values',
      type: 'extraction',
      file: {key: 'declaration', name: 'Customs Declaration', types: ['pdf']},
      causes: EXTRACTION_CAUSES,
    },
  ],
  metadata: (rng) => ({entry_number: documentNumber(rng, 'ENT-', 8)}),
};
