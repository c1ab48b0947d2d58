import { randomUUID } from 'node:crypto';
import type { SQL } from 'drizzle-orm';
import type { SessionUser } from '../../../contracts/auth.js';
import {
  type Category,
  type MyProducts,
  type MyProductsQuery,
  type PointsSummary,
  PRODUCTS_PAGE_DEFAULT,
  type Product,
  type RegisterProductsInput,
} from '../../../contracts/products.js';
import type { ProgrammeSettings } from '../../../contracts/programme.js';
import { organisationOf } from '../../platform/auth/guards.js';
import type { Clock } from '../../platform/clock.js';
import type { Db, DbOrTx } from '../../platform/db/index.js';
import { type AfterCommit, withTransaction } from '../../platform/db/transaction.js';
import { AppError } from '../../platform/errors.js';
import { localDate } from '../../platform/working-days.js';
import {
  type NewBatchProduct,
  type PageRow,
  type ProductWithModel,
  productsRepository as repo,
} from './products.repository.js';
import { checkSerial, type Missing, missingFields, normaliseSerial } from './rules.js';

type Model = { id: string; name: string; modelCode: string; category: Category; points: number; active: boolean };
type Fields = {
  serialNumber?: string;
  purchaseDate?: string;
  purchaseCountry?: string;
  dealer?: string;
  modelId?: string;
};

/** What products needs from other modules, wired at composition. */
export type ProductsPorts = {
  findModels(tx: DbOrTx, ids: string[]): Promise<Model[]>;
  settings(tx: DbOrTx): Promise<ProgrammeSettings>;
  /** The summary; with `known` (balance and invitation already read) nothing more is queried. */
  summary(organisationId: string, db?: DbOrTx, known?: { balance: number; invited: boolean }): Promise<PointsSummary>;
  lockOrganisation(tx: DbOrTx, organisationId: string): Promise<unknown>;
  hasLedgerEntry(tx: DbOrTx, key: string): Promise<boolean>;
  /**
   * Appends ledger entries (the caller holds the organisation lock) and answers the summary after
   * them, in one round trip; with no entries it only reads the summary of `organisationId`.
   */
  recordPointsMany(
    tx: DbOrTx,
    afterCommit: AfterCommit,
    entries: {
      organisationId: string;
      productId: string;
      delta: number;
      reason: 'product_completed';
      idempotencyKey: string;
      actorUserId: string | null;
    }[],
    organisationId?: string,
    /** The products' own insert (`with`-list items with `products_added(id)`), run in the same statement. */
    alongside?: SQL,
  ): Promise<{ inserted: number; summary?: PointsSummary; added?: string[] }>;
  recordPoints(
    tx: DbOrTx,
    afterCommit: AfterCommit,
    entry: {
      organisationId: string;
      productId: string;
      delta: number;
      reason: 'product_completed' | 'product_removed' | 'product_sold' | 'product_transferred';
      idempotencyKey: string;
      actorUserId: string | null;
    },
  ): Promise<boolean>;
};

export type MigratedItem = {
  legacyId: string;
  model: Model | undefined;
  legacyModelName: string | null;
  serialNumber: string | null;
  purchaseDate: string | null;
  purchaseCountry: string | null;
  dealer: string | null;
};

export type ProductsDeps = { db: Db; clock: Clock; timeZone: string; ports: ProductsPorts };

