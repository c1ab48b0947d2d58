import { and, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/index.js';
import { schema } from '../../platform/db/index.js';

const {
  invoices,
  payments,
  documentCounters,
  bankStatements,
  bankStatementLines,
  cardCheckouts,
  orders,
  organisations,
  memberships,
  collectionRuns,
  collectionItems,
  invoiceNotices,
} = schema;
export type InvoiceRow = typeof invoices.$inferSelect;

/** An element that an array literal must quote: empty, NULL, or holding a delimiter, quote, backslash or space. */
const NEEDS_QUOTES = /^$|^null$|[{},"\\\s]/i;
/** A PostgreSQL array literal: one bind parameter for a whole column of a batch. */
function textArray(values: (string | null)[]) {
  return `{${values
    .map((v) => (v === null ? 'NULL' : NEEDS_QUOTES.test(v) ? `"${v.replace(/[\\"]/g, '\\$&')}"` : v))
    .join(',')}}`;
}
export type OrderRow = typeof orders.$inferSelect;
export type OrderFacts = { startsOn: string | null; endsOn: string | null; debitedIban: string | null };

/** Finalised invoices (not credit notes) paid by direct debit and not yet paid. */
const openDirectDebit = () => [
  eq(invoices.kind, 'invoice'),
  eq(invoices.documentStatus, 'finalised'),
  eq(invoices.paymentMethod, 'sepa_debit'),
  inArray(invoices.paymentStatus, ['pending', 'overdue', 'partially_paid']),
];
/** Not a direct debit, or one whose collection came back and has not been collected again. */
const customerMustPay = () =>
  sql`(${invoices.paymentMethod} <> 'sepa_debit' or (
    exists (select 1 from ${collectionItems} where ${collectionItems.invoiceId} = ${invoices.id} and ${collectionItems.status} = 'returned')
    and not exists (select 1 from ${collectionItems} where ${collectionItems.invoiceId} = ${invoices.id} and ${collectionItems.status} <> 'returned')))`;

export const billingRepository = {
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
  nextNumber: (tx: DbOrTx, series: string, year: number) => billingRepository.nextNumbers(tx, series, year, 1),

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

  /** Records a payment once per external id; true when it is new. */
  async insertPayment(tx: DbOrTx, values: typeof payments.$inferInsert) {
    const rows = await tx
      .insert(payments)
      .values(values)
      .onConflictDoNothing({ target: payments.externalId })
      .returning({ id: payments.id });
    return rows.length === 1;
  },

  async statementByIdentity(tx: DbOrTx, identityKey: string) {
    const [row] = await tx.select().from(bankStatements).where(eq(bankStatements.identityKey, identityKey));
    return row;
  },
  async statement(tx: DbOrTx, id: string, lock = false) {
    const query = tx.select().from(bankStatements).where(eq(bankStatements.id, id));
    const [row] = lock ? await query.for('update') : await query;
    return row;
  },
  /** A new statement, or nothing when the same statement (identity) is already there. */
  insertStatement: async (tx: DbOrTx, values: typeof bankStatements.$inferInsert) =>
    (
      await tx
        .insert(bankStatements)
        .values(values)
        .onConflictDoNothing({ target: bankStatements.identityKey })
        .returning()
    )[0],
  updateStatement: (tx: DbOrTx, id: string, values: Partial<typeof bankStatements.$inferInsert>) =>
    tx.update(bankStatements).set(values).where(eq(bankStatements.id, id)),
  /** Adds to the statement's counters (one batch's outcome) and moves its checkpoint. */
  countStatement: (
    tx: DbOrTx,
    id: string,
    add: { read: number; matched: number; unmatched: number; duplicate: number },
  ) =>
    tx
      .update(bankStatements)
      .set({
        linesRead: sql`${bankStatements.linesRead} + ${add.read}`,
        linesMatched: sql`${bankStatements.linesMatched} + ${add.matched}`,
        linesUnmatched: sql`${bankStatements.linesUnmatched} + ${add.unmatched}`,
        linesDuplicate: sql`${bankStatements.linesDuplicate} + ${add.duplicate}`,
      })
      .where(eq(bankStatements.id, id)),
  /**
   * Inserts the lines of one batch; a line whose transaction is already booked (same entry key,
   * from this or another statement) or already inserted (same statement and line number, a resumed
   * batch) is left out. Answers the lines inserted.
   */
  async insertLines(tx: DbOrTx, values: (typeof bankStatementLines.$inferInsert)[]) {
    if (!values.length) return [];
    // One bind parameter per column (arrays, unnest): a batch is one short statement on PGlite too,
    // where a long VALUES list holds the event loop while it is parsed.
    const column = (pick: (v: (typeof values)[number]) => string | number | null | undefined) =>
      textArray(values.map((v) => ((pick(v) ?? null) === null ? null : String(pick(v)))));
    const result = await tx.execute(sql`
      insert into ${bankStatementLines} (statement_id, line_no, entry_key, entry_reference, amount_minor, currency,
        credit_debit, booking_date, reference, remittance, debtor_name, status, reason, matched_invoice_id, matched_by)
      select * from unnest(
        ${column((v) => v.statementId)}::uuid[], ${column((v) => v.lineNo)}::int[], ${column((v) => v.entryKey)}::text[],
        ${column((v) => v.entryReference)}::text[], ${column((v) => v.amountMinor)}::bigint[],
        ${column((v) => v.currency)}::text[], ${column((v) => v.creditDebit)}::text[],
        ${column((v) => v.bookingDate)}::date[], ${column((v) => v.reference)}::text[],
        ${column((v) => v.remittance)}::text[], ${column((v) => v.debtorName)}::text[],
        ${column((v) => v.status)}::text[], ${column((v) => v.reason)}::text[],
        ${column((v) => v.matchedInvoiceId)}::uuid[], ${column((v) => v.matchedBy)}::text[])
      on conflict do nothing
      returning id, status, matched_invoice_id, amount_minor`);
    return (
      result as unknown as {
        rows: { id: string; status: string; matched_invoice_id: string | null; amount_minor: string | number | null }[];
      }
    ).rows.map((r) => ({
      id: r.id,
      status: r.status as 'matched' | 'unmatched' | 'ignored' | 'not_booked',
      matchedInvoiceId: r.matched_invoice_id,
      amountMinor: r.amount_minor === null ? null : Number(r.amount_minor),
    }));
  },
  /** The entry keys among `keys` already booked from any statement. */
  async knownEntryKeys(tx: DbOrTx, keys: string[]) {
    if (!keys.length) return new Set<string>();
    const rows = await tx
      .select({ key: bankStatementLines.entryKey })
      .from(bankStatementLines)
      .where(inArray(bankStatementLines.entryKey, keys));
    return new Set(rows.map((r) => r.key!));
  },
  statementLines: (tx: DbOrTx, statementId: string) =>
    tx
      .select()
      .from(bankStatementLines)
      .where(eq(bankStatementLines.statementId, statementId))
      .orderBy(bankStatementLines.lineNo)
      .limit(1000),
  /** A page of unmatched lines, newest booking date first, with the filters the finance screen offers. */
  async unmatchedLines(
    tx: DbOrTx,
    filter: {
      statementId?: string;
      from?: string;
      to?: string;
      amountMinor?: number;
      q?: string;
      page: number;
      size: number;
    },
  ) {
    const conditions = [eq(bankStatementLines.status, 'unmatched')];
    if (filter.statementId) conditions.push(eq(bankStatementLines.statementId, filter.statementId));
    if (filter.from) conditions.push(gte(bankStatementLines.bookingDate, filter.from));
    if (filter.to) conditions.push(lte(bankStatementLines.bookingDate, filter.to));
    if (filter.amountMinor !== undefined) conditions.push(eq(bankStatementLines.amountMinor, filter.amountMinor));
    if (filter.q) {
      const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      conditions.push(
        sql`(${bankStatementLines.debtorName} ilike ${like} or ${bankStatementLines.reference} ilike ${like} or ${bankStatementLines.remittance} ilike ${like} or ${bankStatementLines.entryReference} ilike ${like})`,
      );
    }
    const where = and(...conditions);
    const [items, [count]] = await Promise.all([
      tx
        .select()
        .from(bankStatementLines)
        .where(where)
        .orderBy(sql`${bankStatementLines.bookingDate} desc nulls last`, desc(bankStatementLines.id))
        .limit(filter.size)
        .offset((filter.page - 1) * filter.size),
      tx.select({ n: sql<number>`count(*)::int` }).from(bankStatementLines).where(where),
    ]);
    return { items, total: count?.n ?? 0 };
  },
  async line(tx: DbOrTx, id: string) {
    const [row] = await tx.select().from(bankStatementLines).where(eq(bankStatementLines.id, id)).for('update');
    return row;
  },
  updateLine: (tx: DbOrTx, id: string, values: Partial<typeof bankStatementLines.$inferInsert>) =>
    tx.update(bankStatementLines).set(values).where(eq(bankStatementLines.id, id)),
  listStatements: (tx: DbOrTx) => tx.select().from(bankStatements).orderBy(desc(bankStatements.uploadedAt)).limit(100),

  /** Finalised direct-debit invoices due by `date` that are not in a live collection. */
  dueForCollection: (tx: DbOrTx, date: string) =>
    tx
      .select({ invoice: invoices, order: orders })
      .from(invoices)
      .innerJoin(orders, eq(orders.id, invoices.orderId))
      .where(
        and(
          ...openDirectDebit(),
          lte(invoices.dueDate, date),
          sql`not exists (select 1 from ${collectionItems} where ${collectionItems.invoiceId} = ${invoices.id} and ${collectionItems.status} <> 'returned')`,
        ),
      ),
  async mandateUsedBefore(tx: DbOrTx, mandateReference: string) {
    const [row] = await tx
      .select({ id: collectionItems.id })
      .from(collectionItems)
      .where(and(eq(collectionItems.mandateReference, mandateReference), eq(collectionItems.status, 'settled')))
      .limit(1);
    return Boolean(row);
  },
  insertRun: async (tx: DbOrTx, values: typeof collectionRuns.$inferInsert) =>
    (await tx.insert(collectionRuns).values(values).returning())[0]!,
  updateRun: (tx: DbOrTx, id: string, values: Partial<typeof collectionRuns.$inferInsert>) =>
    tx.update(collectionRuns).set(values).where(eq(collectionRuns.id, id)),
  insertItems: (tx: DbOrTx, rows: (typeof collectionItems.$inferInsert)[]) =>
    rows.length ? tx.insert(collectionItems).values(rows) : Promise.resolve(),
  async run(tx: DbOrTx, id: string) {
    const [row] = await tx.select().from(collectionRuns).where(eq(collectionRuns.id, id)).for('update');
    return row;
  },
  runs: (tx: DbOrTx) => tx.select().from(collectionRuns).orderBy(desc(collectionRuns.createdAt)).limit(100),
  runItems: (tx: DbOrTx, runId: string) => tx.select().from(collectionItems).where(eq(collectionItems.runId, runId)),
  async item(tx: DbOrTx, id: string) {
    const [row] = await tx.select().from(collectionItems).where(eq(collectionItems.id, id)).for('update');
    return row;
  },
  updateItem: (tx: DbOrTx, id: string, values: Partial<typeof collectionItems.$inferInsert>) =>
    tx.update(collectionItems).set(values).where(eq(collectionItems.id, id)),

  insertCheckout: (tx: DbOrTx, values: typeof cardCheckouts.$inferInsert) => tx.insert(cardCheckouts).values(values),
  async checkout(tx: DbOrTx, provider: string, sessionId: string) {
    const [row] = await tx
      .select()
      .from(cardCheckouts)
      .where(and(eq(cardCheckouts.provider, provider), eq(cardCheckouts.providerSessionId, sessionId)));
    return row;
  },
  updateCheckout: (tx: DbOrTx, id: string, status: 'paid' | 'failed') =>
    tx.update(cardCheckouts).set({ status }).where(eq(cardCheckouts.id, id)),
  /** The invoice's newest checkout: what the customer's last attempt to pay by card came to. */
  async latestCheckout(tx: DbOrTx, invoiceId: string) {
    const [row] = await tx
      .select()
      .from(cardCheckouts)
      .where(eq(cardCheckouts.invoiceId, invoiceId))
      .orderBy(desc(cardCheckouts.createdAt), desc(cardCheckouts.id))
      .limit(1);
    return row;
  },
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

  /** Unpaid invoices past their due date become overdue. */
  markOverdue: (tx: DbOrTx, today: string) =>
    tx
      .update(invoices)
      .set({ paymentStatus: 'overdue' })
      .where(
        and(
          eq(invoices.kind, 'invoice'),
          eq(invoices.documentStatus, 'finalised'),
          inArray(invoices.paymentStatus, ['pending', 'partially_paid']),
          sql`${invoices.dueDate} < ${today}`,
          // A direct debit is the seller's to collect: overdue only once a collection came back.
          customerMustPay(),
        ),
      )
      .returning({ id: invoices.id }),

  /**
   * Unpaid invoices due by `dueBy` that reminders apply to. A direct debit is not reminded while
   * its collection is pending; once a collection came back, it is.
   */
  remindable: (tx: DbOrTx, dueBy: string) =>
    tx
      .select()
      .from(invoices)
      .where(
        and(
          eq(invoices.kind, 'invoice'),
          eq(invoices.documentStatus, 'finalised'),
          inArray(invoices.paymentStatus, ['pending', 'partially_paid', 'overdue', 'failed']),
          lte(invoices.dueDate, dueBy),
          customerMustPay(),
        ),
      ),

  /** Records that a notice was sent; false when it already was (the daily run is idempotent). */
  async claimNotice(tx: DbOrTx, invoiceId: string, key: string, sentAt: Date) {
    const rows = await tx
      .insert(invoiceNotices)
      .values({ invoiceId, key, sentAt })
      .onConflictDoNothing()
      .returning({ key: invoiceNotices.key });
    return rows.length === 1;
  },

  /** Direct-debit invoices never collected: by pre-notification (`announced` false) or for collection. */
  directDebitsDue: (tx: DbOrTx, announced: boolean, by: string) =>
    tx
      .select({ invoice: invoices, order: orders })
      .from(invoices)
      .innerJoin(orders, eq(orders.id, invoices.orderId))
      .where(
        and(
          ...openDirectDebit(),
          announced
            ? lte(invoices.collectionDate, by)
            : and(sql`${invoices.collectionDate} is null`, lte(invoices.dueDate, by)),
          sql`not exists (select 1 from ${collectionItems} where ${collectionItems.invoiceId} = ${invoices.id})`,
        ),
      ),

  /** Money received (and returned), newest first, with the invoice it went to. */
  listPayments: (
    tx: DbOrTx,
    filter: { source?: (typeof payments.$inferSelect)['source']; from?: string; to?: string },
  ) =>
    tx
      .select({ payment: payments, number: invoices.number, buyer: invoices.buyer, currency: invoices.currency })
      .from(payments)
      .innerJoin(invoices, eq(invoices.id, payments.invoiceId))
      .where(
        and(
          filter.source ? eq(payments.source, filter.source) : undefined,
          filter.from ? sql`${payments.receivedAt} >= ${filter.from}::date` : undefined,
          filter.to ? sql`${payments.receivedAt} < ${filter.to}::date + 1` : undefined,
        ),
      )
      .orderBy(desc(payments.receivedAt))
      .limit(1000),
};
