import { Readable } from 'node:stream';
import type { Locale } from '../../../contracts/common.js';
import type { ProgrammeSettings } from '../../../contracts/programme.js';
import type { Db, DbOrTx } from '../../platform/db/index.js';
import { type AfterCommit, withTransaction } from '../../platform/db/transaction.js';
import { type LocaleRef, speaker } from '../../platform/i18n/index.js';
import type { EmailContent } from '../../platform/mail/layout.js';
import type { MailAttachment, Mailer } from '../../platform/mail/outbox.js';
import type { Storage } from '../../platform/storage.js';
import { invoiceEmail } from './billing.emails.js';
import type { BillingPorts } from './billing.ports.js';
import { type InvoiceRow, type OrderFacts, billingRepository as repo } from './billing.repository.js';
import { invoicePdf, invoiceUbl } from './documents.js';
import { expectedCollectionDate } from './rules.js';

/**
 * Numbered documents made public: their PDF and UBL files stored, the PDF e-mailed to the
 * organisation's Superusers, and the other e-mails about an invoice in its reader's language.
 */
export function createDocumentPublisher(deps: {
  db: Db;
  storage: Storage;
  mailer: Mailer;
  ports: Pick<BillingPorts, 'settings' | 'superusers' | 'superusersOf'>;
  timeZone: string;
  today: () => string;
  invoicesUrl: string;
}) {
  const { db, ports, today, invoicesUrl } = deps;

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

  return { publishAll, publish, directDebitDate, instructions, tellSuperusers };
}

export type DocumentPublisher = ReturnType<typeof createDocumentPublisher>;
