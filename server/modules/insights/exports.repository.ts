import { type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, rowsOf } from '../../platform/db/index.js';

export type InvoiceFilter = { paymentStatus?: string; from?: string; to?: string };
export type PaymentFilter = { source?: string; from?: string; to?: string };
export type MemberFilter = { status?: string; tier?: string };
export type ProductFilter = { status?: string; source?: string; from?: string; to?: string };

/** One keyset page: rows after `after` (by primary key), at most `limit`. */
export type PageReader = (db: DbOrTx, after: string | null, limit: number) => Promise<Record<string, unknown>[]>;

const where = (conditions: (SQL | false | undefined)[]) => {
  const given = conditions.filter((c): c is SQL => Boolean(c));
  return given.length ? sql`where ${sql.join(given, sql` and `)}` : sql``;
};
const page = async (db: DbOrTx, query: SQL) => rowsOf<Record<string, unknown>>(await db.execute(query));
const ts = (column: SQL) => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;
const day = (column: SQL) => sql`to_char(${column}, 'YYYY-MM-DD')`;

/**
 * The exports' SQL: keyset pages in primary-key order (each page one index range scan of the
 * primary key, however deep into the table), with the same filters as the screens' lists. Dates
 * and times come back as ISO text, amounts in minor units.
 */
export const exportsRepository = {
  invoices:
    (f: InvoiceFilter): PageReader =>
    (db, after, limit) =>
      page(
        db,
        sql`select i.id, i.number, i.kind, ${day(sql`i.issue_date`)} as issue_date, ${day(sql`i.due_date`)} as due_date,
          i.buyer->>'name' as customer, i.buyer->>'country' as country, i.currency, i.net_minor, i.vat_minor,
          i.total_minor, i.paid_minor, i.payment_method, i.document_status, i.payment_status
        from invoices i
        ${where([
          f.paymentStatus !== undefined && sql`i.payment_status = ${f.paymentStatus}`,
          f.from !== undefined && sql`i.issue_date >= ${f.from}::date`,
          f.to !== undefined && sql`i.issue_date <= ${f.to}::date`,
          after !== null && sql`i.id > ${after}::uuid`,
        ])}
        order by i.id limit ${limit}`,
      ),

  payments:
    (f: PaymentFilter): PageReader =>
    (db, after, limit) =>
      page(
        db,
        sql`select p.id, ${ts(sql`p.received_at`)} as received_at, p.source, p.external_id, p.amount_minor,
          i.currency, i.number as invoice_number, i.buyer->>'name' as customer
        from payments p join invoices i on i.id = p.invoice_id
        ${where([
          f.source !== undefined && sql`p.source = ${f.source}`,
          // The same days as the payments list (calendar days of the server's session).
          f.from !== undefined && sql`p.received_at >= ${f.from}::date`,
          f.to !== undefined && sql`p.received_at < ${f.to}::date + 1`,
          after !== null && sql`p.id > ${after}::uuid`,
        ])}
        order by p.id limit ${limit}`,
      ),

  members:
    (f: MemberFilter): PageReader =>
    (db, after, limit) =>
      page(
        db,
        sql`select m.id, m.membership_number, m.tier_code, m.status, ${day(sql`m.starts_on`)} as starts_on,
          ${day(sql`m.ends_on`)} as ends_on, o.legal_name as organisation, o.country, o.vat_number
        from memberships m join organisations o on o.id = m.organisation_id
        ${where([
          f.status !== undefined && sql`m.status = ${f.status}`,
          f.tier !== undefined && sql`m.tier_code = ${f.tier}`,
          after !== null && sql`m.id > ${after}::uuid`,
        ])}
        order by m.id limit ${limit}`,
      ),

  products:
    (f: ProductFilter, timeZone: string): PageReader =>
    (db, after, limit) =>
      page(
        db,
        sql`select p.id, p.organisation_id, o.legal_name as organisation, c.model_code,
          coalesce(c.name, p.legacy_model_name) as model_name, p.serial_number,
          ${day(sql`p.purchase_date`)} as purchase_date, p.purchase_country, p.dealer, p.source, p.status, p.points,
          ${ts(sql`p.completed_at`)} as completed_at, ${ts(sql`p.created_at`)} as created_at
        from products p
        join organisations o on o.id = p.organisation_id
        left join catalogue_models c on c.id = p.model_id
        ${where([
          f.status !== undefined && sql`p.status = ${f.status}`,
          f.source !== undefined && sql`p.source = ${f.source}`,
          f.from !== undefined && sql`p.created_at >= (${f.from}::date)::timestamp at time zone ${timeZone}`,
          f.to !== undefined && sql`p.created_at < (${f.to}::date + 1)::timestamp at time zone ${timeZone}`,
          after !== null && sql`p.id > ${after}::uuid`,
        ])}
        order by p.id limit ${limit}`,
      ),
};
