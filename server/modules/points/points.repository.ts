import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/index.js';
import { schema } from '../../platform/db/index.js';

const { pointsLedger, cpsInvitations, organisations } = schema;
export type LedgerEntry = typeof pointsLedger.$inferInsert;

export const pointsRepository = {
  /** Serialises ledger writes of one organisation so balance checks see each other's entries. */
  lockOrganisation: (tx: DbOrTx, organisationId: string) =>
    tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, organisationId)).for('update'),

  /** Inserts the entry unless its idempotency key exists; true when it was inserted. */
  async append(tx: DbOrTx, entry: LedgerEntry): Promise<boolean> {
    const rows = await tx
      .insert(pointsLedger)
      .values(entry)
      .onConflictDoNothing({ target: pointsLedger.idempotencyKey })
      .returning({ id: pointsLedger.id });
    return rows.length === 1;
  },

  /** Inserts the entries whose idempotency keys are new; returns how many were inserted. */
  async appendMany(tx: DbOrTx, entries: LedgerEntry[]): Promise<number> {
    if (entries.length === 0) return 0;
    const rows = await tx
      .insert(pointsLedger)
      .values(entries)
      .onConflictDoNothing({ target: pointsLedger.idempotencyKey })
      .returning({ id: pointsLedger.id });
    return rows.length;
  },

  async hasEntry(tx: DbOrTx, idempotencyKey: string) {
    const [row] = await tx
      .select({ id: pointsLedger.id })
      .from(pointsLedger)
      .where(eq(pointsLedger.idempotencyKey, idempotencyKey));
    return Boolean(row);
  },

  /** Balance and invitation state in one round trip. */
  async summary(db: DbOrTx, organisationId: string) {
    const [row] = await db
      .execute<{ balance: string | number | null; invited: boolean }>(sql`
      select
        (select coalesce(sum(${pointsLedger.delta}), 0) from ${pointsLedger} where ${pointsLedger.organisationId} = ${organisationId}) as balance,
        exists(select 1 from ${cpsInvitations} where ${cpsInvitations.organisationId} = ${organisationId}) as invited
    `)
      .then(
        (r) =>
          (Array.isArray(r) ? r : (r as { rows: unknown[] }).rows) as {
            balance: string | number | null;
            invited: boolean;
          }[],
      );
    return { balance: Number(row?.balance ?? 0), invited: Boolean(row?.invited) };
  },

  async insertInvitation(tx: DbOrTx, organisationId: string, balance: number, at: Date) {
    const rows = await tx
      .insert(cpsInvitations)
      .values({ organisationId, balance, invitedAt: at })
      .onConflictDoNothing()
      .returning({ id: cpsInvitations.organisationId });
    return rows.length === 1;
  },
};
