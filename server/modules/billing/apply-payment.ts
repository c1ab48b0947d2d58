import type { Clock } from '../../platform/clock.js';
import type { DbOrTx } from '../../platform/db/index.js';
import type { AfterCommit } from '../../platform/db/transaction.js';
import type { BillingEventBus } from './billing.ports.js';
import { type InvoiceRow, billingRepository as repo } from './billing.repository.js';
import { paymentState } from './rules.js';

/**
 * Records a payment on an invoice once per external id (card, bank statement, direct debit) and
 * moves its payment status; a paid order is told to the membership once the transaction commits.
 */
export function createApplyPayment(deps: { clock: Clock; today: () => string; events: BillingEventBus }) {
  const { clock, today, events } = deps;

  async function applyPayment(
    tx: DbOrTx,
    afterCommit: AfterCommit,
    inv: InvoiceRow,
    amountMinor: number,
    source: 'card' | 'bank_statement' | 'direct_debit' | 'manual',
    externalId: string,
    actorId: string | null,
  ): Promise<boolean> {
    if (
      !(await repo.insertPayment(tx, {
        invoiceId: inv.id,
        amountMinor,
        source,
        externalId,
        receivedAt: clock.now(),
        recordedBy: actorId,
      }))
    )
      return false;
    const paidMinor = inv.paidMinor + amountMinor;
    const status = paymentState(inv.totalMinor, paidMinor, inv.dueDate, today());
    await repo.updateInvoice(tx, inv.id, { paidMinor, paymentStatus: status });
    if (status === 'paid' && inv.orderId) {
      const orderId = inv.orderId;
      afterCommit(() => events.publish('orderPaid', { orderId }));
    }
    return true;
  }

  return applyPayment;
}
