import { randomUUID } from 'node:crypto';
import type { SessionUser } from '../../../contracts/auth.js';
import type { Product, RegisterProductsInput } from '../../../contracts/products.js';
import { organisationOf } from '../../platform/auth/guards.js';
import { AppError } from '../../platform/errors.js';
import type { CheckFields } from './check-fields.js';
import { completionAwards } from './completion-awards.js';
import { isDeadlock, isUniqueViolation } from './database-errors.js';
import { toProduct } from './product-view.js';
import { productsRepository as repo } from './products.repository.js';
import type { ProductsDeps } from './products.types.js';
import type { RefuseTakenSerials } from './refuse-taken-serials.js';
import { missingFields } from './rules.js';

export function createRegisterProducts(
  deps: Pick<ProductsDeps, 'db' | 'clock' | 'ports'>,
  checkFields: CheckFields,
  refuseTakenSerials: RefuseTakenSerials,
) {
  const { db, clock, ports } = deps;
  /**
   * Registers a batch: validation first (nothing is written for bad input), then one statement
   * for the products, their events and their ledger entries with the new balance — inside a
   * transaction with the organisation lock while the organisation is not yet invited (see the
   * points service). The answer is built from what was inserted. A retried or twin batch
   * answers what is stored. A model + serial number active anywhere is refused by the unique
   * index; only then is it looked up, to explain the refusal and keep the attempt for staff.
   */
  return async function register(actor: SessionUser, input: RegisterProductsInput) {
    const organisationId = organisationOf(actor);
    const [settings, found] = await Promise.all([
      ports.settings(db),
      ports.findModels(
        db,
        input.items.map((i) => i.modelId),
      ),
    ]);
    const models = new Map(found.map((m) => [m.id, m]));
    const problems: Record<string, string> = {};
    const seen = new Map<string, number>();
    const items = input.items.map((item, i) => {
      const model = models.get(item.modelId);
      if (!model?.active) problems[`items.${i}.modelId`] = 'field.model_unknown';
      const fields = checkFields(item, model, settings, `items.${i}.`, problems);
      if (fields.serialNumber) {
        const key = `${item.modelId}|${fields.serialNumber}`;
        if (seen.has(key)) problems[`items.${i}.serialNumber`] = 'field.serial_duplicate';
        seen.set(key, i);
      }
      return { ...fields, model: model!, requestKey: `${input.idempotencyKey}:${i}` };
    });
    if (Object.keys(problems).length) throw new AppError('validation_failed', problems);

    // A batch already stored (a retry, or a twin request that won the race) is returned as it is.
    const storedResult = async () => {
      const [rows, summary] = await Promise.all([
        repo.findByRequestKeys(
          db,
          organisationId,
          items.map((i) => i.requestKey),
        ),
        ports.summary(organisationId),
      ]);
      return { items: rows.map(toProduct), summary };
    };

    const now = clock.now();
    const batch = items.map((it) => {
      const missing = missingFields({ modelId: it.model.id, ...it });
      return {
        id: randomUUID(),
        modelId: it.model.id,
        serialNumber: it.serialNumber,
        purchaseDate: it.purchaseDate,
        purchaseCountry: it.purchaseCountry,
        dealer: it.dealer,
        points: it.model.points,
        complete: missing.length === 0,
        missing,
        requestKey: it.requestKey,
      };
    });
    // One statement writes the products, their events and their points (the points service
    // wraps it in a transaction with the organisation lock while the invitation could be due).
    const write = () =>
      ports.recordPointsMany(
        db,
        () => {},
        completionAwards(organisationId, actor.id, batch),
        organisationId,
        repo.productBatch(organisationId, actor.id, now, 'registered', batch, true),
      );
    let result: Awaited<ReturnType<typeof write>>;
    try {
      // The products are inserted before the organisation lock is taken, so a migration that
      // holds the lock and inserts the same serial number can close a cycle: then once more.
      result = await write().catch((error) => (isDeadlock(error) ? write() : Promise.reject(error)));
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // A twin batch committed first, or a serial number is active somewhere: say which.
      if ((await repo.findByRequestKeys(db, organisationId, [items[0]!.requestKey])).length > 0) return storedResult();
      await refuseTakenSerials(
        actor,
        organisationId,
        items.flatMap((it, i) =>
          it.serialNumber
            ? [{ modelId: it.model.id, serialNumber: it.serialNumber, field: `items.${i}.serialNumber` }]
            : [],
        ),
      );
      throw new AppError('serial_taken');
    }
    if (result.added?.length !== batch.length || !result.summary) return storedResult();
    const registeredAt = now.toISOString();
    return {
      items: batch.map(
        (b, i): Product => ({
          id: b.id,
          modelId: b.modelId,
          modelName: items[i]!.model.name,
          modelCode: items[i]!.model.modelCode,
          category: items[i]!.model.category,
          serialNumber: b.serialNumber,
          purchaseDate: b.purchaseDate,
          purchaseCountry: b.purchaseCountry,
          dealer: b.dealer,
          source: 'registered',
          status: 'active',
          points: b.points,
          complete: b.complete,
          missing: b.missing,
          registeredAt,
        }),
      ),
      summary: result.summary,
    };
  };
}
