import { and, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/index.js';
import { schema } from '../../platform/db/index.js';

const { invoices, orders, collectionRuns, collectionItems, invoiceNotices } = schema;

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

/** Direct-debit collections and the daily run's overdue invoices, reminders and notices (SQL only). */
export const collectionsRepository = {
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
};