const awardKey = (productId: string) => `product:${productId}:completed`;
const endKey = (productId: string) => `product:${productId}:ended`;
const hasCode = (error: unknown, code: string) => {
  let e: unknown = error;
  while (e && typeof e === 'object') {
    if ((e as { code?: string }).code === code) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
};
const isUniqueViolation = (error: unknown) => hasCode(error, '23505');
/** PostgreSQL broke a lock cycle by aborting this transaction; nothing of it was kept. */
const isDeadlock = (error: unknown) => hasCode(error, '40P01');

export function toProduct(row: ProductWithModel): Product {
  const p = row.product;
  const missing = missingFields(p);
  return {
    id: p.id,
    modelId: p.modelId,
    modelName: row.modelName ?? p.legacyModelName ?? '',
    modelCode: row.modelCode,
    category: (row.category as Category | null) ?? null,
    serialNumber: p.serialNumber,
    purchaseDate: p.purchaseDate,
    purchaseCountry: p.purchaseCountry,
    dealer: p.dealer,
    source: p.source,
    status: p.status,
    points: p.points,
    complete: missing.length === 0 && p.completedAt !== null,
    missing,
    registeredAt: p.createdAt.toISOString(),
  };
}

const MISSING_COLUMNS = [
  ['model_id', 'model'],
  ['serial_number', 'serialNumber'],
  ['purchase_date', 'purchaseDate'],
  ['purchase_country', 'purchaseCountry'],
  ['dealer', 'dealer'],
] as const;

/** The ledger entries of a batch's complete products: their points, once each (by the award key). */
function completionAwards(organisationId: string, actorId: string, batch: NewBatchProduct[]) {
  return batch
    .filter((b) => b.complete && b.points > 0)
    .map((b) => ({
      organisationId,
      productId: b.id,
      delta: b.points,
      reason: 'product_completed' as const,
      idempotencyKey: awardKey(b.id),
      actorUserId: actorId,
    }));
}

/** A product of the My products statement, as the API sends it (the benchmark's bare route uses it too). */
export function pageProduct(r: PageRow): Product {
  const missing: Missing[] = [];
  for (const [column, field] of MISSING_COLUMNS) if (!r[column]) missing.push(field);
  return {
    id: r.id!,
    modelId: r.model_id,
    modelName: r.model_name,
    modelCode: r.model_code,
    category: r.category as Category | null,
    serialNumber: r.serial_number,
    purchaseDate: r.purchase_date,
    purchaseCountry: r.purchase_country,
    dealer: r.dealer,
    source: r.source,
    status: r.status,
    points: r.points,
    complete: missing.length === 0 && r.completed,
    missing,
    registeredAt: r.registered_at,
  };
}

export function createProductsService(deps: ProductsDeps) {
  const { db, clock, ports } = deps;
  const today = () => localDate(clock.now(), deps.timeZone);
  /** Normalises and checks one item's fields; problems are added under `prefix`. */
  function checkFields(
    fields: Fields,
    model: Model | undefined,
    settings: ProgrammeSettings,
    prefix: string,
    problems: Record<string, string>,
  ) {
    const serialNumber = normaliseSerial(fields.serialNumber);
    if (serialNumber) {
      const problem = checkSerial(serialNumber, model ? settings.serialPatterns[model.category] : undefined);
      if (problem) problems[`${prefix}serialNumber`] = problem;
    }
    if (fields.purchaseDate && fields.purchaseDate > today())
      problems[`${prefix}purchaseDate`] = 'field.purchase_date_future';
    return {
      serialNumber,
      purchaseDate: fields.purchaseDate ?? null,
      purchaseCountry: fields.purchaseCountry ?? null,
      dealer: fields.dealer?.trim() || null,
    };
  }

  /**
   * A model + serial number active elsewhere is refused with a way to support, and the attempt
   * is kept for staff (written outside the refused transaction, so the record survives).
   */
  async function refuseTakenSerials(
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
  }

  /** One page of My products and the points summary: one statement (settings and tiers are cached). */
  async function listResponse(organisationId: string, page: Partial<MyProductsQuery> = {}): Promise<MyProducts> {
    const limit = page.limit ?? PRODUCTS_PAGE_DEFAULT;
    const rows = await repo.page(db, organisationId, limit + 1, page.cursor);
    const first = rows[0];
    const summary = await ports.summary(organisationId, db, {
      balance: Number(first?.balance ?? 0),
      invited: Boolean(first?.invited),
    });
    const items: Product[] = [];
    for (const r of rows) if (r.id !== null && items.length < limit) items.push(pageProduct(r));
    const more = rows.length > limit && rows[limit]?.id != null;
    return {
      items,
      summary,
      total: Number(first?.total ?? 0),
      nextCursor: more ? items[items.length - 1]!.id : null,
    };
  }

  async function detail(actor: SessionUser, id: string) {
    const organisationId = organisationOf(actor);
    const row = await repo.findForOrganisation(db, organisationId, id);
    if (!row) throw new AppError('not_found');
    const [history, summary] = await Promise.all([repo.history(db, id), ports.summary(organisationId)]);
    return {
      ...toProduct(row),
      summary,
      history: history.map((h) => ({
        at: h.event.at.toISOString(),
        action: h.event.action,
        actorName: h.actorFirst ? `${h.actorFirst} ${h.actorLast}` : null,
        detail: h.event.detail,
      })),
    };
  }

  return {
    list: (actor: SessionUser, page: Partial<MyProductsQuery> = {}) => listResponse(organisationOf(actor), page),

    /**
     * Registers a batch: validation first (nothing is written for bad input), then one statement
     * for the products, their events and their ledger entries with the new balance — inside a
     * transaction with the organisation lock while the organisation is not yet invited (see the
     * points service). The answer is built from what was inserted. A retried or twin batch
     * answers what is stored. A model + serial number active anywhere is refused by the unique
     * index; only then is it looked up, to explain the refusal and keep the attempt for staff.
     */
    async register(actor: SessionUser, input: RegisterProductsInput) {
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
        if ((await repo.findByRequestKeys(db, organisationId, [items[0]!.requestKey])).length > 0)
          return storedResult();
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
    },

    detail,

    /** View product: fill in or correct fields; completing it awards its points then, once. */
    async update(actor: SessionUser, id: string, input: Fields) {
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
    },

    /** Removing, selling or transferring a product ends it and writes a compensating ledger entry. */
    async end(actor: SessionUser, id: string, reason: 'removed' | 'sold' | 'transferred') {
      const organisationId = organisationOf(actor);
      await withTransaction(db, async (tx, afterCommit) => {
        await ports.lockOrganisation(tx, organisationId);
        const row = await repo.findForOrganisation(tx, organisationId, id, true);
        if (!row) throw new AppError('not_found');
        if (row.product.status !== 'active') return;
        const now = clock.now();
        await repo.update(tx, id, { status: reason, updatedAt: now });
        await repo.appendEvents(tx, [{ productId: id, at: now, actorUserId: actor.id, action: reason, detail: {} }]);
        if (await ports.hasLedgerEntry(tx, awardKey(id))) {
          await ports.recordPoints(tx, afterCommit, {
            organisationId,
            productId: id,
            delta: -row.product.points,
            reason: `product_${reason}`,
            idempotencyKey: endKey(id),
            actorUserId: actor.id,
          });
        }
      });
      return listResponse(organisationId);
    },

    /**
     * Adds products migrated from the old programme inside the caller's transaction (which holds
     * the organisation lock): one query for serial conflicts, then one statement writes the
     * products, their events and the points of the complete ones (as a registration does).
     * A product whose model + serial is active elsewhere is reported, not added.
     */
    async addMigrated(
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
    },

    /** Which of these model + serial pairs are active in any organisation (for the migration preview). */
    /** For the customer's home page: active products and how many still miss their green check. */
    counts: (organisationId: string) => repo.counts(db, organisationId),

    activeSerials: async (pairs: { modelId: string; serialNumber: string }[]) =>
      new Set((await repo.findActiveSerials(db, pairs)).map((t) => `${t.modelId}|${t.serialNumber}`)),

    dealers: (actor: SessionUser, q: string | undefined) => repo.dealers(db, organisationOf(actor), q),

    async serialConflicts() {
      return (await repo.openConflicts(db)).map((c) => ({ ...c, at: c.at.toISOString() }));
    },
  };
}
export type ProductsService = ReturnType<typeof createProductsService>;
