import { and, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/index.js';
import { schema } from '../../platform/db/index.js';
import { collectionsRepository } from './collections.repository.js';
import { paymentsRepository } from './payments.repository.js';
import { statementsRepository } from './statements.repository.js';

const { invoices, documentCounters, orders, organisations, memberships } = schema;
export type InvoiceRow = typeof invoices.$inferSelect;

export type OrderRow = typeof orders.$inferSelect;
export type OrderFacts = { startsOn: string | null; endsOn: string | null; debitedIban: string | null };

/** Invoices, credit notes, their numbering and the orders they are made of (SQL only). */
const invoicesRepository = {
  /**
   * The next `count` numbers of a gapless yearly series (returns the first); the row lock holds
   * until the transaction ends, so numbers are handed out in commit order without gaps.
   */
  async nextNumbers(tx: DbOrTx, series: string, year: number, count: number): Promise<number> {
    await tx.insert(documentCounters).values({ series, year, last: 0 }).onConflictDoNothing();
    const [row] = await tx
      .update(documentCounters)
      .set({ last: sql`${documentCounters.last} + ${count}` })
      .where(and(eq(documentCounters.series, series), eq(documentCounters.year, year)))
      .returning({ last: documentCounters.last });
    return row!.last - count + 1;
  },
  nextNumber: (tx: DbOrTx, series: string, year: number) => invoicesRepository.nextNumbers(tx, series, year, 1),

  /** Locks orders (in id order, so two runs never deadlock). */
  lockOrders: (tx: DbOrTx, ids: string[]) =>
    tx.select().from(orders).where(inArray(orders.id, ids)).orderBy(orders.id).for('update'),
  /** Of these orders, those that already have their invoice (read after the lock: sees committed ones). */
  async invoicedOrders(tx: DbOrTx, ids: string[]) {
    const rows = await tx
      .select({ orderId: invoices.orderId })
      .from(invoices)
      .where(and(eq(invoices.kind, 'invoice'), inArray(invoices.orderId, ids)));
    return new Set(rows.map((r) => r.orderId));
  },
  organisations: (tx: DbOrTx, ids: string[]) =>
    ids.length ? tx.select().from(organisations).where(inArray(organisations.id, ids)) : Promise.resolve([]),
  insertInvoices: (tx: DbOrTx, values: (typeof invoices.$inferInsert)[]) =>
    values.length ? tx.insert(invoices).values(values).returning() : Promise.resolve([]),
  /**
   * What an order's documents state besides the invoice row, by order id: the term it pays for
   * (the supply date and the invoice period) and, for a direct debit, the debited IBAN. The term
   * ends on the membership's end date; it starts a year before (a renewal pays for the year after
   * the previous end, not from the membership's first day) but not before the membership began,
   * and an upgrade pays from the day it was bought.
   */
  async orderFacts(tx: DbOrTx, orderIds: string[], timeZone: string) {
    const ids = orderIds.filter(Boolean);
    if (!ids.length) return new Map<string, OrderFacts>();
    const rows = await tx
      .select({
        orderId: orders.id,
        startsOn: sql<string | null>`(case when ${orders.kind} = 'upgrade'
          then (${orders.createdAt} at time zone ${timeZone})::date
          else greatest(${memberships.startsOn}, (${memberships.endsOn} - interval '1 year' + interval '1 day')::date)
          end)::text`,
        endsOn: memberships.endsOn,
        debitedIban: orders.sepaIban,
      })
      .from(orders)
      .leftJoin(memberships, eq(memberships.id, orders.membershipId))
      .where(inArray(orders.id, ids));
    return new Map(
      rows.map((r): [string, OrderFacts] => [
        r.orderId,
        { startsOn: r.startsOn ?? null, endsOn: r.endsOn ?? null, debitedIban: r.debitedIban ?? null },
      ]),
    );
  },

  ordersWithoutInvoice: (tx: DbOrTx, before: Date) =>
    tx
      .select({ id: orders.id })
      .from(orders)
      .where(
        and(
          sql`${orders.createdAt} < ${before}`,
          sql`not exists (select 1 from ${invoices} where ${invoices.orderId} = ${orders.id})`,
        ),
      )
      .limit(500),

  unpublished: (tx: DbOrTx, before: Date) =>
    tx
      .select()
      .from(invoices)
      .where(
        and(
          eq(invoices.documentStatus, 'finalised'),
          sql`${invoices.pdfKey} is null`,
          sql`${invoices.finalisedAt} < ${before}`,
        ),
      )
      .limit(500),
  insertInvoice: async (tx: DbOrTx, values: typeof invoices.$inferInsert) =>
    (await tx.insert(invoices).values(values).returning())[0]!,
  updateInvoice: async (tx: DbOrTx, id: string, values: Partial<typeof invoices.$inferInsert>) =>
    (await tx.update(invoices).set(values).where(eq(invoices.id, id)).returning())[0]!,
  async invoice(tx: DbOrTx, id: string, lock = false) {
    const query = tx.select().from(invoices).where(eq(invoices.id, id));
    const [row] = lock ? await query.for('update') : await query;
    return row;
  },
  async invoiceForOrder(tx: DbOrTx, orderId: string) {
    const [row] = await tx
      .select()
      .from(invoices)
      .where(and(eq(invoices.orderId, orderId), eq(invoices.kind, 'invoice')));
    return row;
  },
  async invoiceByReference(tx: DbOrTx, reference: string) {
    const [row] = await tx.select().from(invoices).where(eq(invoices.paymentReference, reference));
    return row;
  },
  async creditFor(tx: DbOrTx, invoiceId: string) {
    const [row] = await tx.select().from(invoices).where(eq(invoices.creditsInvoiceId, invoiceId));
    return row;
  },
  forOrganisation: (tx: DbOrTx, organisationId: string) =>
    tx
      .select()
      .from(invoices)
      .where(eq(invoices.organisationId, organisationId))
      .orderBy(desc(invoices.createdAt))
      .limit(200),
  list: (tx: DbOrTx, filter: { paymentStatus?: InvoiceRow['paymentStatus']; from?: string; to?: string }) =>
    tx
      .select()
      .from(invoices)
      .where(
        and(
          filter.paymentStatus ? eq(invoices.paymentStatus, filter.paymentStatus) : undefined,
          filter.from ? gte(invoices.issueDate, filter.from) : undefined,
          filter.to ? lte(invoices.issueDate, filter.to) : undefined,
        ),
      )
      .orderBy(desc(invoices.createdAt))
      .limit(1000),
  openInvoices: (tx: DbOrTx) =>
    tx
      .select({ invoice: invoices, organisationName: organisations.legalName })
      .from(invoices)
      .innerJoin(organisations, eq(organisations.id, invoices.organisationId))
      .where(
        and(
          eq(invoices.kind, 'invoice'),
          eq(invoices.documentStatus, 'finalised'),
          inArray(invoices.paymentStatus, ['pending', 'partially_paid', 'overdue']),
        ),
      ),

  async order(tx: DbOrTx, id: string) {
    const [row] = await tx.select().from(orders).where(eq(orders.id, id));
    return row;
  },
  /** Orders of an organisation whose invoice the job has not made yet. */
  async uninvoicedCount(tx: DbOrTx, organisationId: string) {
    const [row] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(orders)
      .where(
        and(
          eq(orders.organisationId, organisationId),
          sql`not exists (select 1 from ${invoices} where ${invoices.orderId} = ${orders.id})`,
        ),
      );
    return Number(row?.n ?? 0);
  },
};

/** The billing module's SQL, one object per aggregate, used as one. */
export const billingRepository = {
  ...invoicesRepository,
  ...paymentsRepository,
  ...statementsRepository,
  ...collectionsRepository,
};
