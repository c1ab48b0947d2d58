import type { PaymentMethod } from '../../../contracts/programme.js';
import { type LocaleRef, speaker } from '../../platform/i18n/index.js';
import type { EmailContent } from '../../platform/mail/layout.js';

// Texts: server/locales/<language>/emails.json, `membership.*`.

type Card = {
  firstName: string;
  tierName: string;
  number: string;
  previous: string | null;
  startsOn: string;
  endsOn: string;
  url: string;
};

export function welcomeEmail(locale: LocaleRef, p: Card & { paymentNote: string }): EmailContent {
  const { t, date } = speaker(locale);
  return {
    subject: t('emails:membership.welcome.subject', { tier: p.tierName }),
    heading: t('emails:common.dear', { firstName: p.firstName }),
    paragraphs: [
      t('emails:membership.welcome.active', { tier: p.tierName }),
      ...(p.previous ? [t('emails:membership.welcome.numberChanged', { previous: p.previous })] : []),
      p.paymentNote,
    ],
    facts: [
      [t('emails:membership.welcome.number'), p.number],
      [t('emails:membership.welcome.level'), p.tierName],
      [t('emails:membership.welcome.valid'), `${date(p.startsOn)} – ${date(p.endsOn)}`],
    ],
    action: { label: t('emails:membership.welcome.action'), url: p.url },
  };
}

export function reminderEmail(locale: LocaleRef, p: Card & { daysLeft: number }): EmailContent {
  const { t, date } = speaker(locale);
  return {
    subject: t('emails:membership.reminder.subject', { date: date(p.endsOn) }),
    heading: t('emails:common.dear', { firstName: p.firstName }),
    paragraphs: [t('emails:membership.reminder.endsIn', { tier: p.tierName, number: p.number, count: p.daysLeft })],
    action: { label: t('emails:membership.reminder.action'), url: p.url },
  };
}

export function suspendedEmail(locale: LocaleRef, p: Card & { dueOn: string }): EmailContent {
  const { t, date } = speaker(locale);
  return {
    subject: t('emails:membership.suspended.subject'),
    heading: t('emails:common.dear', { firstName: p.firstName }),
    paragraphs: [
      t('emails:membership.suspended.notReceived', { number: p.number, due: date(p.dueOn) }),
      t('emails:membership.suspended.restore'),
    ],
    action: { label: t('emails:common.goToMembership'), url: p.url },
  };
}

export function cancelledUnpaidEmail(locale: LocaleRef, p: Card & { dueOn: string }): EmailContent {
  const { t, date } = speaker(locale);
  return {
    subject: t('emails:membership.cancelledUnpaid.subject'),
    heading: t('emails:common.dear', { firstName: p.firstName }),
    paragraphs: [
      t('emails:membership.cancelledUnpaid.unpaid', { number: p.number, due: date(p.dueOn) }),
      t('emails:membership.cancelledUnpaid.joinAgain'),
    ],
    action: { label: t('emails:common.goToMembership'), url: p.url },
  };
}

export function restoredEmail(locale: LocaleRef, p: Card): EmailContent {
  const { t } = speaker(locale);
  return {
    subject: t('emails:membership.restored.subject'),
    heading: t('emails:common.dear', { firstName: p.firstName }),
    paragraphs: [t('emails:membership.restored.thanks', { tier: p.tierName, number: p.number })],
    action: { label: t('emails:common.goToMembership'), url: p.url },
  };
}

/** How the welcome e-mail says the fee is paid, with the due and (direct debit) collection dates. */
export function paymentNote(locale: LocaleRef, method: PaymentMethod, dueOn: string, collectionOn: string): string {
  const { t, date } = speaker(locale);
  const due = date(dueOn);
  if (method === 'sepa_debit')
    return collectionOn !== dueOn
      ? t('emails:membership.paymentNote.directDebitMoved', { collection: date(collectionOn), due })
      : t('emails:membership.paymentNote.directDebit', { due });
  if (method === 'bank_transfer') return t('emails:membership.paymentNote.bankTransfer', { due });
  return t('emails:membership.paymentNote.card');
}
