import { sql } from 'drizzle-orm';
import type { OrganisationMatch } from '../../../contracts/organisations.js';
import { type DbOrTx, likePattern, rowsOf } from '../../platform/db/index.js';

type MatchRow = Omit<OrganisationMatch, 'matchedBy'> & { matched_by: OrganisationMatch['matchedBy'] };

const LIMIT = 20;

/**
 * Finds organisations by what staff have at hand. Each kind of match is one indexed lookup (the
 * exact ones first, a name last), so the answer says why an organisation is in it.
 */
export const searchRepository = {
  async search(db: DbOrTx, q: string): Promise<OrganisationMatch[]> {
    const compact = q.replace(/[\s.\-/]/g, '').toUpperCase();
    const email = q.toLowerCase();
    const rows = rowsOf<MatchRow>(
      await db.execute(sql`
        with matches as (
          select o.id, 1 as rank, 'vat_number' as matched_by, o.vat_number as matched_value
            from organisations o
           where o.vat_number is not null
             and (o.vat_number = ${compact} or o.vat_number = o.country || ${compact})
          union all
          select m.organisation_id, 2, 'membership_number', m.membership_number
            from memberships m where m.membership_number = ${q} or m.previous_membership_number = ${q}
          union all
          select i.organisation_id, 3, 'invoice_number', i.number
            from invoices i where i.number = ${q.toUpperCase()}
          union all
          select u.organisation_id, 4, 'email', u.email
            from users u where u.organisation_id is not null and u.email = ${email}
          union all
          select o.id, 5, 'name', coalesce(o.trading_name, o.legal_name)
            from organisations o
           where o.legal_name ilike ${likePattern(q)} or o.trading_name ilike ${likePattern(q)}
        ), best as (
          select distinct on (id) id, rank, matched_by, matched_value from matches order by id, rank
        )
        select o.id, o.legal_name as "legalName", o.trading_name as "tradingName", o.country,
               o.vat_number as "vatNumber", b.matched_by, b.matched_value as "matchedValue"
          from best b join organisations o on o.id = b.id
         order by b.rank, o.legal_name, o.id
         limit ${LIMIT}`),
    );
    return rows.map(({ matched_by, ...row }) => ({ ...row, matchedBy: matched_by }));
  },
};
