import type { SessionUser } from '../../../contracts/auth.js';
import type { MigrationState } from '../../../contracts/legacy.js';
import { organisationOf } from '../../platform/auth/guards.js';
import { AppError } from '../../platform/errors.js';
import { legacyRepository as repo } from './legacy.repository.js';
import type { LegacyDeps } from './legacy.types.js';
import { migrationItems, modelsFor, previousMembershipNumber } from './migration-items.js';

/** What MIGRATE PRODUCTS would do for the customer's organisation: the count, and the preview with what is missing. */
export function createMigrationState(deps: Pick<LegacyDeps, 'db' | 'clock' | 'ports'>) {
  const { db, clock, ports } = deps;
  return {
    /** For the customer's home page: how many products MIGRATE PRODUCTS would bring in (0 without a linked e-mail). */
    async pendingCount(organisationId: string) {
      const org = await repo.organisation(db, organisationId);
      return org?.legacyEmail ? repo.countPending(db, org.legacyEmail) : 0;
    },

    async state(actor: SessionUser): Promise<MigrationState> {
      const organisationId = organisationOf(actor);
      const org = await repo.organisation(db, organisationId);
      if (!org) throw new AppError('not_found');
      const [migratedCount, link] = await Promise.all([
        repo.countMigrated(db, organisationId),
        repo.openLinkCode(db, organisationId),
      ]);
      const pendingLink = link && link.expiresAt > clock.now() ? link.email : null;
      if (!org.legacyEmail) {
        return {
          available: false,
          legacyEmail: null,
          reason: 'no_legacy_email',
          previousMembershipNumber: null,
          preview: [],
          migratedCount,
          pendingLink,
        };
      }
      const pending = await repo.productsOfEmail(db, org.legacyEmail, { pendingOnly: true });
      const models = await modelsFor(ports, db, pending);
      const items = migrationItems(pending, models);
      const taken = await ports.activeSerials(
        items.flatMap((it) =>
          it.model && it.serialNumber ? [{ modelId: it.model.id, serialNumber: it.serialNumber }] : [],
        ),
      );
      const today = clock.now().toISOString().slice(0, 10);
      return {
        available: pending.length > 0,
        legacyEmail: org.legacyEmail,
        reason: pending.length > 0 ? null : 'nothing_to_migrate',
        previousMembershipNumber: await previousMembershipNumber(db, org),
        migratedCount,
        pendingLink,
        preview: items.map((it) => {
          const missing: MigrationState['preview'][number]['missing'] = [];
          if (!it.model) missing.push('model');
          if (!it.serialNumber) missing.push('serialNumber');
          if (!it.purchaseDate || it.purchaseDate > today) missing.push('purchaseDate');
          if (!it.purchaseCountry) missing.push('purchaseCountry');
          if (!it.dealer) missing.push('dealer');
          return {
            legacyId: it.legacyId,
            modelName: it.model?.name ?? it.legacyModelName ?? '',
            serialNumber: it.serialNumber,
            points: it.model?.points ?? 0,
            missing,
            serialConflict: Boolean(it.model && it.serialNumber && taken.has(`${it.model.id}|${it.serialNumber}`)),
          };
        }),
      };
    },
  };
}
