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
