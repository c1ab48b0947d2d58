import { and, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/index.js';
import { schema } from '../../platform/db/index.js';

const { legacyAccounts, legacyProducts, legacyImports, legacyLinkCodes, organisations } = schema;
export type ImportRow = typeof legacyImports.$inferSelect;
export type LegacyProductRow = typeof legacyProducts.$inferSelect;
/** What a migration reads of a legacy product. */
export type PendingLegacyProduct = Pick<
  LegacyProductRow,
  'legacyId' | 'modelCode' | 'modelName' | 'serialNumber' | 'purchaseDate' | 'country' | 'dealer'
>;
type LegacyAccountValues = Pick<
  typeof legacyAccounts.$inferSelect,
  'legacyId' | 'email' | 'membershipNumber' | 'tier' | 'expiresOn'
>;
type LegacyProductValues = Omit<
  LegacyProductRow,
  'importId' | 'migratedProductId' | 'migratedToOrganisationId' | 'migrationOutcome' | 'migratedAt'
>;

/** An element that an array literal must quote: empty, NULL, or holding a delimiter, quote, backslash or space. */
const NEEDS_QUOTES = /^$|^null$|[{},"\\\s]/i;

/**
 * A PostgreSQL array literal of text values: one bind parameter for a whole column of a batch.
 * Built with one join (no string grown piece by piece), quoting only the elements that need it.
 */
function textArray(values: (string | null)[]) {
  const parts = new Array<string>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    parts[i] = v === null || v === undefined ? 'NULL' : NEEDS_QUOTES.test(v) ? `"${v.replace(/[\\"]/g, '\\$&')}"` : v;
  }
  return `{${parts.join(',')}}`;
}

/** Rows written by an INSERT/UPDATE, from either driver's result. */
const rowCount = (result: unknown) => Number((result as { rowCount?: number | null }).rowCount ?? 0);

export const legacyRepository = {
  createImport: async (db: DbOrTx, values: typeof legacyImports.$inferInsert) =>
    (await db.insert(legacyImports).values(values).returning())[0]!,

  async findImport(db: DbOrTx, id: string) {
    const [row] = await db.select().from(legacyImports).where(eq(legacyImports.id, id));
    return row;
  },

  listImports: (db: DbOrTx) => db.select().from(legacyImports).orderBy(desc(legacyImports.createdAt)).limit(50),

  /** Claims an import for a run: a queued or failed one, or a running one whose heartbeat stopped. */
  async claimImport(db: DbOrTx, id: string, now: Date, staleBefore: Date) {
    const [row] = await db
      .update(legacyImports)
      .set({
        status: 'running',
        heartbeatAt: now,
        startedAt: sql`coalesce(${legacyImports.startedAt}, ${now})`,
        error: null,
      })
      .where(
        and(
          eq(legacyImports.id, id),
          or(
            inArray(legacyImports.status, ['queued', 'failed']),
            and(
              eq(legacyImports.status, 'running'),
              or(isNull(legacyImports.heartbeatAt), lt(legacyImports.heartbeatAt, staleBefore)),
            ),
          ),
        ),
      )
      .returning();
    return row;
  },

  updateImport: (db: DbOrTx, id: string, values: Partial<typeof legacyImports.$inferInsert>) =>
    db.update(legacyImports).set(values).where(eq(legacyImports.id, id)),

  /** A committed batch's checkpoint: counters and heartbeat; its new problems are appended to the report. */
  saveProgress: (
    db: DbOrTx,
    id: string,
    values: Pick<
      typeof legacyImports.$inferInsert,
      'rowsDone' | 'bytesDone' | 'rowsImported' | 'rowsUnchanged' | 'rowsRejected' | 'heartbeatAt'
    >,
    newProblems: { row: number; column: string; problem: string }[],
  ) =>
    db
      .update(legacyImports)
      .set(
        newProblems.length
          ? { ...values, problems: sql`${legacyImports.problems} || ${JSON.stringify(newProblems)}::jsonb` }
          : values,
      )
      .where(eq(legacyImports.id, id)),

  /**
   * Inserts the rows whose legacy id is not yet known, in one statement (columns as arrays,
   * `unnest`ed), and returns how many were new: importing a file again changes nothing.
   */
  async insertAccounts(db: DbOrTx, importId: string, rows: LegacyAccountValues[]) {
    if (!rows.length) return 0;
    const column = (pick: (r: LegacyAccountValues) => string | null) => textArray(rows.map(pick));
    return rowCount(
      await db.execute(sql`
        insert into ${legacyAccounts} (legacy_id, email, membership_number, tier, expires_on, import_id)
        select r.*, ${importId}::uuid from unnest(
          ${column((r) => r.legacyId)}::text[], ${column((r) => r.email)}::text[],
          ${column((r) => r.membershipNumber)}::text[], ${column((r) => r.tier)}::text[],
          ${column((r) => r.expiresOn)}::date[]
        ) as r
        on conflict (legacy_id) do nothing`),
    );
  },
  async insertProducts(db: DbOrTx, importId: string, rows: LegacyProductValues[]) {
    if (!rows.length) return 0;
    const column = (pick: (r: LegacyProductValues) => string | null) => textArray(rows.map(pick));
    return rowCount(
      await db.execute(sql`
        insert into ${legacyProducts}
          (legacy_id, legacy_account_id, model_code, model_name, serial_number, purchase_date, country, dealer, import_id)
        select r.*, ${importId}::uuid from unnest(
          ${column((r) => r.legacyId)}::text[], ${column((r) => r.legacyAccountId)}::text[],
          ${column((r) => r.modelCode)}::text[], ${column((r) => r.modelName)}::text[],
          ${column((r) => r.serialNumber)}::text[], ${column((r) => r.purchaseDate)}::date[],
          ${column((r) => r.country)}::text[], ${column((r) => r.dealer)}::text[]
        ) as r
        on conflict (legacy_id) do nothing`),
    );
  },

  /** A batch's commit need not wait for the disk: its checkpoint commits with it, so a lost tail is imported again. */
  relaxDurability: (tx: DbOrTx) => tx.execute(sql`set local synchronous_commit = off`),

  /** Fresh planner statistics after a large import (PGlite has no autovacuum; PostgreSQL's comes late). */
  analyze: (db: DbOrTx, kind: 'accounts' | 'products') =>
    db.execute(kind === 'accounts' ? sql`analyze ${legacyAccounts}` : sql`analyze ${legacyProducts}`),

  accountsByEmail: (db: DbOrTx, email: string) =>
    db.select().from(legacyAccounts).where(eq(legacyAccounts.email, email)),

  /** The legacy products of the accounts of one old e-mail: all, or only those not yet migrated (locked). */
  async productsOfEmail(db: DbOrTx, email: string, options: { pendingOnly: boolean; lock?: boolean }) {
    const query = db
      .select({
        legacyId: legacyProducts.legacyId,
        modelCode: legacyProducts.modelCode,
        modelName: legacyProducts.modelName,
        serialNumber: legacyProducts.serialNumber,
        purchaseDate: legacyProducts.purchaseDate,
        country: legacyProducts.country,
        dealer: legacyProducts.dealer,
      })
      .from(legacyProducts)
      .innerJoin(legacyAccounts, eq(legacyAccounts.legacyId, legacyProducts.legacyAccountId))
      .where(
        and(eq(legacyAccounts.email, email), options.pendingOnly ? isNull(legacyProducts.migrationOutcome) : undefined),
      )
      .orderBy(legacyProducts.legacyId);
    return options.lock ? await query.for('update', { of: legacyProducts }) : await query;
  },

  /** Not yet migrated legacy products of an old-programme e-mail (what MIGRATE PRODUCTS would take). */
  async countPending(db: DbOrTx, email: string) {
    const [row] = await db
      .select({ n: sql<number>`count(*)` })
      .from(legacyProducts)
      .innerJoin(legacyAccounts, eq(legacyAccounts.legacyId, legacyProducts.legacyAccountId))
      .where(and(eq(legacyAccounts.email, email), isNull(legacyProducts.migrationOutcome)));
    return Number(row?.n ?? 0);
  },

  async countMigrated(db: DbOrTx, organisationId: string) {
    const [row] = await db
      .select({ n: sql<number>`count(*)` })
      .from(legacyProducts)
      .where(eq(legacyProducts.migratedToOrganisationId, organisationId));
    return Number(row?.n ?? 0);
  },

  /** Records where each legacy product went (a product, or a serial conflict), in one statement. */
  async setMigratedMany(
    db: DbOrTx,
    organisationId: string,
    at: Date,
    outcomes: { legacyId: string; productId: string | null }[],
  ) {
    if (outcomes.length === 0) return;
    await db.execute(sql`
      update ${legacyProducts} set
        migrated_product_id = v.product_id,
        migration_outcome = case when v.product_id is null then 'serial_conflict' else 'migrated' end,
        migrated_to_organisation_id = ${organisationId},
        migrated_at = ${at.toISOString()}::timestamptz
      from unnest(${textArray(outcomes.map((o) => o.legacyId))}::text[],
        ${textArray(outcomes.map((o) => o.productId))}::uuid[]) as v(legacy_id, product_id)
      where ${legacyProducts.legacyId} = v.legacy_id`);
  },

  async organisation(db: DbOrTx, id: string, lock = false) {
    const query = db.select().from(organisations).where(eq(organisations.id, id));
    const [row] = lock ? await query.for('update') : await query;
    return row;
  },

  organisationsWithLegacyEmail: (db: DbOrTx, email: string) =>
    db.select({ id: organisations.id }).from(organisations).where(eq(organisations.legacyEmail, email)),

  setOrganisationLegacy: (
    db: DbOrTx,
    id: string,
    values: { legacyEmail: string; previousMembershipNumber: string | null },
  ) => db.update(organisations).set(values).where(eq(organisations.id, id)),

  async openLinkCode(db: DbOrTx, organisationId: string) {
    const [row] = await db
      .select()
      .from(legacyLinkCodes)
      .where(and(eq(legacyLinkCodes.organisationId, organisationId), isNull(legacyLinkCodes.usedAt)));
    return row;
  },
  closeLinkCodes: (db: DbOrTx, organisationId: string, at: Date) =>
    db
      .update(legacyLinkCodes)
      .set({ usedAt: at })
      .where(and(eq(legacyLinkCodes.organisationId, organisationId), isNull(legacyLinkCodes.usedAt))),
  insertLinkCode: (db: DbOrTx, values: typeof legacyLinkCodes.$inferInsert) =>
    db.insert(legacyLinkCodes).values(values),
  countAttempt: (db: DbOrTx, id: string) =>
    db
      .update(legacyLinkCodes)
      .set({ attempts: sql`${legacyLinkCodes.attempts} + 1` })
      .where(eq(legacyLinkCodes.id, id)),
};
