import type { Locale } from '../../../contracts/common.js';
import { longDate, money } from '../../platform/i18n/format.js';
import type { EmailContent } from '../../platform/mail/layout.js';

const day = longDate;

export function invoiceEmail(
  locale: Locale,
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
  const nl = locale === 'nl';
  const what = p.kind === 'credit_note' ? (nl ? 'creditnota' : 'credit note') : nl ? 'factuur' : 'invoice';
  return {
    subject: nl ? `Uw ${what} ${p.number}` : `Your ${what} ${p.number}`,
    heading: nl ? `Uw ${what} ${p.number}` : `Your ${what} ${p.number}`,
    paragraphs: [nl ? `Bijgevoegd vindt u de ${what} als PDF.` : `The ${what} is attached as a PDF.`, p.instructions],
    facts: [
      [nl ? 'Nummer' : 'Number', p.number],
      [nl ? 'Totaal' : 'Total', money(locale, p.totalMinor, p.currency)],
      ...(p.dueDate && p.kind === 'invoice'
        ? ([[nl ? 'Vervaldatum' : 'Due date', day(locale, p.dueDate)]] as [string, string][])
        : []),
    ],
    action: { label: nl ? 'Mijn facturen' : 'My invoices', url: p.url },
  };
}

export function directDebitReturnedEmail(
  locale: Locale,
  p: { number: string; totalMinor: number; currency: string; url: string },
): EmailContent {
  const nl = locale === 'nl';
  return {
    subject: nl
      ? `Incasso voor factuur ${p.number} is teruggeboekt`
      : `Direct debit for invoice ${p.number} was returned`,
    heading: nl ? 'Uw incasso is teruggeboekt' : 'Your direct debit was returned',
    paragraphs: [
      nl
        ? `De incasso van ${money(locale, p.totalMinor, p.currency)} voor factuur ${p.number} is door uw bank teruggeboekt. De factuur staat weer open.`
        : `The direct debit of ${money(locale, p.totalMinor, p.currency)} for invoice ${p.number} was returned by your bank. The invoice is open again.`,
      nl
        ? 'Betaal de factuur met creditcard via Mijn facturen, of neem contact op met CPS Priority support.'
        : 'Please pay the invoice by card from My invoices, or contact CPS Priority support.',
    ],
    action: { label: nl ? 'Mijn facturen' : 'My invoices', url: p.url },
  };
}

/** A reminder by the overdue policy: before the due date (daysLate < 0) or after it. */
export function reminderEmail(
  locale: Locale,
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
  const nl = locale === 'nl';
  const amount = money(locale, p.outstandingMinor, p.currency);
  const due = day(locale, p.dueDate);
  const before = p.daysLate < 0;
  return {
    subject: before
      ? nl
        ? `Herinnering: factuur ${p.number} vervalt op ${due}`
        : `Reminder: invoice ${p.number} is due on ${due}`
      : nl
        ? `Betalingsherinnering: factuur ${p.number} is vervallen`
        : `Payment reminder: invoice ${p.number} is overdue`,
    heading: before
      ? nl
        ? 'Uw factuur vervalt binnenkort'
        : 'Your invoice is due soon'
      : nl
        ? 'Uw factuur is nog niet betaald'
        : 'Your invoice has not been paid yet',
    paragraphs: [
      before
        ? nl
          ? `Factuur ${p.number} (openstaand ${amount}) vervalt op ${due}.`
          : `Invoice ${p.number} (${amount} outstanding) is due on ${due}.`
        : nl
          ? `Factuur ${p.number} moest uiterlijk ${due} betaald zijn; er staat nog ${amount} open. Zonder betaling wordt uw CPS-lidmaatschap volgens de voorwaarden opgeschort.`
          : `Invoice ${p.number} was due on ${due}; ${amount} is still outstanding. Without payment your CPS membership is suspended under the terms.`,
      p.instructions,
      nl
        ? 'Heeft u al betaald? Dan kunt u dit bericht negeren.'
        : 'If you have already paid, please ignore this message.',
    ],
    facts: [
      [nl ? 'Factuur' : 'Invoice', p.number],
      [nl ? 'Openstaand' : 'Outstanding', amount],
      [nl ? 'Vervaldatum' : 'Due date', due],
    ],
    action: { label: nl ? 'Mijn facturen' : 'My invoices', url: p.url },
  };
}

/** The SEPA pre-notification: amount, collection date, mandate, creditor id and the account debited. */
export function preNotificationEmail(
  locale: Locale,
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
  const nl = locale === 'nl';
  const amount = money(locale, p.amountMinor, p.currency);
  const on = day(locale, p.collectionDate);
  return {
    subject: nl
      ? `Aankondiging incasso: ${amount} op ${on} (factuur ${p.number})`
      : `Direct debit notice: ${amount} on ${on} (invoice ${p.number})`,
    heading: nl ? 'Aankondiging van een SEPA-incasso' : 'Notice of a SEPA direct debit',
    paragraphs: [
      nl
        ? `Op ${on} schrijven wij ${amount} af van rekening ${p.ibanMasked} voor factuur ${p.number}. Zorg dat er voldoende saldo is.`
        : `On ${on} we will collect ${amount} from account ${p.ibanMasked} for invoice ${p.number}. Please make sure the funds are available.`,
    ],
    facts: [
      [nl ? 'Factuur' : 'Invoice', p.number],
      [nl ? 'Bedrag' : 'Amount', amount],
      [nl ? 'Incassodatum' : 'Collection date', on],
      [nl ? 'Machtigingskenmerk' : 'Mandate reference', p.mandateReference],
      [nl ? 'Incassant-ID' : 'Creditor identifier', p.creditorId],
      [nl ? 'Incassant' : 'Creditor', p.creditorName],
    ],
    action: { label: nl ? 'Mijn facturen' : 'My invoices', url: p.url },
  };
}
