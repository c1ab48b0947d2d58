import type { VatRegistryEvidence } from '../../../contracts/registration.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { compactVatNumber } from './check-vat-number.js';
import { compareNames } from './name-match.js';
import { vatChecksRepository } from './vat-checks.repository.js';

/** The newest registry answer for a VAT number, for the validator's case page and invoices. */
export const latestVatCheck = (db: DbOrTx, vatNumber: string) =>
  vatChecksRepository.latest(db, compactVatNumber(vatNumber));

/** The registry's latest answer for a number as evidence for the case page (`pending` before any). */
export async function vatEvidence(
  db: DbOrTx,
  vatNumber: string,
  formNames: (string | null)[],
): Promise<VatRegistryEvidence> {
  const row = await latestVatCheck(db, vatNumber);
  if (!row)
    return {
      outcome: 'pending',
      checkedAt: null,
      registry: null,
      standIn: false,
      name: null,
      address: null,
      consultationNumber: null,
      reason: null,
      nameMatch: null,
    };
  return {
    outcome: row.outcome,
    checkedAt: row.checkedAt.toISOString(),
    registry: row.registry,
    standIn: row.standIn,
    name: row.name,
    address: row.address,
    consultationNumber: row.consultationNumber,
    reason: row.reason,
    nameMatch: row.outcome === 'valid' ? compareNames(row.name, formNames) : null,
  };
}
