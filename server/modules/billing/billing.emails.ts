import { type LocaleRef, speaker } from '../../platform/i18n/index.js';
import type { EmailContent } from '../../platform/mail/layout.js';

// Texts: server/locales/<language>/emails.json, `billing.*`. Dates and amounts in the formats of
// the recipient's locale (the buyer's country when the caller passes it).

export function invoiceEmail(
  locale: LocaleRef,
  p: {
    kind: 'invoice' | 'credit_note';
    number: string;
    totalMinor: number;
    currency: string;
    dueDate: string | null;
    instructions: string;
    url: string;
  },
): EmailContent {
  const { t, money, date } = speaker(locale);
  const subject = t(`emails:billing.document.${p.kind}.subject`, { number: p.number });
  return {
    subject,
    heading: subject,
    paragraphs: [t(`emails:billing.document.${p.kind}.attached`), p.instructions],
    facts: [
      [t('emails:billing.document.number'), p.number],
      [t('emails:billing.document.total'), money(p.totalMinor, p.currency)],
      ...(p.dueDate && p.kind === 'invoice'
        ? ([[t('emails:billing.document.dueDate'), date(p.dueDate)]] as [string, string][])
        : []),
    ],
    action: { label: t('emails:common.myInvoices'), url: p.url },
  };
}

export function directDebitReturnedEmail(
  locale: LocaleRef,
  p: { number: string; totalMinor: number; currency: string; url: string },
): EmailContent {
  const { t, money } = speaker(locale);
  return {
    subject: t('emails:billing.directDebitReturned.subject', { number: p.number }),
    heading: t('emails:billing.directDebitReturned.heading'),
    paragraphs: [
      t('emails:billing.directDebitReturned.returned', {
        amount: money(p.totalMinor, p.currency),
        number: p.number,
      }),
      t('emails:billing.directDebitReturned.payByCard'),
    ],
    action: { label: t('emails:common.myInvoices'), url: p.url },
  };
}

/** A reminder by the overdue policy: before the due date (daysLate < 0) or after it. */
export function reminderEmail(
  locale: LocaleRef,
  p: {
    number: string;
    outstandingMinor: number;
    currency: string;
    dueDate: string;
    daysLate: number;
    instructions: string;
    url: string;
  },
): EmailContent {
  const { t, money, date } = speaker(locale);
  const values = { number: p.number, amount: money(p.outstandingMinor, p.currency), due: date(p.dueDate) };
  const before = p.daysLate < 0;
  return {
    subject: t(before ? 'emails:billing.reminder.subjectBefore' : 'emails:billing.reminder.subjectAfter', values),
    heading: t(before ? 'emails:billing.reminder.headingBefore' : 'emails:billing.reminder.headingAfter'),
    paragraphs: [
      t(before ? 'emails:billing.reminder.before' : 'emails:billing.reminder.after', values),
      p.instructions,
      t('emails:billing.reminder.alreadyPaid'),
    ],
    facts: [
      [t('emails:billing.reminder.invoice'), p.number],
      [t('emails:billing.reminder.outstanding'), values.amount],
      [t('emails:billing.reminder.dueDate'), values.due],
    ],
    action: { label: t('emails:common.myInvoices'), url: p.url },
  };
}

/** The SEPA pre-notification: amount, collection date, mandate, creditor id and the account debited. */
export function preNotificationEmail(
  locale: LocaleRef,
  p: {
    number: string;
    amountMinor: number;
    currency: string;
    collectionDate: string;
    mandateReference: string;
    creditorId: string;
    creditorName: string;
    ibanMasked: string;
    url: string;
  },
): EmailContent {
  const { t, money, date } = speaker(locale);
  const values = {
    number: p.number,
    amount: money(p.amountMinor, p.currency),
    date: date(p.collectionDate),
    iban: p.ibanMasked,
  };
  return {
    subject: t('emails:billing.preNotification.subject', values),
    heading: t('emails:billing.preNotification.heading'),
    paragraphs: [t('emails:billing.preNotification.notice', values)],
    facts: [
      [t('emails:billing.preNotification.invoice'), p.number],
      [t('emails:billing.preNotification.amount'), values.amount],
      [t('emails:billing.preNotification.collectionDate'), values.date],
      [t('emails:billing.preNotification.mandateReference'), p.mandateReference],
      [t('emails:billing.preNotification.creditorId'), p.creditorId],
      [t('emails:billing.preNotification.creditor'), p.creditorName],
    ],
    action: { label: t('emails:common.myInvoices'), url: p.url },
  };
}
