import type { Locale } from '../../../contracts/common.js';
import type { Tier } from '../../../contracts/membership.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { tierBenefitsIn, tierNameIn } from '../../platform/i18n/index.js';
import { membershipRepository as repo, type TierRow } from './membership.repository.js';
import { CURRENCY } from './membership.types.js';

/**
 * The current tiers are read on every My products and membership page and change rarely:
 * kept for a few seconds, cleared by a tier change in this process (`clear`).
 */
export function createActiveTiers() {
  let tierCache: { tiers: TierRow[]; at: number } | undefined;
  const activeTiers = async (tx: DbOrTx) => {
    if (!tierCache || Date.now() - tierCache.at > 5_000) {
      const tiers = (await repo.currentTiers(tx)).filter((t) => t.active).sort((a, b) => a.rank - b.rank);
      tierCache = { tiers, at: Date.now() };
    }
    return tierCache.tiers;
  };
  return {
    activeTiers,
    clear() {
      tierCache = undefined;
    },
  };
}
export type ActiveTiers = ReturnType<typeof createActiveTiers>;

export const eligible = (tier: TierRow, balance: number) => balance >= tier.minPoints;

export function toTier(t: TierRow, balance: number, locale: Locale): Tier {
  return {
    code: t.code,
    version: t.version,
    category: t.category,
    name: tierNameIn(t.names, t.code, locale),
    minPoints: t.minPoints,
    priceMinor: t.prices[CURRENCY] ?? 0,
    currency: CURRENCY,
    benefits: tierBenefitsIn(t.benefits, t.code, locale),
    eligible: eligible(t, balance),
    pointsToGo: Math.max(0, t.minPoints - balance),
  };
}
