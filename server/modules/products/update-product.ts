import type { SessionUser } from '../../../contracts/auth.js';
import { organisationOf } from '../../platform/auth/guards.js';
import { withTransaction } from '../../platform/db/transaction.js';
import { AppError } from '../../platform/errors.js';
import type { CheckFields } from './check-fields.js';
import { awardKey } from './completion-awards.js';
import { isUniqueViolation } from './database-errors.js';
import type { ProductLists } from './list-products.js';
import { productsRepository as repo } from './products.repository.js';
import type { Fields, Model, ProductsDeps } from './products.types.js';
import type { RefuseTakenSerials } from './refuse-taken-serials.js';
import { missingFields } from './rules.js';

export function createUpdateProduct(
  deps: Pick<ProductsDeps, 'db' | 'clock' | 'ports'>,
  use: { checkFields: CheckFields; refuseTakenSerials: RefuseTakenSerials; detail: ProductLists['detail'] },
) {
  const { db, clock, ports } = deps;
  const { checkFields, refuseTakenSerials, detail } = use;
  /** View product: fill in or correct fields; completing it awards its points then, once. */
  return async function update(actor: SessionUser, id: string, input: Fields) {
    const organisationId = organisationOf(actor);
    const current = await repo.findForOrganisation(db, organisationId, id);
    if (!current) throw new AppError('not_found');
    if (current.product.status !== 'active') throw new AppError('invalid_state');
    const settings = await ports.settings(db);
    let model: Model | undefined;
    const modelId = input.modelId ?? current.product.modelId ?? undefined;
    if (modelId) [model] = await ports.findModels(db, [modelId]);
    const problems: Record<string, string> = {};
    if (input.modelId && (!model?.active || (current.product.modelId && current.product.modelId !== input.modelId)))
      problems.modelId = 'field.model_unknown';
    const fields = checkFields(
      { ...input, serialNumber: input.serialNumber ?? current.product.serialNumber ?? undefined },
      model,
      settings,
      '',
      problems,
    );
    if (Object.keys(problems).length) throw new AppError('validation_failed', problems);
    const next = {
      modelId: model?.id ?? null,
      serialNumber: fields.serialNumber,
      purchaseDate: input.purchaseDate ?? current.product.purchaseDate,
      purchaseCountry: input.purchaseCountry ?? current.product.purchaseCountry,
      dealer: input.dealer !== undefined ? fields.dealer : current.product.dealer,
    };
    if (next.modelId && next.serialNumber) {
      await refuseTakenSerials(
        actor,
        organisationId,
        [{ modelId: next.modelId, serialNumber: next.serialNumber, field: 'serialNumber' }],
        id,
      );
    }
    try {
      await withTransaction(db, async (tx, afterCommit) => {
        await ports.lockOrganisation(tx, organisationId);
        const locked = await repo.findForOrganisation(tx, organisationId, id, true);
        if (locked?.product.status !== 'active') throw new AppError('invalid_state');
        const now = clock.now();
        const changed = Object.fromEntries(
          Object.entries(next).filter(([k, v]) => locked.product[k as keyof typeof next] !== v),
        );
        const becomesComplete = !locked.product.completedAt && missingFields(next).length === 0;
        const points = !locked.product.modelId && model ? model.points : locked.product.points;
        if (Object.keys(changed).length === 0 && !becomesComplete) return;
        await repo.update(tx, id, {
          ...next,
          points,
          updatedAt: now,
          ...(becomesComplete ? { completedAt: now } : {}),
        });
        const events = [];
        if (Object.keys(changed).length)
          events.push({ productId: id, at: now, actorUserId: actor.id, action: 'updated', detail: { changed } });
        if (becomesComplete)
          events.push({ productId: id, at: now, actorUserId: actor.id, action: 'completed', detail: { points } });
        await repo.appendEvents(tx, events);
        if (becomesComplete && points > 0) {
          await ports.recordPoints(tx, afterCommit, {
            organisationId,
            productId: id,
            delta: points,
            reason: 'product_completed',
            idempotencyKey: awardKey(id),
            actorUserId: actor.id,
          });
        }
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('serial_taken', { serialNumber: 'field.serial_taken' });
      throw error;
    }
    return detail(actor, id);
  };
}
