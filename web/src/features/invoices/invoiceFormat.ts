import type { z } from 'zod';
import type { Invoice } from '../../shared/contracts.js';

export type InvoiceItem = z.infer<typeof Invoice>;
export type PaymentStatus = InvoiceItem['paymentStatus'];

export const PAYMENT_STATUS_COLORS: Record<PaymentStatus, string> = {
  pending: 'blue',
  partially_paid: 'yellow',
  paid: 'green',
  overdue: 'red',
  failed: 'red',
  not_applicable: 'gray',
};

/** Integer minor units as money in the UI language, e.g. 12100 EUR → "€ 121,00". */
export function formatMoney(minor: number, currency: string, language: string): string {
  const digits =
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return new Intl.NumberFormat(language, { style: 'currency', currency }).format(minor / 10 ** digits);
}

/** An invoice that still asks for money: finalised, not a credit note, not (fully) paid. */
export function isOpen(invoice: InvoiceItem): boolean {
  return (
    invoice.kind === 'invoice' &&
    invoice.documentStatus === 'finalised' &&
    ['pending', 'partially_paid', 'overdue', 'failed'].includes(invoice.paymentStatus)
  );
}

/** A calendar date (`YYYY-MM-DD`) short enough for a table cell, e.g. "25 nov 2026"; "—" when empty. */
export function formatShortDate(value: string | null | undefined, language: string): string {
  if (!value) return '—';
  const date = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** A calendar date (`YYYY-MM-DD`) written out for a sentence, e.g. "28 december 2026"; "—" when empty. */
export function formatLongDate(value: string | null | undefined, language: string): string {
  if (!value) return '—';
  const date = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
