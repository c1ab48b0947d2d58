import { and, asc, desc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import { type DbOrTx, rowsOf, schema } from '../../platform/db/index.js';

const { tierVersions, orders, memberships, membershipEvents, membershipNotices, organisations } = schema;
export type TierRow = typeof tierVersions.$inferSelect;
export type OrderRow = typeof orders.$inferSelect;
export type MembershipRow = typeof memberships.$inferSelect;

export const membershipRepository = {
  /** The newest version of every tier code. */
  currentTiers: (db: DbOrTx) =>
    db
      .selectDistinctOn([tierVersions.code])
      .from(tierVersions)
      .orderBy(tierVersions.code, desc(tierVersions.version)) as Promise<TierRow[]>,

  allTierVersions: (db: DbOrTx) =>
    db.select().from(tierVersions).orderBy(asc(tierVersions.rank), desc(tierVersions.version)),

  async latestVersion(db: DbOrTx, code: string) {
    const [row] = await db
      .select()
      .from(tierVersions)
      .where(eq(tierVersions.code, code))
      .orderBy(desc(tierVersions.version))
      .limit(1);
    return row;
  },
  async tierVersion(db: DbOrTx, id: string) {
    const [row] = await db.select().from(tierVersions).where(eq(tierVersions.id, id));
    return row;
  },
  tierVersionsById: (db: DbOrTx, ids: string[]) =>
    ids.length
      ? db
          .select({ id: tierVersions.id, names: tierVersions.names })
          .from(tierVersions)
          .where(inArray(tierVersions.id, ids))
      : Promise.resolve([]),
  insertTierVersion: async (db: DbOrTx, values: typeof tierVersions.$inferInsert) =>
    (await db.insert(tierVersions).values(values).returning())[0]!,
  async countTiers(db: DbOrTx) {
    const [row] = await db.select({ n: sql<number>`count(*)` }).from(tierVersions);
    return Number(row?.n ?? 0);
  },

  async organisation(db: DbOrTx, id: string, lock = false) {
    const query = db.select().from(organisations).where(eq(organisations.id, id));
    const [row] = lock ? await query.for('update') : await query;
    return row;
  },

  async current(db: DbOrTx, organisationId: string) {
    const [row] = await db
      .select()
      .from(memberships)
      .where(eq(memberships.organisationId, organisationId))
      .orderBy(desc(memberships.createdAt))
      .limit(1);
    return row;
  },

  async findOrder(db: DbOrTx, organisationId: string, idempotencyKey: string) {
    const [row] = await db
      .select()
      .from(orders)
      .where(and(eq(orders.organisationId, organisationId), eq(orders.idempotencyKey, idempotencyKey)));
    return row;
  },
  async orderById(db: DbOrTx, id: string) {
    const [row] = await db.select().from(orders).where(eq(orders.id, id));
    return row;
  },
  insertOrder: async (db: DbOrTx, values: typeof orders.$inferInsert) =>
    (await db.insert(orders).values(values).returning())[0]!,
  updateOrder: (db: DbOrTx, id: string, values: Partial<typeof orders.$inferInsert>) =>
    db.update(orders).set(values).where(eq(orders.id, id)),

  async mandateFor(db: DbOrTx, organisationId: string, iban: string) {
    const [row] = await db
      .select({ sepaMandateReference: orders.sepaMandateReference, sepaMandateSignedAt: orders.sepaMandateSignedAt })
      .from(orders)
      .where(
        and(
          eq(orders.organisationId, organisationId),
          eq(orders.sepaIban, iban),
          sql`${orders.sepaMandateReference} is not null`,
        ),
      )
      .orderBy(asc(orders.createdAt))
      .limit(1);
    return row;
  },

  async earliestUnpaidDue(db: DbOrTx, membershipId: string) {
    const [row] = await db
      .select({ dueOn: sql<string | null>`min(${orders.dueOn})` })
      .from(orders)
      .where(and(eq(orders.membershipId, membershipId), isNull(orders.paidAt)));
    return row?.dueOn ?? null;
  },

  async nextMembershipNumber(db: DbOrTx): Promise<number> {
    const result = await db.execute<{ n: string | number }>(sql`select nextval('membership_number_seq') as n`);
    const rows = rowsOf<{ n: string | number }>(result);
    return Number(rows[0]!.n);
  },

  insertMembership: async (db: DbOrTx, values: typeof memberships.$inferInsert) =>
    (await db.insert(memberships).values(values).returning())[0]!,
  updateMembership: async (db: DbOrTx, id: string, values: Partial<typeof memberships.$inferInsert>) =>
    (await db.update(memberships).set(values).where(eq(memberships.id, id)).returning())[0]!,
  async lockMembership(db: DbOrTx, id: string) {
    const [row] = await db.select().from(memberships).where(eq(memberships.id, id)).for('update');
    return row;
  },

  appendEvent: (db: DbOrTx, values: typeof membershipEvents.$inferInsert) => db.insert(membershipEvents).values(values),
  history: (db: DbOrTx, membershipId: string) =>
    db
      .select()
      .from(membershipEvents)
      .where(eq(membershipEvents.membershipId, membershipId))
      .orderBy(asc(membershipEvents.seq)),

  /** True when this notice was not sent before (and is now recorded). */
  async claimNotice(db: DbOrTx, membershipId: string, key: string, at: Date) {
    const rows = await db
      .insert(membershipNotices)
      .values({ membershipId, key, at })
      .onConflictDoNothing()
      .returning({ key: membershipNotices.key });
    return rows.length === 1;
  },

  dueForExpiry: (db: DbOrTx, today: string) =>
    db
      .select()
      .from(memberships)
      .where(and(inArray(memberships.status, ['active', 'suspended']), sql`${memberships.endsOn} < ${today}`)),
  endingBy: (db: DbOrTx, lastDay: string) =>
    db
      .select()
      .from(memberships)
      .where(and(eq(memberships.status, 'active'), lte(memberships.endsOn, lastDay))),

  /** Active memberships with an order unpaid past `dueBefore`. */
  overdue: (db: DbOrTx, dueBefore: string, statuses: ('active' | 'suspended')[]) =>
    db
      .selectDistinct({ membership: memberships })
      .from(memberships)
      .innerJoin(orders, eq(orders.membershipId, memberships.id))
      .where(and(inArray(memberships.status, statuses), isNull(orders.paidAt), sql`${orders.dueOn} < ${dueBefore}`)),

  suspendedFullyPaid: (db: DbOrTx) =>
    db
      .select()
      .from(memberships)
      .where(
        and(
          eq(memberships.status, 'suspended'),
          sql`not exists (select 1 from ${orders} where ${orders.membershipId} = ${memberships.id} and ${orders.paidAt} is null)`,
        ),
      ),
};
