import type { SessionUser } from '../../../contracts/auth.js';
import { organisationOf } from '../../platform/auth/guards.js';
import { withTransaction } from '../../platform/db/transaction.js';
import { AppError } from '../../platform/errors.js';
import { awardKey, endKey, endOfSupportKey } from './completion-awards.js';
import type { ProductLists } from './list-products.js';
import { productsRepository as repo } from './products.repository.js';
import type { ProductsDeps } from './products.types.js';

export function createEndProduct(
  deps: Pick<ProductsDeps, 'db' | 'clock' | 'ports'>,
  listResponse: ProductLists['listResponse'],
) {
  const { db, clock, ports } = deps;
  /** Removing, selling or transferring a product ends it and writes a compensating ledger entry. */
  return async function end(actor: SessionUser, id: string, reason: 'removed' | 'sold' | 'transferred') {
    const organisationId = organisationOf(actor);
    await withTransaction(db, async (tx, afterCommit) => {
      await ports.lockOrganisation(tx, organisationId);
      const row = await repo.findForOrganisation(tx, organisationId, id, true);
      if (!row) throw new AppError('not_found');
      if (row.product.status !== 'active') return;
      const now = clock.now();
      await repo.update(tx, id, { status: reason, updatedAt: now });
      await repo.appendEvents(tx, [{ productId: id, at: now, actorUserId: actor.id, action: reason, detail: {} }]);
      // Points already removed at the model's end of support are not removed a second time.
      const earned = await ports.hasLedgerEntry(tx, awardKey(id));
      if (earned && !(await ports.hasLedgerEntry(tx, endOfSupportKey(id)))) {
        await ports.recordPoints(tx, afterCommit, {
          organisationId,
          productId: id,
          delta: -row.product.points,
          reason: `product_${reason}`,
          idempotencyKey: endKey(id),
          actorUserId: actor.id,
        });
      }
    });
    return listResponse(organisationId);
  };
}
