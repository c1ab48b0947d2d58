import type { DbOrTx } from '../../platform/db/index.js';
import { createActiveTiers } from './active-tiers.js';
import { membershipRepository as repo } from './membership.repository.js';

/**
 * What other modules ask of membership (through ports wired at composition): reads of the tier
 * table and of a membership's state, needing nothing but the database. Created before the modules
 * that ask (points, billing) and before the membership service, which shares its tier cache (a tier
 * change clears it), so no port has to reach a module created later.
 */
export function createMembershipReads() {
  const tiers = createActiveTiers();
  const { activeTiers } = tiers;

  /** For My products: the next tier threshold above a balance, named as the programme names it. */
  async function nextTier(tx: DbOrTx, balance: number) {
    const next = (await activeTiers(tx)).sort((a, b) => a.minPoints - b.minPoints).find((t) => t.minPoints > balance);
    return next
      ? { code: next.code, names: next.names, minPoints: next.minPoints, pointsToGo: next.minPoints - balance }
      : null;
  }

  /**
   * The tier names (per language) of the versions orders bought: invoices and their e-mails name a
   * tier by the programme's one source, as the portal does.
   */
  async function tierNames(tx: DbOrTx, tierVersionIds: string[]) {
    const rows = await repo.tierVersionsById(tx, [...new Set(tierVersionIds)]);
    return new Map(rows.map((r) => [r.id, r.names]));
  }

  /** For the points summary: a current membership means the CPS invitation has been taken up. */
  async function isMember(tx: DbOrTx, organisationId: string) {
    const current = await repo.current(tx, organisationId);
    return current?.status === 'active' || current?.status === 'suspended';
  }

  return { nextTier, tierNames, isMember, tiers };
}
export type MembershipReads = ReturnType<typeof createMembershipReads>;
