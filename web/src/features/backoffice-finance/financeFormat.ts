import type { z } from 'zod';
import type { Invoice } from '../../shared/contracts.js';

export type FinanceInvoice = z.infer<typeof Invoice>;
export const PAYMENT_STATUSES: readonly FinanceInvoice['paymentStatus'][] = [
  'pending',
  'partially_paid',
  'paid',
  'overdue',
  'failed',
  'not_applicable',
];

/** Integer minor units as money in the UI language. */
export function money(minor: number, currency: string, language: string): string {
  return new Intl.NumberFormat(language, { style: 'currency', currency }).format(minor / 100);
}
