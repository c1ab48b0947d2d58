import { and, asc, desc, eq, ilike, inArray, isNotNull, ne, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type DbOrTx, likePattern, rowsOf, schema } from '../../platform/db/index.js';

const { products, productEvents, catalogueModels, serialConflicts, users, organisations } = schema;
export type ProductRow = typeof products.$inferSelect;
export type NewProduct = typeof products.$inferInsert;

const productColumns = {
  product: products,
  modelName: catalogueModels.name,
  modelCode: catalogueModels.modelCode,
  category: catalogueModels.category,
  endOfSupportOn: catalogueModels.endOfSupportOn,
};
export type ProductWithModel = {
  product: ProductRow;
  modelName: string | null;
  modelCode: string | null;
  category: string | null;
  endOfSupportOn: string | null;
};

/** One row of the My products statement: the page's product (null when there is none) and the organisation's figures. */
export type PageRow = {
  balance: number | string;
  invited: boolean;
  total: number | string;
  id: string | null;
  model_id: string | null;
  model_name: string;
  model_code: string | null;
  category: string | null;
  serial_number: string | null;
  purchase_date: string | null;
  purchase_country: string | null;
  dealer: string | null;
  source: 'registered' | 'migrated';
  status: 'active' | 'removed' | 'sold' | 'transferred';
  points: number;
  completed: boolean;
  registered_at: string;
};

/** A product of a batch (registered, or migrated from the old programme), with its id chosen by the caller. */
export type NewBatchProduct = {
  id: string;
  modelId: string | null;
  /** The old programme's model name, kept when the model is not in the catalogue (migrated only). */
  legacyModelName?: string | null;
  serialNumber: string | null;
  purchaseDate: string | null;
  purchaseCountry: string | null;
  dealer: string | null;
  points: number;
  complete: boolean;
  missing: string[];
  requestKey: string;
  /** The old programme's row it came from (migrated only); kept in the event. */
  legacyId?: string;
};

