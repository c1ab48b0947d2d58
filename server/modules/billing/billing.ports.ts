import type { Locale } from '../../../contracts/common.js';
import type { ProgrammeSettings } from '../../../contracts/programme.js';
import type { DbOrTx } from '../../platform/db/index.js';
import type { DomainEvents } from '../../platform/events.js';

/** What billing needs of other modules, wired in app.ts. */
export type BillingPorts = {
  settings(tx: DbOrTx): Promise<ProgrammeSettings>;
  /** The names per language of the tier versions orders bought (membership's tiers, the one source). */
  tierNames(tx: DbOrTx, tierVersionIds: string[]): Promise<Map<string, { nl: string; en: string }>>;
  superusers(tx: DbOrTx, organisationId: string): Promise<{ email: string; firstName: string; locale: Locale }[]>;
  superusersOf(
    tx: DbOrTx,
    organisationIds: string[],
  ): Promise<{ organisationId: string | null; email: string; firstName: string; locale: Locale }[]>;
};

/**
 * What billing announces once the transaction that decided it has committed (subscribers: the
 * order-settlement flow, which tells the membership). Billing does not know who listens.
 */
export type BillingEvents = {
  /** A payment settled an order (the membership restores a suspended one). */
  orderPaid: { orderId: string };
  /** A collected payment came back: the order is unpaid again (the suspension rules apply). */
  orderUnpaid: { orderId: string };
};

export type BillingEventBus = DomainEvents<BillingEvents>;
