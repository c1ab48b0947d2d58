import type { DbOrTx } from '../../platform/db/index.js';
import { type PendingLegacyProduct, legacyRepository as repo } from './legacy.repository.js';
import type { LegacyPorts, Model } from './legacy.types.js';

/** The organisation's membership number in the old programme: kept, or found through its old e-mail. */
export async function previousMembershipNumber(
  tx: DbOrTx,
  org: { legacyEmail: string | null; previousMembershipNumber: string | null },
) {
  if (org.previousMembershipNumber || !org.legacyEmail) return org.previousMembershipNumber;
  const accounts = await repo.accountsByEmail(tx, org.legacyEmail);
  return accounts.find((a) => a.membershipNumber)?.membershipNumber ?? null;
}

/** The catalogue's active models for the legacy products' model codes, by code. */
export async function modelsFor(
  ports: Pick<LegacyPorts, 'findModelsByCodes'>,
  tx: DbOrTx,
  pending: PendingLegacyProduct[],
) {
  const codes = [...new Set(pending.flatMap((p) => (p.modelCode ? [p.modelCode] : [])))];
  return new Map((await ports.findModelsByCodes(tx, codes)).filter((m) => m.active).map((m) => [m.modelCode, m]));
}

/** Legacy products as the products module takes them in (a model only when the catalogue knows it). */
export function migrationItems(pending: PendingLegacyProduct[], models: Map<string, Model>) {
  return pending.map((p) => ({
    legacyId: p.legacyId,
    model: p.modelCode ? models.get(p.modelCode) : undefined,
    legacyModelName: p.modelName ?? p.modelCode,
    serialNumber: p.serialNumber,
    purchaseDate: p.purchaseDate,
    purchaseCountry: p.country,
    dealer: p.dealer,
  }));
}
