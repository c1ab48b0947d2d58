import type { useTranslation } from 'react-i18next';
import type { CustomerOverview, OpenInvoice } from '../../shared/contracts.js';

export type T = ReturnType<typeof useTranslation>['t'];
/** What every part of the home page gets: the overview, the UI locale's tag and its number format. */
export type CardProps = { overview: CustomerOverview; language: string; number: (n: number) => string };

/** Money in minor units in the UI language, e.g. 12100 EUR → "€ 121,00". */
export function money(minor: number, currency: string, language: string) {
  const digits =
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return new Intl.NumberFormat(language, { style: 'currency', currency }).format(minor / 10 ** digits);
}

/** A calendar date (`YYYY-MM-DD`) for a sentence, e.g. "28 december 2026", not shifted by the time zone. */
export function longDate(value: string | null, language: string) {
  if (!value) return '—';
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${value.slice(0, 10)}T00:00:00Z`),
  );
}

/** An open invoice as one line of the invoices card. */
export function invoiceLine(invoice: OpenInvoice, language: string, t: T) {
  const vars = { number: invoice.number ?? '', amount: money(invoice.openMinor, invoice.currency, language) };
  return invoice.paymentMethod === 'sepa_debit' && invoice.paymentStatus === 'pending'
    ? t('overview.invoices.directDebit', {
        ...vars,
        date: longDate(invoice.collectionDate ?? invoice.dueDate, language),
      })
    : t('overview.invoices.due', { ...vars, date: longDate(invoice.dueDate, language) });
}
