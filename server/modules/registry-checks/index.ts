export { type CheckVatNumber, compactVatNumber, createCheckVatNumber } from './check-vat-number.js';
export { createRecheckUnavailable } from './recheck-unavailable.js';
export type { VatCheckRow } from './vat-checks.repository.js';

import type { DbOrTx } from '../../platform/db/index.js';
import { compactVatNumber } from './check-vat-number.js';
import { vatChecksRepository } from './vat-checks.repository.js';

/** The newest registry answer for a VAT number, for the validator's case page and invoices. */
export const latestVatCheck = (db: DbOrTx, vatNumber: string) =>
  vatChecksRepository.latest(db, compactVatNumber(vatNumber));
