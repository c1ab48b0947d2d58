import { Readable } from 'node:stream';
import type { SessionUser } from '../../../contracts/auth.js';
import type { Locale } from '../../../contracts/common.js';
import type { ProgrammeSettings } from '../../../contracts/programme.js';
import { recordAudit } from '../../platform/audit.js';
import { organisationOf } from '../../platform/auth/guards.js';
import type { Clock } from '../../platform/clock.js';
import type { Db, DbOrTx } from '../../platform/db/index.js';
import { type AfterCommit, withTransaction } from '../../platform/db/transaction.js';
import { AppError } from '../../platform/errors.js';
import { type LocaleRef, speaker, tierNameIn } from '../../platform/i18n/index.js';
import type { Jobs } from '../../platform/jobs.js';
import type { EmailContent } from '../../platform/mail/layout.js';
import type { MailAttachment, Mailer } from '../../platform/mail/outbox.js';
import type { Storage } from '../../platform/storage.js';
import { addDays, daysBetween, localDate } from '../../platform/working-days.js';
import { directDebitReturnedEmail, invoiceEmail, preNotificationEmail, reminderEmail } from './billing.emails.js';
import { type InvoiceRow, type OrderFacts, type OrderRow, billingRepository as repo } from './billing.repository.js';
import { invoicePdf, invoiceUbl } from './documents.js';
import { createStatementImport } from './import-bank-statement.js';
import { createPaymentMatcher } from './match-payments.js';
import { pain008 } from './pain008.js';
import type { PaymentProvider, ProviderEvent } from './provider.js';
import {
  collectionDate as collectionDateOf,
  creditorReference,
  earliestCollectionDate,
  expectedCollectionDate,
  formatDocumentNumber,
  isCollectionDay,
  laterDate,
  paymentState,
  shiftCollectionDays,
} from './rules.js';

export const INVOICE_QUEUE = 'billing.invoice';
export const INVOICE_SWEEP_QUEUE = 'billing.sweep';
export const BILLING_DAILY_QUEUE = 'billing.daily';

/** The purchase's confirmation page, where a card payment started at checkout comes back to. */
export const orderReturnPath = (orderId: string) => `/portal/membership/checkout?order=${orderId}`;

export type BillingPorts = {
  settings(tx: DbOrTx): Promise<ProgrammeSettings>;
  /** The names per language of the tier versions orders bought (membership's tiers, the one source). */
  tierNames(tx: DbOrTx, tierVersionIds: string[]): Promise<Map<string, { nl: string; en: string }>>;
  /** A payment settled an order: the membership learns it (restores a suspended one). */
  orderPaid(orderId: string): Promise<void>;
  /** A collected payment came back: the order is unpaid again (the suspension rules apply). */
  orderUnpaid(orderId: string): Promise<void>;
  superusers(tx: DbOrTx, organisationId: string): Promise<{ email: string; firstName: string; locale: Locale }[]>;
  superusersOf(
    tx: DbOrTx,
    organisationIds: string[],
  ): Promise<{ organisationId: string | null; email: string; firstName: string; locale: Locale }[]>;
};

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

