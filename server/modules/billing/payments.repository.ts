import { and, desc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/index.js';
import { schema } from '../../platform/db/index.js';

const { invoices, payments, cardCheckouts } = schema;

/** Payments received and card checkouts (SQL only). */
export const paymentsRepository = {
  /** Records a payment once per external id; true when it is new. */
  async insertPayment(tx: DbOrTx, values: typeof payments.$inferInsert) {
    const rows = await tx
      .insert(payments)
      .values(values)
      .onConflictDoNothing({ target: payments.externalId })
      .returning({ id: payments.id });
    return rows.length === 1;
  },

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
