import type { Locale } from '../../../contracts/common.js';
import type { EmailContent } from '../../platform/mail/layout.js';

const money = (locale: Locale, minor: number, currency: string) =>
  new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { style: 'currency', currency }).format(minor / 100);
const day = (locale: Locale, iso: string) =>
  new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T12:00:00Z`),
  );

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
        ? 'Betaal de factuur per bankoverschrijving of creditcard via Mijn facturen.'
        : 'Please pay the invoice by bank transfer or card from My invoices.',
    ],
    action: { label: nl ? 'Mijn facturen' : 'My invoices', url: p.url },
  };
}
