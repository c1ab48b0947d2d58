import { and, asc, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/index.js';
import { likePattern, schema } from '../../platform/db/index.js';

const { catalogueModels } = schema;
export type ModelRow = typeof catalogueModels.$inferSelect;

export const catalogueRepository = {
  search(
    db: DbOrTx,
    filter: { q?: string; category?: ModelRow['category']; limit: number; includeInactive?: boolean },
  ) {
    const conditions: SQL[] = [];
    if (!filter.includeInactive) conditions.push(eq(catalogueModels.active, true));
    if (filter.category) conditions.push(eq(catalogueModels.category, filter.category));
    if (filter.q) {
      const like = likePattern(filter.q);
      conditions.push(or(ilike(catalogueModels.name, like), ilike(catalogueModels.modelCode, like))!);
    }
    return db
      .select()
      .from(catalogueModels)
      .where(conditions.length ? and(...conditions) : undefined)
      .orderBy(asc(catalogueModels.category), asc(catalogueModels.name))
      .limit(filter.limit);
  },

  all: (db: DbOrTx) =>
    db.select().from(catalogueModels).orderBy(asc(catalogueModels.category), asc(catalogueModels.modelCode)),

  async findById(db: DbOrTx, id: string) {
    const [row] = await db.select().from(catalogueModels).where(eq(catalogueModels.id, id));
    return row;
  },

  findByIds: (db: DbOrTx, ids: string[]) =>
    ids.length ? db.select().from(catalogueModels).where(inArray(catalogueModels.id, ids)) : Promise.resolve([]),

  async findByCodes(db: DbOrTx, codes: string[]) {
    return codes.length ? db.select().from(catalogueModels).where(inArray(catalogueModels.modelCode, codes)) : [];
  },

  insertMany: (db: DbOrTx, rows: (typeof catalogueModels.$inferInsert)[]) =>
    db.insert(catalogueModels).values(rows).onConflictDoNothing({ target: catalogueModels.modelCode }),

  update: (db: DbOrTx, id: string, values: Partial<typeof catalogueModels.$inferInsert>) =>
    db.update(catalogueModels).set(values).where(eq(catalogueModels.id, id)).returning(),
};
