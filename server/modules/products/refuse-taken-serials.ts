import type { SessionUser } from '../../../contracts/auth.js';
import { AppError } from '../../platform/errors.js';
import { productsRepository as repo } from './products.repository.js';
import type { ProductsDeps } from './products.types.js';

export function createRefuseTakenSerials(deps: Pick<ProductsDeps, 'db' | 'clock'>) {
  const { db, clock } = deps;
  /**
   * A model + serial number active elsewhere is refused with a way to support, and the attempt
   * is kept for staff (written outside the refused transaction, so the record survives).
   */
  return async function refuseTakenSerials(
    actor: SessionUser,
    organisationId: string,
    pairs: { modelId: string; serialNumber: string; field: string }[],
    exceptId?: string,
  ) {
    const taken = await repo.findActiveSerials(db, pairs, exceptId);
    if (taken.length === 0) return;
    const fields: Record<string, string> = {};
    for (const t of taken) {
      const pair = pairs.find((p) => p.modelId === t.modelId && p.serialNumber === t.serialNumber)!;
      fields[pair.field] = t.organisationId === organisationId ? 'field.serial_registered' : 'field.serial_taken';
      if (t.organisationId !== organisationId) {
        await repo.recordConflict(db, {
          modelId: pair.modelId,
          serialNumber: pair.serialNumber,
          existingProductId: t.id,
          attemptedByOrganisationId: organisationId,
          attemptedByUserId: actor.id,
          at: clock.now(),
        });
      }
    }
    throw new AppError('serial_taken', fields);
  };
}
export type RefuseTakenSerials = ReturnType<typeof createRefuseTakenSerials>;