export function createBillingService(deps: BillingDeps) {
  const { db, clock, ports } = deps;
  const today = () => localDate(clock.now(), deps.timeZone);
  const invoicesUrl = `${deps.publicUrl}/portal/invoices`;

  /** Renders the PDF (and for an invoice the UBL) and stores them; no transaction is held meanwhile. */
  async function renderDocuments(
    inv: InvoiceRow,
    settings: ProgrammeSettings,
    facts: OrderFacts | null,
    creditedNumber: string | null,
  ) {
    const supplyDate = facts?.startsOn ?? null;
    const pdf = await invoicePdf(inv, {
      iban: settings.seller.iban,
      bic: settings.seller.bic,
      supplyDate,
      creditedNumber,
      paid: inv.paymentStatus === 'paid',
      collectionDate: directDebitDate(inv, settings),
    });
    const pdfKey = (await deps.storage.put(Readable.from([pdf]), 20 * 1024 * 1024)).key;
    // An invoice is a UBL Invoice; a credit note a UBL CreditNote referring to the invoice it voids.
    const xml = invoiceUbl(inv, {
      iban: settings.seller.iban,
      bic: settings.seller.bic,
      creditorId: settings.seller.sepaCreditorId,
      period: { start: supplyDate, end: facts?.endsOn ?? null },
      debitedIban: facts?.debitedIban ?? null,
      creditedNumber,
    });
    const ublKey = (await deps.storage.put(Readable.from([Buffer.from(xml)]), 5 * 1024 * 1024)).key;
    return { pdfKey, ublKey };
  }

  /**
   * Second step of issuing numbered documents: their files (rendered outside any transaction),
   * then in one transaction their keys and the e-mails with the PDF. Runs once per document even
   * when two workers race.
   */
  async function publishAll(docs: { inv: InvoiceRow; creditedNumber: string | null }[]): Promise<InvoiceRow[]> {
    const pending = docs.filter((d) => !d.inv.pdfKey);
    if (!pending.length) return docs.map((d) => d.inv);
    const [settings, orderFacts] = await Promise.all([
      ports.settings(db),
      repo.orderFacts(db, pending.map((d) => d.inv.orderId ?? '').filter(Boolean), deps.timeZone),
    ]);
    const keys = await Promise.all(
      pending.map((d) =>
        renderDocuments(
          d.inv,
          settings,
          d.inv.orderId ? (orderFacts.get(d.inv.orderId) ?? null) : null,
          d.creditedNumber,
        ),
      ),
    );
    const stored = await withTransaction(db, async (tx, afterCommit) => {
      const recipients = await ports.superusersOf(tx, [...new Set(pending.map((d) => d.inv.organisationId))]);
      const out = new Map<string, InvoiceRow>();
      for (const [i, d] of pending.entries()) {
        const current = (await repo.invoice(tx, d.inv.id, true))!;
        if (current.pdfKey) {
          out.set(current.id, current);
          continue;
        }
        const updated = await repo.updateInvoice(tx, d.inv.id, keys[i]!);
        await mailDocument(
          tx,
          afterCommit,
          updated,
          settings,
          recipients.filter((r) => r.organisationId === updated.organisationId),
        );
        out.set(updated.id, updated);
      }
      return out;
    });
    return docs.map((d) => stored.get(d.inv.id) ?? d.inv);
  }

  const publish = async (inv: InvoiceRow, creditedNumber: string | null) =>
    (await publishAll([{ inv, creditedNumber }]))[0]!;

  /** A direct debit's collection date: announced already, or the one its pre-notification will announce. */
  function directDebitDate(inv: InvoiceRow, settings: ProgrammeSettings): string | null {
    if (inv.paymentMethod !== 'sepa_debit' || !inv.dueDate) return null;
    return inv.collectionDate ?? expectedCollectionDate(today(), inv.dueDate, settings.directDebit).date;
  }

  /** An invoice's reader: its language, and the formats of the buyer's country. */
  const readerOf = (inv: InvoiceRow): LocaleRef => ({ language: inv.locale, country: inv.buyer.country });

  function instructions(inv: InvoiceRow, settings: ProgrammeSettings): string {
    const { t, date } = speaker(readerOf(inv));
    if (inv.kind === 'credit_note') return t('emails:billing.instructions.creditNote');
    if (inv.paymentMethod === 'bank_transfer')
      return t('emails:billing.instructions.bankTransfer', {
        iban: settings.seller.iban,
        reference: inv.paymentReference ?? '',
      });
    if (inv.paymentMethod === 'sepa_debit')
      return t('emails:billing.instructions.directDebit', {
        date: date(directDebitDate(inv, settings) ?? inv.dueDate ?? ''),
        mandate: inv.mandateReference ?? '',
      });
    return t('emails:billing.instructions.card');
  }

  /**
   * An e-mail about an invoice to each Superuser of its organisation, in the invoice's language.
   */
  async function tellSuperusers(
    tx: DbOrTx,
    afterCommit: AfterCommit,
    inv: InvoiceRow,
    template: string,
    content: (locale: LocaleRef) => EmailContent,
    attachments: MailAttachment[] = [],
  ) {
    for (const user of await ports.superusers(tx, inv.organisationId)) {
      await deps.mailer.enqueue(tx, afterCommit, {
        to: user.email,
        template,
        locale: inv.locale,
        content: content(readerOf(inv)),
        attachments,
      });
    }
  }

  async function mailDocument(
    tx: DbOrTx,
    afterCommit: AfterCommit,
    inv: InvoiceRow,
    settings: ProgrammeSettings,
    recipients: { email: string; locale: Locale }[],
  ) {
    for (const user of recipients) {
      await deps.mailer.enqueue(tx, afterCommit, {
        to: user.email,
        template: inv.kind === 'credit_note' ? 'credit_note' : 'invoice',
        locale: inv.locale,
        content: invoiceEmail(readerOf(inv), {
          kind: inv.kind,
          number: inv.number!,
          totalMinor: inv.totalMinor,
          currency: inv.currency,
          dueDate: inv.dueDate,
          instructions: instructions(inv, settings),
          url: invoicesUrl,
        }),
        attachments: [{ filename: `${inv.number}.pdf`, storageKey: inv.pdfKey!, contentType: 'application/pdf' }],
      });
    }
  }

  /**
   * Makes the invoices of orders (each once): numbers them in the gapless yearly series in one
   * short transaction, then renders the PDFs and UBL files and e-mails the PDFs (publishAll).
   * The job workers pass a batch of orders; an invoice run of thousands goes through here.
   */
  async function invoiceOrders(orderIds: string[]): Promise<InvoiceRow[]> {
    if (!orderIds.length) return [];
    const fresh = await withTransaction(db, async (tx) => {
      const locked = await repo.lockOrders(tx, [...new Set(orderIds)]);
      const done = await repo.invoicedOrders(
        tx,
        locked.map((o) => o.id),
      );
      const todo = locked.filter((o) => !done.has(o.id));
      if (!todo.length) return [];
      const orgIds = [...new Set(todo.map((o) => o.organisationId))];
      // One after another: a transaction is one connection.
      const orgs = await repo.organisations(tx, orgIds);
      const recipients = await ports.superusersOf(tx, orgIds);
      const settings = await ports.settings(tx);
      const tierNames = await ports.tierNames(
        tx,
        todo.map((o) => o.tierVersionId),
      );
      const orgById = new Map(orgs.map((o) => [o.id, o]));
      const billable = todo.filter((o) => orgById.has(o.organisationId));
      if (!billable.length) return [];
      const issueDate = today();
      const year = Number(issueDate.slice(0, 4));
      const first = await repo.nextNumbers(tx, 'invoice', year, billable.length);
      return repo.insertInvoices(
        tx,
        billable.map((order, i) => {
          const org = orgById.get(order.organisationId)!;
          const locale: Locale = recipients.find((r) => r.organisationId === org.id)?.locale ?? 'en';
          const number = formatDocumentNumber('invoice', year, first + i);
          const tier = tierNameIn(tierNames.get(order.tierVersionId), order.tierCode, locale);
          const what = speaker(locale).t(
            order.kind === 'upgrade' ? 'documents:invoice.lineUpgrade' : 'documents:invoice.lineMembership',
            { tier },
          );
          return {
            kind: 'invoice' as const,
            number,
            orderId: order.id,
            organisationId: org.id,
            documentStatus: 'finalised' as const,
            paymentStatus: order.paidAt ? ('paid' as const) : ('pending' as const),
            issueDate,
            dueDate: order.dueOn,
            locale,
            seller: settings.seller,
            buyer: {
              name: org.legalName,
              street: `${org.street} ${org.houseNumber}`,
              postcode: org.postcode,
              city: org.city,
              country: org.country,
              vatNumber: org.vatNumber,
              registrationNumber: org.tradeRegisterNumber,
              electronicAddress: org.electronicAddress,
            },
            lines: [{ description: what, quantity: 1, unitPriceMinor: order.netMinor, netMinor: order.netMinor }],
            currency: order.currency,
            netMinor: order.netMinor,
            vatRateBasisPoints: order.vatRateBasisPoints,
            vatMinor: order.vatMinor,
            totalMinor: order.totalMinor,
            vatTreatment: order.vatTreatment,
            paymentMethod: order.paymentMethod,
            paymentReference:
              order.paymentMethod === 'bank_transfer' ? creditorReference(number.replace('-', '')) : null,
            mandateReference: order.sepaMandateReference,
            paidMinor: order.paidAt ? order.totalMinor : 0,
            finalisedAt: clock.now(),
          };
        }),
      );
    });
    // Invoices made earlier whose files are missing (a crash between the two steps) are published too.
    const earlier = await Promise.all(
      orderIds.filter((id) => !fresh.some((f) => f.orderId === id)).map((id) => repo.invoiceForOrder(db, id)),
    );
    const all = [...fresh, ...earlier.filter((inv): inv is InvoiceRow => Boolean(inv))];
    return publishAll(all.map((inv) => ({ inv, creditedNumber: null })));
  }

  const invoiceOrder = async (orderId: string): Promise<InvoiceRow | undefined> =>
    (await invoiceOrders([orderId])).find((inv) => inv.orderId === orderId);

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
      afterCommit(() => ports.orderPaid(orderId));
    }
    return true;
  }

  const matcher = createPaymentMatcher({ db, applyPayment });
  const statements = createStatementImport({
    db,
    clock,
    jobs: deps.jobs,
    storage: deps.storage,
    settings: ports.settings,
    matcher,
  });

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

  /** Invoices orders whose job was lost (e.g. a crash between commit and queueing), and publishes numbered documents left without files. */
  async function sweep() {
    const cutoff = new Date(clock.now().getTime() - 60_000);
    const ids = (await repo.ordersWithoutInvoice(db, cutoff)).map((o) => o.id);
    for (let i = 0; i < ids.length; i += 50) await invoiceOrders(ids.slice(i, i + 50));
    // Numbered documents whose files were never stored (a crash between the two steps).
    const stale = await repo.unpublished(db, cutoff);
    const docs = await Promise.all(
      stale.map(async (inv) => ({
        inv,
        creditedNumber: inv.creditsInvoiceId ? ((await repo.invoice(db, inv.creditsInvoiceId))?.number ?? null) : null,
      })),
    );
    for (let i = 0; i < docs.length; i += 50) await publishAll(docs.slice(i, i + 50));
  }

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

  /**
   * The daily run (idempotent; a second run on the same day changes nothing):
   * 1. unpaid invoices past their due date become overdue;
   * 2. reminders by the overdue policy (one e-mail per run per invoice, for the latest step reached);
   * 3. SEPA pre-notifications `preNotificationDays` business days before collection; the announced
   *    date is never sooner than two business days after the notice;
   * 4. collection runs for announced direct debits due within `leadDays` business days.
   * Suspending and cancelling memberships by the same policy is the membership's daily run.
   */
  async function runDaily() {
    const settings = await ports.settings(db);
    const now = today();
    const result = { overdue: 0, reminders: 0, preNotifications: 0, collectionRuns: [] as string[] };
    result.overdue = (await repo.markOverdue(db, now)).length;

    const reminderDays = settings.overduePolicy
      .filter((s) => s.action === 'reminder')
      .map((s) => s.days)
      .sort((a, b) => a - b);
    if (reminderDays.length) {
      const dueBy = addDays(now, -reminderDays[0]!);
      for (const inv of await repo.remindable(db, dueBy)) {
        const late = daysBetween(inv.dueDate!, now);
        const reached = reminderDays.filter((d) => d <= late);
        if (!reached.length) continue;
        await withTransaction(db, async (tx, afterCommit) => {
          let fresh = false;
          for (const d of reached) fresh = (await repo.claimNotice(tx, inv.id, `reminder:${d}`, clock.now())) || fresh;
          if (!fresh) return;
          result.reminders++;
          await tellSuperusers(
            tx,
            afterCommit,
            inv,
            'invoice_reminder',
            (reader) =>
              reminderEmail(reader, {
                number: inv.number!,
                outstandingMinor: inv.totalMinor - inv.paidMinor,
                currency: inv.currency,
                dueDate: inv.dueDate!,
                daysLate: late,
                instructions: instructions(inv, settings),
                url: invoicesUrl,
              }),
            inv.pdfKey
              ? [{ filename: `${inv.number}.pdf`, storageKey: inv.pdfKey, contentType: 'application/pdf' }]
              : [],
          );
        });
      }
    }

    const { preNotificationDays, leadDays } = settings.directDebit;
    for (const { invoice: inv, order } of await repo.directDebitsDue(
      db,
      false,
      shiftCollectionDays(now, preNotificationDays),
    )) {
      const collectionDate = collectionDateOf(inv.dueDate!, now, leadDays);
      await withTransaction(db, async (tx, afterCommit) => {
        if (!(await repo.claimNotice(tx, inv.id, 'pre-notification', clock.now()))) return;
        await repo.updateInvoice(tx, inv.id, { collectionDate });
        result.preNotifications++;
        const iban = order.sepaIban ?? '';
        await tellSuperusers(tx, afterCommit, inv, 'direct_debit_pre_notification', (reader) =>
          preNotificationEmail(reader, {
            number: inv.number!,
            amountMinor: inv.totalMinor - inv.paidMinor,
            currency: inv.currency,
            collectionDate,
            mandateReference: inv.mandateReference ?? order.sepaMandateReference ?? '',
            creditorId: settings.seller.sepaCreditorId,
            creditorName: settings.seller.name,
            ibanMasked: `${iban.slice(0, 4)} •••• ${iban.slice(-4)}`,
            url: invoicesUrl,
          }),
        );
      });
    }

    // Everything announced for up to the earliest date a file written today can ask for. A date
    // already too close (the run did not run for a while) moves to that earliest date: a bank
    // refuses a file with a past or too-near collection date, and the invoice shows the real one.
    const earliest = earliestCollectionDate(now, leadDays);
    const announced = await repo.directDebitsDue(db, true, earliest);
    const byDate = new Map<string, typeof announced>();
    for (const row of announced) {
      const date = laterDate(row.invoice.collectionDate!, earliest);
      byDate.set(date, [...(byDate.get(date) ?? []), row]);
    }
    for (const [date, rows] of [...byDate].sort(([a], [b]) => a.localeCompare(b))) {
      const run = await withTransaction(db, async (tx) => {
        for (const { invoice } of rows)
          if (invoice.collectionDate !== date) await repo.updateInvoice(tx, invoice.id, { collectionDate: date });
        return writeRun(tx, settings, date, rows, null);
      });
      result.collectionRuns.push(run);
    }
    return result;
  }

  return {
    invoiceOrder,
    invoiceOrders,
    runDaily,
    handleProviderEvent,
    provider: deps.provider,

    /** Called in the purchase transaction: the invoice job is queued once it commits. */
    orderPlaced(afterCommit: AfterCommit, orderId: string) {
      afterCommit(() => deps.jobs.send(INVOICE_QUEUE, { orderId }, { retryLimit: 5, retryDelay: 5 }));
    },

    sweep,

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
            afterCommit(() => ports.orderUnpaid(orderId));
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

    /** A credit note in its own series voids an invoice; nothing is deleted or renumbered. */
    async creditNote(actor: SessionUser, invoiceId: string) {
      const result = await withTransaction(db, async (tx) => {
        const inv = await repo.invoice(tx, invoiceId, true);
        if (inv?.kind !== 'invoice') throw new AppError('not_found');
        const existing = await repo.creditFor(tx, invoiceId);
        if (existing) return existing;
        if (inv.documentStatus !== 'finalised') throw new AppError('invalid_state');
        const issueDate = today();
        const year = Number(issueDate.slice(0, 4));
        const number = formatDocumentNumber('credit_note', year, await repo.nextNumber(tx, 'credit_note', year));
        const credit = await repo.insertInvoice(tx, {
          ...inv,
          id: undefined,
          kind: 'credit_note',
          number,
          orderId: null,
          creditsInvoiceId: inv.id,
          documentStatus: 'finalised',
          paymentStatus: 'not_applicable',
          issueDate,
          dueDate: null,
          paymentReference: null,
          paidMinor: 0,
          pdfKey: null,
          ublKey: null,
          createdAt: clock.now(),
          finalisedAt: clock.now(),
        });
        await repo.updateInvoice(tx, inv.id, { documentStatus: 'void' });
        await recordAudit(tx, {
          actorUserId: actor.id,
          action: 'invoice.credited',
          entityType: 'invoice',
          entityId: inv.id,
          detail: { creditNote: number },
        });
        return credit;
      });
      const credited = result.creditsInvoiceId ? await repo.invoice(db, result.creditsInvoiceId) : undefined;
      return publish(result, credited?.number ?? null);
    },
  };
}
export type BillingService = ReturnType<typeof createBillingService>;
