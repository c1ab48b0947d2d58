import { and, asc, desc, eq, ilike, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../platform/db/index.js';
import { schema } from '../../platform/db/index.js';

const { products, productEvents, catalogueModels, serialConflicts, users, organisations } = schema;
export type ProductRow = typeof products.$inferSelect;
export type NewProduct = typeof products.$inferInsert;

const productColumns = {
  product: products,
  modelName: catalogueModels.name,
  modelCode: catalogueModels.modelCode,
  category: catalogueModels.category,
};
export type ProductWithModel = {
  product: ProductRow;
  modelName: string | null;
  modelCode: string | null;
  category: string | null;
};

export const productsRepository = {
  /** My products: one query, newest first. */
  listForOrganisation: (db: DbOrTx, organisationId: string): Promise<ProductWithModel[]> =>
    db
      .select(productColumns)
      .from(products)
      .leftJoin(catalogueModels, eq(catalogueModels.id, products.modelId))
      .where(and(eq(products.organisationId, organisationId), eq(products.status, 'active')))
      .orderBy(desc(products.createdAt), asc(products.id))
      .limit(2000),

  async findForOrganisation(db: DbOrTx, organisationId: string, id: string, forUpdate = false) {
    const query = db
      .select(productColumns)
      .from(products)
      .leftJoin(catalogueModels, eq(catalogueModels.id, products.modelId))
      .where(and(eq(products.id, id), eq(products.organisationId, organisationId)));
    const [row] = forUpdate ? await query.for('update', { of: products }) : await query;
    return row as ProductWithModel | undefined;
  },

  findByRequestKeys: (db: DbOrTx, organisationId: string, keys: string[]) =>
    db
      .select(productColumns)
      .from(products)
      .leftJoin(catalogueModels, eq(catalogueModels.id, products.modelId))
      .where(and(eq(products.organisationId, organisationId), inArray(products.requestKey, keys))) as Promise<
      ProductWithModel[]
    >,

  /** Active products holding any of these model + serial pairs. */
  async findActiveSerials(db: DbOrTx, pairs: { modelId: string; serialNumber: string }[], exceptId?: string) {
    if (pairs.length === 0) return [];
    const conditions = pairs.map((p) =>
      and(eq(products.modelId, p.modelId), eq(products.serialNumber, p.serialNumber)),
    );
    return db
      .select({
        id: products.id,
        organisationId: products.organisationId,
        modelId: products.modelId,
        serialNumber: products.serialNumber,
      })
      .from(products)
      .where(
        and(
          eq(products.status, 'active'),
          sql`(${sql.join(
            conditions.map((c) => sql`(${c})`),
            sql` or `,
          )})`,
          exceptId ? ne(products.id, exceptId) : undefined,
        ),
      );
  },

  insert: (db: DbOrTx, rows: NewProduct[]) => db.insert(products).values(rows).returning(),
  update: (db: DbOrTx, id: string, values: Partial<NewProduct>) =>
    db.update(products).set(values).where(eq(products.id, id)).returning(),

  appendEvents: (db: DbOrTx, rows: (typeof productEvents.$inferInsert)[]) => db.insert(productEvents).values(rows),
  history: (db: DbOrTx, productId: string) =>
    db
      .select({ event: productEvents, actorFirst: users.firstName, actorLast: users.lastName })
      .from(productEvents)
      .leftJoin(users, eq(users.id, productEvents.actorUserId))
      .where(eq(productEvents.productId, productId))
      .orderBy(asc(productEvents.seq)),

  async dealers(db: DbOrTx, organisationId: string, q: string | undefined) {
    const rows = await db
      .selectDistinct({ dealer: products.dealer })
      .from(products)
      .where(
        and(
          eq(products.organisationId, organisationId),
          isNotNull(products.dealer),
          q ? ilike(products.dealer, `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) : undefined,
        ),
      )
      .orderBy(asc(products.dealer))
      .limit(20);
    return rows.map((r) => r.dealer!);
  },

  recordConflict: (db: DbOrTx, row: typeof serialConflicts.$inferInsert) => db.insert(serialConflicts).values(row),

  openConflicts(db: DbOrTx) {
    const existing = alias(products, 'existing');
    const existingOrg = alias(organisations, 'existing_org');
    const attemptedOrg = alias(organisations, 'attempted_org');
    return db
      .select({
        id: serialConflicts.id,
        at: serialConflicts.at,
        serialNumber: serialConflicts.serialNumber,
        modelName: catalogueModels.name,
        existingOrganisation: existingOrg.legalName,
        attemptedByOrganisation: attemptedOrg.legalName,
      })
      .from(serialConflicts)
      .innerJoin(catalogueModels, eq(catalogueModels.id, serialConflicts.modelId))
      .innerJoin(existing, eq(existing.id, serialConflicts.existingProductId))
      .innerJoin(existingOrg, eq(existingOrg.id, existing.organisationId))
      .innerJoin(attemptedOrg, eq(attemptedOrg.id, serialConflicts.attemptedByOrganisationId))
      .where(sql`${serialConflicts.resolvedAt} is null`)
      .orderBy(desc(serialConflicts.at))
      .limit(200);
  },
};
