import type { FinanceInvoice } from './queries.js';

export type { FinanceInvoice };
export const PAYMENT_STATUSES: readonly FinanceInvoice['paymentStatus'][] = [
  'pending',
  'partially_paid',
  'paid',
  'overdue',
  'failed',
  'not_applicable',
];
export const PAYMENT_STATUS_COLORS: Record<FinanceInvoice['paymentStatus'], string> = {
  pending: 'blue',
  partially_paid: 'yellow',
  paid: 'green',
  overdue: 'red',
  failed: 'red',
  not_applicable: 'gray',
};

/** Integer minor units as money in the UI language. */
export function money(minor: number, currency: string, language: string): string {
  return new Intl.NumberFormat(language, { style: 'currency', currency }).format(minor / 100);
}

/** A calendar date (`YYYY-MM-DD`) short enough for a table cell, e.g. "25 Nov 2026"; "—" when empty. */
export function shortDate(value: string | null | undefined, language: string): string {
  if (!value) return '—';
  const date = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** An invoice that still waits for money (what a statement line can be matched to). */
export function isOpen(invoice: FinanceInvoice): boolean {
  return (
    invoice.kind === 'invoice' &&
    invoice.documentStatus === 'finalised' &&
    ['pending', 'partially_paid', 'overdue', 'failed'].includes(invoice.paymentStatus)
  );
}
