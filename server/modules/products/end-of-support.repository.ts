import { sql } from 'drizzle-orm';
import { type DbOrTx, rowsOf, schema } from '../../platform/db/index.js';

const { endOfSupportNotices } = schema;

/**
 * The ledger keys are those of completion-awards.ts (`product:<id>:completed`,
 * `product:<id>:end_of_support`); the unique index on the key answers each exists-check.
 */
const earned = sql`exists (select 1 from points_ledger l where l.idempotency_key = 'product:' || p.id || ':completed')`;
const removed = sql`exists (select 1 from points_ledger l where l.idempotency_key = 'product:' || p.id || ':end_of_support')`;

export type DueRemoval = { id: string; organisation_id: string; points: number };
export type DueNotice = { organisation_id: string; model_id: string; model_name: string; end_of_support_on: string };

export const endOfSupportRepository = {
  /**
   * Active products whose model's support ended on or before `today`, that earned their points
   * and have not had them removed (of one organisation, or of all).
   */
  async dueRemovals(db: DbOrTx, today: string, organisationId?: string) {
    return rowsOf<DueRemoval>(
      await db.execute(sql`
        select p.id, p.organisation_id, p.points
        from products p join catalogue_models m on m.id = p.model_id
        where m.end_of_support_on <= ${today} and p.status = 'active' and p.points > 0
          ${organisationId ? sql`and p.organisation_id = ${organisationId}` : sql``}
          and ${earned} and not ${removed}
        order by p.organisation_id, p.id`),
    );
  },

  /**
   * Organisations holding products with points of a model whose support ends after `today` and
   * on or before `until`, not yet told of that model and date.
   */
  async dueNotices(db: DbOrTx, today: string, until: string) {
    return rowsOf<DueNotice>(
      await db.execute(sql`
        select distinct p.organisation_id, m.id as model_id, m.name as model_name,
          m.end_of_support_on::text as end_of_support_on
        from products p join catalogue_models m on m.id = p.model_id
        where m.end_of_support_on > ${today} and m.end_of_support_on <= ${until}
          and p.status = 'active' and p.points > 0 and ${earned}
          and not exists (select 1 from end_of_support_notices n where n.organisation_id = p.organisation_id
            and n.model_id = m.id and n.end_of_support_on = m.end_of_support_on)
        order by p.organisation_id, m.id`),
    );
  },

  /** True for the one caller that records the notice (another run or instance gets false). */
  async claimNotice(db: DbOrTx, n: { organisationId: string; modelId: string; endOfSupportOn: string; at: Date }) {
    const rows = await db
      .insert(endOfSupportNotices)
      .values({ organisationId: n.organisationId, modelId: n.modelId, endOfSupportOn: n.endOfSupportOn, sentAt: n.at })
      .onConflictDoNothing()
      .returning({ organisationId: endOfSupportNotices.organisationId });
    return rows.length === 1;
  },
};
