import { type SQL, sql } from 'drizzle-orm';
import type { OrganisationSection } from '../../../contracts/organisations.js';
import { type DbOrTx, rowsOf } from '../../platform/db/index.js';
import { auditScope } from './profile.repository.js';

type Scope = { organisationId: string; applicationId: string };
type Section = { columns: string[]; from: (scope: Scope) => SQL; select: SQL; order: SQL };

const ts = (column: string) => sql.raw(`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`);

/**
 * Each section of the organisation page: its columns (the web labels them), what it reads and in
 * which order. Each row also has its `id` (not a column). Timestamps are ISO instants, dates `YYYY-MM-DD`, amounts minor units.
 */
const SECTIONS: Record<OrganisationSection, Section> = {
  users: {
    columns: ['name', 'email', 'role', 'createdAt', 'lastLoginAt', 'removedAt'],
    from: ({ organisationId }) => sql`users u where u.organisation_id = ${organisationId}`,
    select: sql`u.id::text as id, u.first_name || ' ' || u.last_name as name, u.email, u.role, ${ts('u.created_at')} as "createdAt",
      (select ${ts('max(l.at)')} from audit_log l
        where l.action = 'auth.login' and l.entity_type = 'user' and l.entity_id = u.id::text) as "lastLoginAt",
      ${ts('u.removed_at')} as "removedAt"`,
    order: sql`u.created_at, u.id`,
  },
  products: {
    columns: ['serialNumber', 'model', 'purchaseDate', 'status', 'points', 'source', 'createdAt'],
    from: ({ organisationId }) =>
      sql`products p left join catalogue_models m on m.id = p.model_id where p.organisation_id = ${organisationId}`,
    select: sql`p.id::text as id, p.serial_number as "serialNumber", coalesce(m.name, p.legacy_model_name) as model,
      p.purchase_date::text as "purchaseDate", p.status, p.points, p.source, ${ts('p.created_at')} as "createdAt"`,
    order: sql`p.created_at desc, p.id`,
  },
  ledger: {
    columns: ['at', 'delta', 'reason', 'serialNumber'],
    from: ({ organisationId }) =>
      sql`points_ledger l left join products p on p.id = l.product_id where l.organisation_id = ${organisationId}`,
    select: sql`l.id::text as id, ${ts('l.at')} as at, l.delta, l.reason, p.serial_number as "serialNumber"`,
    order: sql`l.at desc, l.id`,
  },
  memberships: {
    columns: ['membershipNumber', 'previousMembershipNumber', 'tier', 'status', 'startsOn', 'endsOn'],
    from: ({ organisationId }) => sql`memberships m where m.organisation_id = ${organisationId}`,
    select: sql`m.id::text as id, m.membership_number as "membershipNumber", m.previous_membership_number as "previousMembershipNumber",
      m.tier_code as tier, m.status, m.starts_on::text as "startsOn", m.ends_on::text as "endsOn"`,
    order: sql`m.created_at desc, m.id`,
  },
  invoices: {
    columns: [
      'number',
      'kind',
      'issueDate',
      'dueDate',
      'paymentMethod',
      'paymentStatus',
      'currency',
      'totalMinor',
      'paidMinor',
    ],
    from: ({ organisationId }) => sql`invoices i where i.organisation_id = ${organisationId}`,
    select: sql`i.id::text as id, i.number, i.kind, i.issue_date::text as "issueDate", i.due_date::text as "dueDate",
      i.payment_method as "paymentMethod", i.payment_status as "paymentStatus", i.currency,
      i.total_minor::float8 as "totalMinor", i.paid_minor::float8 as "paidMinor"`,
    order: sql`i.created_at desc, i.id`,
  },
  payments: {
    columns: ['receivedAt', 'invoiceNumber', 'source', 'currency', 'amountMinor'],
    from: ({ organisationId }) =>
      sql`payments p join invoices i on i.id = p.invoice_id where i.organisation_id = ${organisationId}`,
    select: sql`p.id::text as id, ${ts('p.received_at')} as "receivedAt", i.number as "invoiceNumber", p.source, i.currency,
      p.amount_minor::float8 as "amountMinor"`,
    order: sql`p.received_at desc, p.id`,
  },
  tickets: {
    columns: ['reference', 'subject', 'category', 'status', 'createdAt'],
    from: ({ organisationId }) => sql`tickets t where t.organisation_id = ${organisationId}`,
    select: sql`t.id::text as id, t.reference, t.subject, t.category, t.status, ${ts('t.created_at')} as "createdAt"`,
    order: sql`t.created_at desc, t.id`,
  },
  audit: {
    columns: ['at', 'action', 'entityType', 'actor'],
    from: ({ organisationId, applicationId }) =>
      sql`audit_log a left join users u on u.id = a.actor_user_id where ${auditScope(organisationId, applicationId)}`,
    select: sql`a.id::text as id, ${ts('a.at')} as at, a.action, a.entity_type as "entityType", u.email as actor`,
    order: sql`a.at desc, a.id`,
  },
};

export const sectionsRepository = {
  columns: (section: OrganisationSection) => SECTIONS[section].columns,

  async page(db: DbOrTx, section: OrganisationSection, scope: Scope, page: { offset: number; size: number }) {
    const s = SECTIONS[section];
    const [rows, [count]] = await Promise.all([
      db.execute(
        sql`select ${s.select} from ${s.from(scope)} order by ${s.order} limit ${page.size} offset ${page.offset}`,
      ),
      db.execute(sql`select count(*)::int as total from ${s.from(scope)}`).then((r) => rowsOf<{ total: number }>(r)),
    ]);
    return { rows: rowsOf<Record<string, string | number | boolean | null>>(rows), total: count?.total ?? 0 };
  },
};
