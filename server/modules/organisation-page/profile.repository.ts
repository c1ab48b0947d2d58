import { sql } from 'drizzle-orm';
import { type DbOrTx, rowsOf } from '../../platform/db/index.js';

export type OrganisationRow = {
  id: string;
  legal_name: string;
  trading_name: string | null;
  country: string;
  street: string;
  house_number: string;
  postcode: string;
  city: string;
  phone: string;
  vat_number: string | null;
  trade_register_number: string | null;
  electronic_address: string | null;
  legacy_email: string | null;
  application_id: string;
  created_at: Date | string;
};

export type ApplicationRow = {
  id: string;
  reference: string;
  status: string;
  submitted_at: Date | string | null;
  decided_at: Date | string | null;
  decision_message: string | null;
};

export type DocumentRow = {
  id: string;
  kind: string;
  original_name: string;
  size: number;
  uploaded_at: Date | string;
  deleted_at: Date | string | null;
};

export type LegacyRow = { email: string; membership_number: string | null; tier: string | null; products: number };

/** The organisation page's head: the organisation, its application, its old-programme link, its counts. */
export const profileRepository = {
  async organisation(db: DbOrTx, id: string): Promise<OrganisationRow | undefined> {
    const [row] = rowsOf<OrganisationRow>(await db.execute(sql`select * from organisations where id = ${id}`));
    return row;
  },

  async application(db: DbOrTx, applicationId: string) {
    const [application] = rowsOf<ApplicationRow>(
      await db.execute(sql`
        select id, reference, status, submitted_at, decided_at, decision_message
          from applications where id = ${applicationId}`),
    );
    const documents = rowsOf<DocumentRow>(
      await db.execute(sql`
        select id, kind, original_name, size, uploaded_at, deleted_at
          from application_documents where application_id = ${applicationId}
         order by uploaded_at, id`),
    );
    return { application, documents };
  },

  /** The old programme's account named at registration (by its e-mail), with its product count. */
  async legacy(db: DbOrTx, email: string): Promise<LegacyRow | undefined> {
    const [row] = rowsOf<LegacyRow>(
      await db.execute(sql`
        select a.email, a.membership_number, a.tier,
               (select count(*)::int from legacy_products p where p.legacy_account_id = a.legacy_id) as products
          from legacy_accounts a where lower(a.email) = ${email.toLowerCase()}
         limit 1`),
    );
    return row;
  },

  async counts(db: DbOrTx, organisationId: string, applicationId: string) {
    const [row] = rowsOf<Record<string, number>>(
      await db.execute(sql`
        select
          (select count(*)::int from users where organisation_id = ${organisationId}) as users,
          (select count(*)::int from products where organisation_id = ${organisationId}) as products,
          (select count(*)::int from points_ledger where organisation_id = ${organisationId}) as ledger,
          (select coalesce(sum(delta), 0)::int from points_ledger where organisation_id = ${organisationId}) as balance,
          (select count(*)::int from memberships where organisation_id = ${organisationId}) as memberships,
          (select count(*)::int from invoices where organisation_id = ${organisationId}) as invoices,
          (select count(*)::int from payments p join invoices i on i.id = p.invoice_id
            where i.organisation_id = ${organisationId}) as payments,
          (select count(*)::int from tickets where organisation_id = ${organisationId}) as tickets,
          (select count(*)::int from legacy_products where migrated_to_organisation_id = ${organisationId}) as migrated,
          (select count(*)::int from audit_log a where ${auditScope(organisationId, applicationId)}) as audit`),
    );
    const { balance = 0, migrated = 0, ...counts } = row ?? {};
    return { balance, migrated, counts };
  },
};

/**
 * The audit entries that concern an organisation: about it, its application, its users (as the
 * subject or as the actor), its invoices, orders and tickets.
 */
export function auditScope(organisationId: string, applicationId: string) {
  return sql`(
    (a.entity_type = 'organisation' and a.entity_id = ${organisationId})
    or (a.entity_type = 'application' and a.entity_id = ${applicationId})
    or a.actor_user_id in (select id from users where organisation_id = ${organisationId})
    or (a.entity_type = 'user' and a.entity_id in (select id::text from users where organisation_id = ${organisationId}))
    or (a.entity_type = 'invoice' and a.entity_id in (select id::text from invoices where organisation_id = ${organisationId}))
    or (a.entity_type = 'order' and a.entity_id in (select id::text from orders where organisation_id = ${organisationId}))
    or (a.entity_type = 'ticket' and a.entity_id in (select id::text from tickets where organisation_id = ${organisationId}))
  )`;
}
