import type { AfterCommit } from '../../platform/db/transaction.js';
import type { Jobs } from '../../platform/jobs.js';

export const INVOICE_QUEUE = 'billing.invoice';
export const INVOICE_SWEEP_QUEUE = 'billing.sweep';

/**
 * Billing's background work: the invoice job (in batches), the sweep and the statement import. Its
 * daily run is a step of the programme's one ordered daily run (flows/daily-run.ts).
 */
export function createBillingJobs(deps: {
  jobs: Jobs;
  invoiceOrders: (orderIds: string[]) => Promise<unknown>;
  sweep: () => Promise<void>;
  statements: { startWorkers(): Promise<void> };
}) {
  const { invoiceOrders, sweep, statements } = deps;
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
      await statements.startWorkers();
    },
  };
}
