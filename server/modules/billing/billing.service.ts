import type { SessionUser } from '../../../contracts/auth.js';
import { organisationOf } from '../../platform/auth/guards.js';
import type { Clock } from '../../platform/clock.js';
import type { Db, DbOrTx } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors.js';
import { createDomainEvents } from '../../platform/events.js';
import type { Jobs } from '../../platform/jobs.js';
import type { Mailer } from '../../platform/mail/outbox.js';
import type { Storage } from '../../platform/storage.js';
import { localDate } from '../../platform/working-days.js';
import { createApplyPayment } from './apply-payment.js';
import type { BillingEvents, BillingPorts } from './billing.ports.js';
import { type InvoiceRow, billingRepository as repo } from './billing.repository.js';
import { createBillingJobs } from './billing-jobs.js';
import { createDirectDebits } from './collect-direct-debits.js';
import { createDailyRun } from './daily-run.js';
import { createStatementImport } from './import-bank-statement.js';
import { createCreditNotes } from './issue-credit-note.js';
import { createInvoiceIssuer } from './issue-invoices.js';
import { createPaymentMatcher } from './match-payments.js';
import { createCardPayments } from './pay-order.js';
import type { PaymentProvider } from './provider.js';
import { createDocumentPublisher } from './publish-documents.js';
import { expectedCollectionDate } from './rules.js';

export type { BillingEvents, BillingPorts } from './billing.ports.js';
export { INVOICE_QUEUE, INVOICE_SWEEP_QUEUE } from './billing-jobs.js';
export { orderReturnPath } from './pay-order.js';

export type BillingDeps = {
  db: Db;
  clock: Clock;
  jobs: Jobs;
  mailer: Mailer;
  storage: Storage;
  provider: PaymentProvider;
  publicUrl: string;
  timeZone: string;
  ports: BillingPorts;
};

/**
 * The billing module's service: the composition of its use cases (each in its own file, given only
 * what it uses) and the read side the routes show.
 */
export function createBillingService(deps: BillingDeps) {
  const { db, clock, ports } = deps;
  const today = () => localDate(clock.now(), deps.timeZone);
  const invoicesUrl = `${deps.publicUrl}/portal/invoices`;
  // Paid and unpaid orders are announced, not sent to the membership: billing is created first.
  const events = createDomainEvents<BillingEvents>();

  const publisher = createDocumentPublisher({ ...deps, today, invoicesUrl });
  const issuer = createInvoiceIssuer({ db, clock, ports, today, publishAll: publisher.publishAll });
  const applyPayment = createApplyPayment({ clock, today, events });
  const matcher = createPaymentMatcher({ db, applyPayment });
  const statements = createStatementImport({
    db,
    clock,
    jobs: deps.jobs,
    storage: deps.storage,
    settings: ports.settings,
    matcher,
  });
  const cards = createCardPayments({ ...deps, invoicesUrl, applyPayment, invoiceOrder: issuer.invoiceOrder });
  const debits = createDirectDebits({
    ...deps,
    events,
    today,
    invoicesUrl,
    applyPayment,
    tellSuperusers: publisher.tellSuperusers,
  });
  const runDaily = createDailyRun({ db, clock, ports, today, invoicesUrl, writeRun: debits.writeRun, publisher });
  const jobs = createBillingJobs({ jobs: deps.jobs, ...issuer, statements });
  const { writeRun: _, ...collections } = debits;

  return {
    /** Subscribe to what billing announces (a flow does, once the subscriber's module exists). */
    subscribe: events.subscribe,
    invoiceOrder: issuer.invoiceOrder,
    invoiceOrders: issuer.invoiceOrders,
    runDaily,
    provider: deps.provider,
    sweep: issuer.sweep,
    ...jobs,
    ...cards,
    ...collections,
    ...createCreditNotes({ db, clock, today, publish: publisher.publish }),

    async forCustomer(actor: SessionUser) {
      return repo.forOrganisation(db, organisationOf(actor));
    },

    /** Orders whose invoice is still being made: My invoices refreshes itself until it is there. */
    awaitingInvoices: (actor: SessionUser) => repo.uninvoicedCount(db, organisationOf(actor)),

    /** A document of the actor's organisation (or any, for finance). */
    async document(actor: SessionUser, id: string, which: 'pdf' | 'ubl') {
      const inv = await repo.invoice(db, id);
      const isFinance = actor.role === 'finance' || actor.role === 'admin';
      if (!inv || (!isFinance && inv.organisationId !== actor.organisationId)) throw new AppError('not_found');
      const key = which === 'pdf' ? inv.pdfKey : inv.ublKey;
      if (!key) throw new AppError('not_found');
      return { invoice: inv, stream: deps.storage.read(key) };
    },

    /** The collection date a direct debit due on `dueDate` will be announced with (the checkout says it). */
    async expectedCollection(tx: DbOrTx, dueDate: string) {
      const settings = await ports.settings(tx);
      return expectedCollectionDate(today(), dueDate, settings.directDebit);
    },

    /** Bank transfers: CAMT.053 statements, imported by a job (`import-bank-statement.ts`). */
    statements,
    matchLine: matcher.matchLine,

    async payments(filter: Parameters<typeof repo.listPayments>[1]) {
      const rows = await repo.listPayments(db, filter);
      const items = rows.map((r) => ({
        id: r.payment.id,
        invoiceId: r.payment.invoiceId,
        invoiceNumber: r.number,
        buyerName: r.buyer.name,
        amountMinor: r.payment.amountMinor,
        currency: r.currency,
        source: r.payment.source,
        externalId: r.payment.externalId,
        receivedAt: r.payment.receivedAt.toISOString(),
      }));
      return { items, totalMinor: items.reduce((sum, p) => sum + p.amountMinor, 0) };
    },
    async list(filter: { paymentStatus?: InvoiceRow['paymentStatus']; from?: string; to?: string }) {
      const rows = await repo.list(db, filter);
      const totals = rows.reduce(
        (t, r) => {
          const sign = r.kind === 'credit_note' ? -1 : 1;
          return {
            netMinor: t.netMinor + sign * r.netMinor,
            vatMinor: t.vatMinor + sign * r.vatMinor,
            totalMinor: t.totalMinor + sign * r.totalMinor,
            paidMinor: t.paidMinor + r.paidMinor,
          };
        },
        { netMinor: 0, vatMinor: 0, totalMinor: 0, paidMinor: 0 },
      );
      return { items: rows, totals };
    },
  };
}
export type BillingService = ReturnType<typeof createBillingService>;
