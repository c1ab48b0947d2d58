import type { SessionUser } from '../../../contracts/auth.js';
import { organisationOf } from '../../platform/auth/guards.js';
import { productsRepository as repo } from './products.repository.js';
import type { ProductsDeps } from './products.types.js';

/** Small reads: the home page's counts, serials in use, dealer suggestions, and conflicts for staff. */
export function createProductLookups(deps: Pick<ProductsDeps, 'db'>) {
  const { db } = deps;
  return {
    /** For the customer's home page: active products and how many still miss their green check. */
    counts: (organisationId: string) => repo.counts(db, organisationId),

    /** Which of these model + serial pairs are active in any organisation (for the migration preview). */
    activeSerials: async (pairs: { modelId: string; serialNumber: string }[]) =>
      new Set((await repo.findActiveSerials(db, pairs)).map((t) => `${t.modelId}|${t.serialNumber}`)),

    dealers: (actor: SessionUser, q: string | undefined) => repo.dealers(db, organisationOf(actor), q),

    async serialConflicts() {
      return (await repo.openConflicts(db)).map((c) => ({ ...c, at: c.at.toISOString() }));
    },
  };
}
