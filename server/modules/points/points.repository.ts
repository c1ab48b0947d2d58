import { eq, type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, rowsOf, schema } from '../../platform/db/index.js';

const { pointsLedger, cpsInvitations, organisations } = schema;
export type LedgerEntry = typeof pointsLedger.$inferInsert;

export const pointsRepository = {
  /**
   * Serialises ledger writes of one organisation so balance checks see each other's entries.
   * `for no key update`: exclusive among lockers, yet inserts that merely reference the
   * organisation (products, ledger entries) are not held up by it.
   */
  lockOrganisation: (tx: DbOrTx, organisationId: string) =>
    tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.id, organisationId))
      .for('no key update'),

  /**
   * Inserts the entries whose idempotency keys are new and answers, in the same round trip, how
   * many were inserted, the organisation's balance including them, and whether it was invited.
   * The balance leaves out entries of transactions that commit while this statement runs; a
   * statement after the organisation lock sees them all.
   *
   * `alongside`: another module's `with`-list items run in the same statement, one of them
   * `products_added(id)`; then only entries of the products it added are written, and their ids
   * come back as `added`.
   */
  async appendAndBalance(tx: DbOrTx, organisationId: string, entries: LedgerEntry[], alongside?: SQL) {
    const rows = entries.map((e) => ({
      organisation_id: e.organisationId,
      product_id: e.productId ?? null,
      delta: e.delta,
      reason: e.reason,
      idempotency_key: e.idempotencyKey,
      at: (e.at ?? new Date()).toISOString(),
      actor_user_id: e.actorUserId ?? null,
    }));
    const [row] = rowsOf<{ inserted: number | string; balance: number | string; invited: boolean; added: unknown }>(
      await tx.execute(sql`
        with ${alongside ? sql`${alongside},` : sql``}
        ins as (
          insert into points_ledger (organisation_id, product_id, delta, reason, idempotency_key, at, actor_user_id)
          select x.organisation_id, x.product_id, x.delta, x.reason, x.idempotency_key, x.at, x.actor_user_id
          from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(organisation_id uuid, product_id uuid,
            delta integer, reason text, idempotency_key text, at timestamptz, actor_user_id uuid)
          ${alongside ? sql`where x.product_id in (select id from products_added)` : sql``}
          on conflict (idempotency_key) do nothing
          returning delta
        )
        select
          (select count(*) from ins) as inserted,
          (select coalesce(sum(delta), 0) from points_ledger where organisation_id = ${organisationId})
            + (select coalesce(sum(delta), 0) from ins) as balance,
          exists(select 1 from cps_invitations where organisation_id = ${organisationId}) as invited,
          ${alongside ? sql`(select coalesce(json_agg(id), '[]'::json) from products_added)` : sql`null`} as added`),
    );
    const added = typeof row?.added === 'string' ? JSON.parse(row.added) : row?.added;
    return {
      inserted: Number(row?.inserted ?? 0),
      balance: Number(row?.balance ?? 0),
      invited: Boolean(row?.invited),
      added: Array.isArray(added) ? (added as string[]) : undefined,
    };
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
    const [row] = rowsOf<{ balance: string | number | null; invited: boolean }>(
      await db.execute(sql`
      select
        (select coalesce(sum(${pointsLedger.delta}), 0) from ${pointsLedger} where ${pointsLedger.organisationId} = ${organisationId}) as balance,
        exists(select 1 from ${cpsInvitations} where ${cpsInvitations.organisationId} = ${organisationId}) as invited
    `),
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