export const productsRepository = {
  /**
   * My products in one round trip: a page of the organisation's active products joined with the
   * catalogue, newest first (`created_at desc, id desc`, read in that order from
   * `products_organisation_idx`), after the product `cursor` when given; plus the organisation's
   * active product count, ledger balance and invitation state (always one row, also without
   * products). Dates come formatted as the API sends them.
   */
  async page(db: DbOrTx, organisationId: string, limit: number, cursor?: string): Promise<PageRow[]> {
    const after = cursor
      ? sql`and (p.created_at, p.id) < (select c.created_at, c.id from products c where c.id = ${cursor} and c.organisation_id = ${organisationId})`
      : sql``;
    return rowsOf<PageRow>(
      await db.execute(sql`
        with figures as (
          select
            (select coalesce(sum(delta), 0) from points_ledger where organisation_id = ${organisationId}) as balance,
            exists(select 1 from cps_invitations where organisation_id = ${organisationId}) as invited,
            (select count(*) from products where organisation_id = ${organisationId} and status = 'active') as total
        ),
        page as (
          select p.id, p.model_id, coalesce(m.name, p.legacy_model_name, '') as model_name, m.model_code, m.category,
            p.serial_number, to_char(p.purchase_date, 'YYYY-MM-DD') as purchase_date, p.purchase_country, p.dealer,
            p.source, p.status, p.points, p.completed_at is not null as completed,
            to_char(p.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as registered_at,
            p.created_at
          from products p
          left join catalogue_models m on m.id = p.model_id
          where p.organisation_id = ${organisationId} and p.status = 'active' ${after}
          order by p.created_at desc, p.id desc
          limit ${limit}
        )
        select figures.balance, figures.invited, figures.total, page.id, page.model_id, page.model_name,
          page.model_code, page.category, page.serial_number, page.purchase_date, page.purchase_country,
          page.dealer, page.source, page.status, page.points, page.completed, page.registered_at
        from figures left join page on true
        order by page.created_at desc, page.id desc`),
    );
  },

  /**
   * A batch of products as part of one statement (`with`-list items): the products and one event
   * each (`registered`, or `migrated` with the legacy id). `products_added` answers the ids
   * inserted — a product whose request key is stored already is skipped, and with `wholeBatchOnce`
   * (a registration) the whole batch is when its first key is (a retry, or a twin request that won
   * the race). The points ledger runs it together with the batch's entries (see the points
   * service), so products, events and points are written by one atomic statement.
   */
  productBatch(
    organisationId: string,
    actorId: string,
    at: Date,
    source: 'registered' | 'migrated',
    items: NewBatchProduct[],
    wholeBatchOnce: boolean,
  ): SQL {
    const rows = items.map((it) => ({
      id: it.id,
      model_id: it.modelId,
      legacy_model_name: it.legacyModelName ?? null,
      serial_number: it.serialNumber,
      purchase_date: it.purchaseDate,
      purchase_country: it.purchaseCountry,
      dealer: it.dealer,
      points: it.points,
      complete: it.complete,
      missing: it.missing,
      request_key: it.requestKey,
      legacy_id: it.legacyId ?? null,
    }));
    const now = at.toISOString();
    const once = wholeBatchOnce
      ? sql`where not exists (
          select 1 from products s where s.organisation_id = ${organisationId} and s.request_key = ${items[0]?.requestKey ?? ''}
        )`
      : sql``;
    return sql`
      batch as (
        select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(id uuid, model_id uuid,
          legacy_model_name text, serial_number text, purchase_date date, purchase_country text, dealer text,
          points integer, complete boolean, missing jsonb, request_key text, legacy_id text)
      ),
      products_added as (
        insert into products (id, organisation_id, model_id, legacy_model_name, serial_number, purchase_date,
          purchase_country, dealer, source, status, points, completed_at, created_by, created_at, updated_at, request_key)
        select b.id, ${organisationId}::uuid, b.model_id, b.legacy_model_name, b.serial_number, b.purchase_date,
          b.purchase_country, b.dealer, ${source}, 'active', b.points, case when b.complete then ${now}::timestamptz end,
          ${actorId}::uuid, ${now}::timestamptz, ${now}::timestamptz, b.request_key
        from batch b
        ${once}
        on conflict (organisation_id, request_key) do nothing
        returning id
      ),
      events_added as (
        insert into product_events (product_id, at, actor_user_id, action, detail)
        select b.id, ${now}::timestamptz, ${actorId}::uuid, ${source},
          case when b.legacy_id is null then jsonb_build_object('missing', b.missing)
            else jsonb_build_object('legacyId', b.legacy_id, 'missing', b.missing) end
        from batch b join products_added a on a.id = b.id
      )`;
  },

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

  /**
   * Which of these model + serial number pairs are active somewhere: one join against the pairs
   * (by the partial unique index), however many there are — a migration checks hundreds at once.
   */
  async findActiveSerials(db: DbOrTx, pairs: { modelId: string; serialNumber: string }[], exceptId?: string) {
    if (pairs.length === 0) return [];
    const wanted = JSON.stringify(pairs.map((p) => ({ m: p.modelId, s: p.serialNumber })));
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
          sql`${products.serialNumber} is not null and ${products.modelId} is not null`,
          sql`(${products.modelId}, ${products.serialNumber}) in (
            select x.m, x.s from jsonb_to_recordset(${wanted}::jsonb) as x(m uuid, s text))`,
          exceptId ? ne(products.id, exceptId) : undefined,
        ),
      );
  },

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
          q ? ilike(products.dealer, likePattern(q)) : undefined,
        ),
      )
      .orderBy(asc(products.dealer))
      .limit(20);
    return rows.map((r) => r.dealer!);
  },

  /** Active products and those without their green check (a detail missing, or not completed): one statement. */
  async counts(db: DbOrTx, organisationId: string) {
    const [row] = await db
      .select({
        total: sql<string>`count(*)`,
        incomplete: sql<string>`count(*) filter (where ${products.completedAt} is null or ${products.modelId} is null
          or ${products.serialNumber} is null or ${products.purchaseDate} is null
          or ${products.purchaseCountry} is null or ${products.dealer} is null)`,
      })
      .from(products)
      .where(and(eq(products.organisationId, organisationId), eq(products.status, 'active')));
    return { total: Number(row?.total ?? 0), incomplete: Number(row?.incomplete ?? 0) };
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
