import type { SessionUser } from '../../../contracts/auth.js';
import { organisationOf } from '../../platform/auth/guards.js';
import type { Db } from '../../platform/db/index.js';
import { withTransaction } from '../../platform/db/transaction.js';
import { AppError } from '../../platform/errors.js';
import type { createApplyPayment } from './apply-payment.js';
import { type InvoiceRow, billingRepository as repo } from './billing.repository.js';
import type { createInvoiceIssuer } from './issue-invoices.js';
import type { PaymentProvider, ProviderEvent } from './provider.js';

/** The purchase's confirmation page, where a card payment started at checkout comes back to. */
export const orderReturnPath = (orderId: string) => `/portal/membership/checkout?order=${orderId}`;

/**
 * Paying by card: the provider's hosted checkout for an invoice's open amount (from My invoices or
 * at the purchase's checkout), and the provider's events settling it.
 */
export function createCardPayments(deps: {
  db: Db;
  provider: PaymentProvider;
  publicUrl: string;
  invoicesUrl: string;
  applyPayment: ReturnType<typeof createApplyPayment>;
  invoiceOrder: ReturnType<typeof createInvoiceIssuer>['invoiceOrder'];
}) {
  const { db, invoicesUrl, applyPayment, invoiceOrder } = deps;

  async function handleProviderEvent(event: ProviderEvent) {
    if (event.type === 'ignored') return;
    await withTransaction(db, async (tx, afterCommit) => {
      const checkout = await repo.checkout(tx, deps.provider.name, event.sessionId);
      if (!checkout) throw new AppError('not_found');
      if (event.type === 'checkout.failed') {
        if (checkout.status === 'open') await repo.updateCheckout(tx, checkout.id, 'failed');
        return;
      }
      const inv = (await repo.invoice(tx, checkout.invoiceId, true))!;
      if (
        await applyPayment(
          tx,
          afterCommit,
          inv,
          event.amountMinor,
          'card',
          `${deps.provider.name}:${event.eventId}`,
          null,
        )
      ) {
        await repo.updateCheckout(tx, checkout.id, 'paid');
      }
    });
  }

  /**
   * A hosted checkout for an invoice's open amount. An open checkout is resumed rather than a new one
   * made, so a double click or a retry while the provider's page is still valid is one checkout; after
   * a failed or expired one, the next attempt makes a new one. The provider is called outside any
   * transaction; under the invoice's lock a checkout stored meanwhile by a concurrent request wins.
   */
  async function cardCheckout(inv: InvoiceRow, returnUrl: string) {
    if (inv.kind !== 'invoice' || inv.documentStatus !== 'finalised' || inv.paymentStatus === 'paid')
      throw new AppError('invalid_state');
    const resume = async () => {
      const open = await repo.latestCheckout(db, inv.id);
      if (open?.status !== 'open') return null;
      const url = await deps.provider.resumeUrl(open.providerSessionId, returnUrl);
      return url ? { url, testMode: deps.provider.testMode } : null;
    };
    const resumed = await resume();
    if (resumed) return resumed;
    const amountMinor = inv.totalMinor - inv.paidMinor;
    const session = await deps.provider.createCheckout({
      reference: inv.number!,
      amountMinor,
      currency: inv.currency,
      description: `Invoice ${inv.number}`,
      returnUrl,
    });
    const stored = await withTransaction(db, async (tx) => {
      await repo.invoice(tx, inv.id, true);
      const open = await repo.latestCheckout(tx, inv.id);
      // A concurrent request stored its checkout first: that one is shown (this session just expires).
      if (open?.status === 'open' && open.providerSessionId !== session.sessionId) return false;
      await repo.insertCheckout(tx, {
        invoiceId: inv.id,
        provider: deps.provider.name,
        providerSessionId: session.sessionId,
        amountMinor,
      });
      return true;
    });
    if (!stored) {
      const other = await resume();
      if (other) return other;
    }
    return { url: session.url, testMode: deps.provider.testMode };
  }

  return {
    handleProviderEvent,

    /** Card from My invoices: the provider's hosted checkout for the open amount; back to My invoices. */
    async startCardPayment(actor: SessionUser, id: string) {
      const inv = await repo.invoice(db, id);
      if (!inv || inv.organisationId !== organisationOf(actor)) throw new AppError('not_found');
      return cardCheckout(inv, `${invoicesUrl}?paid=${inv.id}`);
    },

    /**
     * Card at checkout (and its retry): the order's invoice is made now rather than by the job (the
     * same numbering, documents and e-mail; the job then finds it made), and the customer goes to
     * the provider's hosted page, coming back to the purchase's confirmation page.
     */
    async payOrder(actor: SessionUser, orderId: string) {
      const order = await repo.order(db, orderId);
      if (!order || order.organisationId !== organisationOf(actor)) throw new AppError('not_found');
      if (order.paymentMethod !== 'card') throw new AppError('invalid_state');
      const inv = await invoiceOrder(orderId);
      if (!inv) throw new AppError('not_found');
      return cardCheckout(inv, `${deps.publicUrl}${orderReturnPath(orderId)}`);
    },

    /** What became of an order's card payment, for its confirmation page (which refreshes while pending). */
    async orderPayment(actor: SessionUser, orderId: string) {
      const order = await repo.order(db, orderId);
      if (!order || order.organisationId !== organisationOf(actor)) throw new AppError('not_found');
      const inv = await repo.invoiceForOrder(db, orderId);
      const latest = inv ? await repo.latestCheckout(db, inv.id) : undefined;
      const state =
        inv?.paymentStatus === 'paid' || (!inv && order.paidAt)
          ? ('paid' as const)
          : latest && (latest.status === 'failed' || latest.status === 'expired')
            ? ('failed' as const)
            : ('pending' as const);
      return {
        orderId,
        state,
        paymentMethod: order.paymentMethod,
        invoiceId: inv?.id ?? null,
        invoiceNumber: inv?.number ?? null,
        totalMinor: order.totalMinor,
        currency: order.currency,
      };
    },

    async testCheckout(sessionId: string) {
      const checkout = await repo.checkout(db, 'test', sessionId);
      if (!checkout) throw new AppError('not_found');
      const inv = (await repo.invoice(db, checkout.invoiceId))!;
      return { checkout, invoice: inv, returnUrl: `${invoicesUrl}?paid=${inv.id}` };
    },
  };
}
