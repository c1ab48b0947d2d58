import { randomUUID } from 'node:crypto';
import type { DbOrTx } from '../../platform/db/index.js';
import type { AfterCommit } from '../../platform/db/transaction.js';
import { localDate } from '../../platform/working-days.js';
import { completionAwards } from './completion-awards.js';
import { type NewBatchProduct, productsRepository as repo } from './products.repository.js';
import type { MigratedItem, ProductsDeps } from './products.types.js';
import { missingFields } from './rules.js';

export function createAddMigrated(deps: Pick<ProductsDeps, 'clock' | 'timeZone' | 'ports'>) {
  const { clock, ports } = deps;
  const today = () => localDate(clock.now(), deps.timeZone);
  /**
   * Adds products migrated from the old programme inside the caller's transaction (which holds
   * the organisation lock): one query for serial conflicts, then one statement writes the
   * products, their events and the points of the complete ones (as a registration does).
   * A product whose model + serial is active elsewhere is reported, not added.
   */
  return async function addMigrated(
    tx: DbOrTx,
    afterCommit: AfterCommit,
    organisationId: string,
    actorId: string,
    items: MigratedItem[],
  ) {
    const now = clock.now();
    const pairs = items.flatMap((it) =>
      it.model && it.serialNumber ? [{ modelId: it.model.id, serialNumber: it.serialNumber }] : [],
    );
    const taken = new Set((await repo.findActiveSerials(tx, pairs)).map((t) => `${t.modelId}|${t.serialNumber}`));
    const batch = items.flatMap((it): NewBatchProduct[] => {
      if (it.model && it.serialNumber && taken.has(`${it.model.id}|${it.serialNumber}`)) return [];
      const fields = {
        modelId: it.model?.id ?? null,
        serialNumber: it.serialNumber,
        purchaseDate: it.purchaseDate && it.purchaseDate <= today() ? it.purchaseDate : null,
        purchaseCountry: it.purchaseCountry,
        dealer: it.dealer,
      };
      const missing = missingFields(fields);
      return [
        {
          id: randomUUID(),
          ...fields,
          legacyModelName: it.model ? null : it.legacyModelName,
          points: it.model?.points ?? 0,
          complete: missing.length === 0,
          missing,
          requestKey: `legacy:${it.legacyId}`,
          legacyId: it.legacyId,
        },
      ];
    });
    const recorded = batch.length
      ? await ports.recordPointsMany(
          tx,
          afterCommit,
          completionAwards(organisationId, actorId, batch),
          organisationId,
          repo.productBatch(organisationId, actorId, now, 'migrated', batch, false),
        )
      : undefined;
    const added = new Set(recorded?.added ?? []);
    const byLegacy = new Map(batch.filter((b) => added.has(b.id)).map((b) => [b.legacyId!, b]));
    return items.map((it) => {
      const row = byLegacy.get(it.legacyId);
      return row
        ? { legacyId: it.legacyId, productId: row.id, complete: row.complete, points: row.complete ? row.points : 0 }
        : { legacyId: it.legacyId, productId: null, complete: false, points: 0 };
    });
  };
}
