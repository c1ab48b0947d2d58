import type { EInvoicingAddress } from '../../../contracts/accounts.js';
import type { SessionUser } from '../../../contracts/auth.js';
import { recordAudit } from '../../platform/audit.js';
import type { Db } from '../../platform/db/index.js';
import { withTransaction } from '../../platform/db/transaction.js';
import {
  derivedElectronicAddress,
  formatElectronicAddress,
  normaliseElectronicAddress,
} from '../../platform/electronic-address.js';
import { AppError } from '../../platform/errors.js';
import { accountsRepository as repo } from './accounts.repository.js';

/**
 * The organisation's e-invoicing address (EN 16931 BT-49, UBL EndpointID): shown to its users and set
 * by its Superuser to the Peppol participant id its access point is registered under. Without one the
 * address derived from the VAT or register number is used, as at approval.
 */
export function createEInvoicingAddress(deps: { db: Db }) {
  const { db } = deps;

  async function read(organisationId: string): Promise<EInvoicingAddress> {
    const org = await repo.organisationIdentifiers(db, organisationId);
    if (!org) throw new AppError('not_found');
    const derived = derivedElectronicAddress(org);
    return {
      electronicAddress: org.electronicAddress ?? derived,
      derived,
      own: Boolean(org.electronicAddress) && org.electronicAddress !== derived,
    };
  }

  return {
    async get(actor: SessionUser): Promise<EInvoicingAddress> {
      if (!actor.organisationId) throw new AppError('forbidden');
      return read(actor.organisationId);
    },

    /** Sets the address (null: back to the derived one). Setting the same value again changes nothing. */
    async set(actor: SessionUser, value: string | null): Promise<EInvoicingAddress> {
      if (!actor.organisationId) throw new AppError('forbidden');
      const organisationId = actor.organisationId;
      let next: string | null = null;
      if (value !== null) {
        const parsed = normaliseElectronicAddress(value);
        if (!parsed) throw new AppError('validation_failed', { electronicAddress: 'field.electronic_address_invalid' });
        next = formatElectronicAddress(parsed);
      }
      const current = await read(organisationId);
      const stored = next ?? current.derived;
      if (stored === current.electronicAddress) return current;
      await withTransaction(db, async (tx) => {
        await repo.setElectronicAddress(tx, organisationId, stored);
        await recordAudit(tx, {
          actorUserId: actor.id,
          action: 'organisation.e_invoicing_address_changed',
          entityType: 'organisation',
          entityId: organisationId,
          detail: { from: current.electronicAddress, to: stored },
        });
      });
      return read(organisationId);
    },
  };
}
export type EInvoicingAddressService = ReturnType<typeof createEInvoicingAddress>;
