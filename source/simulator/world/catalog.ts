// The whole simulated workspace, in the order flows get their ids.

import type {FlowBlueprint} from './blueprint.js';
import {BANK_STATEMENT, EXPENSE_RECEIPTS, PO_TO_INVOICE} from './catalog-finance.js';
import {
  CLAIM_INTAKE,
  FREIGHT_AUDIT,
  LEGACY_CUSTOMS,
  VENDOR_ONBOARDING,
} from './catalog-operations.js';

/** Every flow of the simulated workspace: six active, one inactive. */
export const FLOW_BLUEPRINTS: readonly FlowBlueprint[] = [
  PO_TO_INVOICE,
  VENDOR_ONBOARDING,
  BANK_STATEMENT,
  FREIGHT_AUDIT,
  CLAIM_INTAKE,
  EXPENSE_RECEIPTS,
  LEGACY_CUSTOMS,
];
