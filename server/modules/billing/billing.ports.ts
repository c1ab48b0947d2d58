import type { Locale } from '../../../contracts/common.js';
import type { ProgrammeSettings } from '../../../contracts/programme.js';
import type { DbOrTx } from '../../platform/db/index.js';

/** What billing needs of other modules, wired in app.ts. */
export type BillingPorts = {
  settings(tx: DbOrTx): Promise<ProgrammeSettings>;
  /** The names per language of the tier versions orders bought (membership's tiers, the one source). */
  tierNames(tx: DbOrTx, tierVersionIds: string[]): Promise<Map<string, { nl: string; en: string }>>;
  /** A payment settled an order: the membership learns it (restores a suspended one). */
  orderPaid(orderId: string): Promise<void>;
  /** A collected payment came back: the order is unpaid again (the suspension rules apply). */
  orderUnpaid(orderId: string): Promise<void>;
  superusers(tx: DbOrTx, organisationId: string): Promise<{ email: string; firstName: string; locale: Locale }[]>;
  superusersOf(
    tx: DbOrTx,
    organisationIds: string[],
  ): Promise<{ organisationId: string | null; email: string; firstName: string; locale: Locale }[]>;
};
