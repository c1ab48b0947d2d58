import { Readable } from 'node:stream';
import type { SessionUser } from '../../../contracts/auth.js';
import type { ProgrammeSettings } from '../../../contracts/programme.js';
import { recordAudit } from '../../platform/audit.js';
import type { Clock } from '../../platform/clock.js';
import type { Db, DbOrTx } from '../../platform/db/index.js';
import { withTransaction } from '../../platform/db/transaction.js';
import { AppError } from '../../platform/errors.js';
import type { Storage } from '../../platform/storage.js';
import type { createApplyPayment } from './apply-payment.js';
import { directDebitReturnedEmail } from './billing.emails.js';
import type { BillingEventBus, BillingPorts } from './billing.ports.js';
import { type InvoiceRow, type OrderRow, billingRepository as repo } from './billing.repository.js';
import { pain008 } from './pain008.js';
import type { DocumentPublisher } from './publish-documents.js';
import { earliestCollectionDate, isCollectionDay } from './rules.js';

/**
 * SEPA direct debits: collection runs with their pain.008 file, submitted and settled by finance
 * (settled collections pay their invoices), and collections the bank returned.
 */
export function createDirectDebits(deps: {
  db: Db;
  clock: Clock;
  storage: Storage;
  ports: Pick<BillingPorts, 'settings'>;
  events: BillingEventBus;
  today: () => string;
  invoicesUrl: string;
  applyPayment: ReturnType<typeof createApplyPayment>;
  tellSuperusers: DocumentPublisher['tellSuperusers'];
}) {
  const { db, clock, ports, events, today, invoicesUrl, applyPayment, tellSuperusers } = deps;

  async function collectionRun(id: string) {
    const run = await repo.run(db, id);
    if (!run) throw new AppError('not_found');
    const items = await repo.runItems(db, id);
    return {
      id: run.id,
      collectionDate: run.collectionDate,
      status: run.status,
      messageId: run.messageId,
      createdAt: run.createdAt.toISOString(),
      items: items.map((i) => ({
        id: i.id,
        invoiceId: i.invoiceId,
        sequenceType: i.sequenceType,
        mandateReference: i.mandateReference,
        amountMinor: i.amountMinor,
        status: i.status,
      })),
    };
  }

  /** Writes one collection run (FRST for a mandate's first collection, RCUR after) and its pain.008 file. */
  async function writeRun(
    tx: DbOrTx,
    settings: ProgrammeSettings,
    collectionDate: string,
    due: { invoice: InvoiceRow; order: OrderRow }[],
    actorId: string | null,
  ) {
    // An empty pain.008 fails its schema (a payment information block needs a transaction): nothing
    // to collect writes no file and no run, and says so.
    if (!due.length) throw new AppError('nothing_to_collect', undefined, { date: collectionDate });
    const messageId = `PP-DD-${collectionDate.replaceAll('-', '')}-${clock.now().getTime().toString(36).toUpperCase()}`;
    const created = await repo.insertRun(tx, { collectionDate, messageId, createdBy: actorId, createdAt: clock.now() });
    const items = [];
    for (const { invoice, order } of due) {
      const mandate = order.sepaMandateReference ?? '';
      items.push({
        runId: created.id,
        invoiceId: invoice.id,
        mandateReference: mandate,
        sequenceType: (await repo.mandateUsedBefore(tx, mandate)) ? ('RCUR' as const) : ('FRST' as const),
        amountMinor: invoice.totalMinor - invoice.paidMinor,
        debtor: {
          name: order.sepaAccountHolder ?? invoice.buyer.name,
          iban: order.sepaIban ?? '',
          signedOn: (order.sepaMandateSignedAt ?? order.createdAt).toISOString().slice(0, 10),
        },
        number: invoice.number ?? '',
      });
    }
    await repo.insertItems(
      tx,
      items.map(({ debtor: _, number: __, ...item }) => item),
    );
    const xml = pain008({
      messageId,
      createdAt: clock.now().toISOString().slice(0, 19),
      collectionDate,
      creditor: { ...settings.seller, creditorId: settings.seller.sepaCreditorId },
      collections: items.map((i) => ({
        endToEndId: i.number,
        amountMinor: i.amountMinor,
        mandateReference: i.mandateReference,
        mandateSignedOn: i.debtor.signedOn,
        sequenceType: i.sequenceType,
        debtorName: i.debtor.name,
        debtorIban: i.debtor.iban,
        remittance: `CPS membership invoice ${i.number}`,
      })),
    });
    const fileKey = (await deps.storage.put(Readable.from([Buffer.from(xml)]), 50 * 1024 * 1024)).key;
    await repo.updateRun(tx, created.id, { fileKey });
    await recordAudit(tx, {
      actorUserId: actorId,
      action: 'collection_run.created',
      entityType: 'collection_run',
      entityId: created.id,
      detail: { collectionDate, items: items.length },
    });
    return created.id;
  }

  return {
    writeRun,

    /**
     * A SEPA direct-debit collection run for every direct-debit invoice due by `collectionDate`:
     * FRST for a mandate's first collection, RCUR after; the pain.008 file is stored for finance.
     * The invoice e-mail, sent 30 days before, is the pre-notification (amount, date, mandate).
     */
    async createCollectionRun(actor: SessionUser, collectionDate: string) {
      const settings = await ports.settings(db);
      const now = today();
      // A bank refuses a collection date in the past, too close for the file to arrive in time, or
      // on a day TARGET2 does not settle.
      const problem =
        collectionDate < now
          ? 'field.collection_date_past'
          : !isCollectionDay(collectionDate)
            ? 'field.collection_date_not_business_day'
            : collectionDate < earliestCollectionDate(now, settings.directDebit.leadDays)
              ? 'field.collection_date_too_soon'
              : null;
      if (problem) throw new AppError('validation_failed', { collectionDate: problem });
      const run = await withTransaction(db, async (tx) =>
        writeRun(tx, settings, collectionDate, await repo.dueForCollection(tx, collectionDate), actor.id),
      );
      return collectionRun(run);
    },

    collectionRuns: async () => Promise.all((await repo.runs(db)).map((r) => collectionRun(r.id))),
    collectionRun,
    collectionFile: async (id: string) => {
      const run = await repo.run(db, id);
      if (!run?.fileKey) throw new AppError('not_found');
      return { run, stream: deps.storage.read(run.fileKey) };
    },

    /** Finance marks a run submitted to the bank, or settled: settled collections pay their invoices. */
    async markRun(actor: SessionUser, id: string, status: 'submitted' | 'settled') {
      await withTransaction(db, async (tx, afterCommit) => {
        const run = await repo.run(tx, id);
        if (!run) throw new AppError('not_found');
        if (run.status === 'settled' || (status === 'submitted' && run.status !== 'created'))
          throw new AppError('invalid_state');
        await repo.updateRun(tx, id, { status });
        if (status === 'settled') {
          for (const item of await repo.runItems(tx, id)) {
            if (item.status !== 'pending') continue;
            await repo.updateItem(tx, item.id, { status: 'settled' });
            const inv = (await repo.invoice(tx, item.invoiceId, true))!;
            await applyPayment(tx, afterCommit, inv, item.amountMinor, 'direct_debit', `dd:${item.id}`, actor.id);
          }
        }
        await recordAudit(tx, {
          actorUserId: actor.id,
          action: `collection_run.${status}`,
          entityType: 'collection_run',
          entityId: id,
        });
      });
      return collectionRun(id);
    },

    /** A returned collection reopens its invoice and tells the customer to pay another way. */
    async returnCollection(actor: SessionUser, itemId: string, reason: string) {
      await withTransaction(db, async (tx, afterCommit) => {
        const item = await repo.item(tx, itemId);
        if (!item) throw new AppError('not_found');
        if (item.status === 'returned') return;
        const inv = (await repo.invoice(tx, item.invoiceId, true))!;
        if (item.status === 'settled') {
          await repo.insertPayment(tx, {
            invoiceId: inv.id,
            amountMinor: -item.amountMinor,
            source: 'direct_debit',
            externalId: `dd-return:${item.id}`,
            receivedAt: clock.now(),
            recordedBy: actor.id,
          });
          const paidMinor = inv.paidMinor - item.amountMinor;
          await repo.updateInvoice(tx, inv.id, {
            paidMinor,
            paymentStatus: paidMinor >= inv.totalMinor ? 'paid' : 'failed',
          });
          if (inv.orderId) {
            const orderId = inv.orderId;
            afterCommit(() => events.publish('orderUnpaid', { orderId }));
          }
        } else if (inv.paymentStatus !== 'paid') {
          // Returned before it settled: the collection failed; the customer pays another way.
          await repo.updateInvoice(tx, inv.id, { paymentStatus: 'failed' });
        }
        await repo.updateItem(tx, item.id, { status: 'returned', returnReason: reason.slice(0, 200) });
        await tellSuperusers(tx, afterCommit, inv, 'direct_debit_returned', (locale) =>
          directDebitReturnedEmail(locale, {
            number: inv.number ?? '',
            totalMinor: item.amountMinor,
            currency: inv.currency,
            url: invoicesUrl,
          }),
        );
        await recordAudit(tx, {
          actorUserId: actor.id,
          action: 'collection.returned',
          entityType: 'collection_item',
          entityId: item.id,
          detail: { reason },
        });
      });
    },
  };
}

export type DirectDebits = ReturnType<typeof createDirectDebits>;
