import type { SessionUser } from '../../../contracts/auth.js';
import type { TierInput } from '../../../contracts/membership.js';
import { recordAudit } from '../../platform/audit.js';
import { withTransaction } from '../../platform/db/transaction.js';
import type { ActiveTiers } from './active-tiers.js';
import { membershipRepository as repo } from './membership.repository.js';
import type { MembershipDeps } from './membership.types.js';
import { DEFAULT_TIERS } from './tier-defaults.js';

/** The admin's tiers: the default set on first start, the list of versions, and a change (a new version). */
export function createManageTiers(deps: Pick<MembershipDeps, 'db' | 'clock'>, tiers: ActiveTiers) {
  const { db, clock } = deps;

  async function seedDefaults() {
    if ((await repo.countTiers(db)) > 0) return;
    for (const tier of DEFAULT_TIERS) await repo.insertTierVersion(db, { ...tier, version: 1 });
  }

  async function adminTiers() {
    return (await repo.allTierVersions(db)).map((t) => ({ ...t, createdAt: t.createdAt.toISOString() }));
  }

  /** A tier change is a new version; orders keep the version they bought. */
  async function saveTier(actor: SessionUser, input: TierInput) {
    return withTransaction(db, async (tx) => {
      const latest = await repo.latestVersion(tx, input.code);
      tiers.clear();
      const row = await repo.insertTierVersion(tx, {
        ...input,
        version: (latest?.version ?? 0) + 1,
        createdBy: actor.id,
        createdAt: clock.now(),
      });
      await recordAudit(tx, {
        actorUserId: actor.id,
        action: 'tier.saved',
        entityType: 'tier',
        entityId: input.code,
        detail: { version: row.version, before: latest ?? null },
      });
      return { ...row, createdAt: row.createdAt.toISOString() };
    });
  }

  return { seedDefaults, adminTiers, saveTier };
}
