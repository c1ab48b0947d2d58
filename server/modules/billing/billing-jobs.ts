import type { AfterCommit } from '../../platform/db/transaction.js';
import type { Jobs } from '../../platform/jobs.js';

export const INVOICE_QUEUE = 'billing.invoice';
export const INVOICE_SWEEP_QUEUE = 'billing.sweep';
export const BILLING_DAILY_QUEUE = 'billing.daily';

/** Billing's background work: the invoice job (in batches), the sweep, the daily run and the statement import. */
export function createBillingJobs(deps: {
  jobs: Jobs;
  invoiceOrders: (orderIds: string[]) => Promise<unknown>;
  sweep: () => Promise<void>;
  runDaily: () => Promise<unknown>;
  statements: { startWorkers(): Promise<void> };
}) {
  const { invoiceOrders, sweep, runDaily, statements } = deps;
  return {
    /** Called in the purchase transaction: the invoice job is queued once it commits. */
    orderPlaced(afterCommit: AfterCommit, orderId: string) {
      afterCommit(() => deps.jobs.send(INVOICE_QUEUE, { orderId }, { retryLimit: 5, retryDelay: 5 }));
    },

    async startWorkers() {
      // A batch of orders is numbered in one transaction and published together.
      await deps.jobs.workBatch<{ orderId: string }>(
        INVOICE_QUEUE,
        async (batch) => {
          await invoiceOrders(batch.map((job) => job.orderId));
        },
        { batchSize: 50 },
      );
      await deps.jobs.work(INVOICE_SWEEP_QUEUE, sweep);
      await deps.jobs.schedule(INVOICE_SWEEP_QUEUE, '* * * * *');
      // Before the membership's daily run (06:15), which suspends by the same policy.
      await deps.jobs.work(BILLING_DAILY_QUEUE, async () => {
        await runDaily();
      });
      await deps.jobs.schedule(BILLING_DAILY_QUEUE, '0 6 * * *');
      await statements.startWorkers();
    },
  };
}
