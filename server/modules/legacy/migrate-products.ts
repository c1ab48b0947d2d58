import type { SessionUser } from '../../../contracts/auth.js';
import type { MigrationResult } from '../../../contracts/legacy.js';
import { recordAudit } from '../../platform/audit.js';
import { organisationOf } from '../../platform/auth/guards.js';
import { withTransaction } from '../../platform/db/transaction.js';
import { AppError } from '../../platform/errors.js';
import { legacyRepository as repo } from './legacy.repository.js';
import type { LegacyDeps } from './legacy.types.js';
import { migrationItems, modelsFor, previousMembershipNumber } from './migration-items.js';

/**
 * MIGRATE PRODUCTS: copies every not-yet-migrated legacy product of the linked old e-mail
 * into the organisation, once. The organisation lock and the row locks make a double click,
 * two tabs or 50 concurrent requests migrate once; a second attempt finds nothing left.
 */
export function createMigrateProducts(deps: Pick<LegacyDeps, 'db' | 'clock' | 'ports'>) {
  const { db, clock, ports } = deps;
  return async function migrate(actor: SessionUser): Promise<MigrationResult> {
    const organisationId = organisationOf(actor);
    return withTransaction(db, async (tx, afterCommit) => {
      await ports.lockOrganisation(tx, organisationId);
      const org = await repo.organisation(tx, organisationId);
      if (!org?.legacyEmail) throw new AppError('invalid_state');
      const pending = await repo.productsOfEmail(tx, org.legacyEmail, { pendingOnly: true, lock: true });
      const result: MigrationResult = { migrated: 0, complete: 0, incomplete: 0, conflicts: [], pointsAwarded: 0 };
      if (pending.length === 0) return result;
      const items = migrationItems(pending, await modelsFor(ports, tx, pending));
      const outcomes = await ports.addMigrated(tx, afterCommit, organisationId, actor.id, items);
      await repo.setMigratedMany(tx, organisationId, clock.now(), outcomes);
      for (const [i, outcome] of outcomes.entries()) {
        const item = items[i]!;
        if (!outcome.productId) {
          result.conflicts.push({
            legacyId: outcome.legacyId,
            modelName: item.model?.name ?? item.legacyModelName ?? '',
            serialNumber: item.serialNumber ?? '',
          });
          continue;
        }
        result.migrated++;
        if (outcome.complete) result.complete++;
        else result.incomplete++;
        result.pointsAwarded += outcome.points;
      }
      if (!org.previousMembershipNumber) {
        const previous = await previousMembershipNumber(tx, org);
        if (previous)
          await repo.setOrganisationLegacy(tx, organisationId, {
            legacyEmail: org.legacyEmail,
            previousMembershipNumber: previous,
          });
      }
      await recordAudit(tx, {
        actorUserId: actor.id,
        action: 'legacy.migrated',
        entityType: 'organisation',
        entityId: organisationId,
        detail: { ...result, conflicts: result.conflicts.length },
      });
      return result;
    });
  };
}
