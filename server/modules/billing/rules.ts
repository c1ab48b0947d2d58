/** Pure billing rules: document numbers, ISO 11649 creditor references, payment state, collection dates. */

import { addDays, onOrAfterWorkingDay, shiftWorkingDays } from '../../platform/working-days.js';

export const formatDocumentNumber = (series: 'invoice' | 'credit_note', year: number, n: number) =>
  `${series === 'credit_note' ? 'CN-' : ''}${year}-${String(n).padStart(6, '0')}`;

/** Letters count as 10..35, as in IBAN and ISO 11649 check digits. */
function mod97(text: string): number {
  let remainder = 0;
  for (const ch of text) {
    const digits = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of digits) remainder = (remainder * 10 + Number(d)) % 97;
  }
  return remainder;
}

/** ISO 11649 structured creditor reference: RF + 2 check digits + the reference (alphanumeric, ≤ 21). */
export function creditorReference(reference: string): string {
  const body = reference.toUpperCase().replace(/[^A-Z0-9]/g, '');
  if (!body || body.length > 21) throw new Error('creditor reference body must be 1–21 alphanumerics');
  const check = 98 - mod97(`${body}RF00`);
  return `RF${String(check).padStart(2, '0')}${body}`;
}

export function isValidCreditorReference(value: string): boolean {
  const v = value.toUpperCase().replace(/\s+/g, '');
  if (!/^RF\d{2}[A-Z0-9]{1,21}$/.test(v)) return false;
  return mod97(`${v.slice(4)}${v.slice(0, 4)}`) === 1;
}

export type PaymentState = 'pending' | 'partially_paid' | 'paid' | 'overdue';
export function paymentState(
  totalMinor: number,
  paidMinor: number,
  dueDate: string | null,
  today: string,
): PaymentState {
  if (paidMinor >= totalMinor) return 'paid';
  if (dueDate && today > dueDate) return 'overdue';
  return paidMinor > 0 ? 'partially_paid' : 'pending';
}

/**
 * The date a direct debit is collected, as its pre-notification announces it: the due date, but
 * never sooner than two business days after the notice, moved to the first business day on or
 * after it (a bank does not collect on weekends and public holidays).
 */
export function collectionDate(dueDate: string, noticeDay: string, country: string): string {
  const earliest = shiftWorkingDays(noticeDay, 2, country);
  return onOrAfterWorkingDay(dueDate > earliest ? dueDate : earliest, country);
}

/**
 * The collection date a direct debit due on `dueDate` will be announced with, known on `today`:
 * the daily run sends the notice on the first day from which the due date lies within
 * `preNotificationDays` business days, and dates the collection by `collectionDate` on that day.
 */
export function expectedCollectionDate(
  today: string,
  dueDate: string,
  preNotificationDays: number,
  country: string,
): { date: string; reason: 'due_date' | 'not_a_business_day' | 'notice_period' } {
  let noticeDay = today;
  while (shiftWorkingDays(noticeDay, preNotificationDays, country) < dueDate) noticeDay = addDays(noticeDay, 1);
  const date = collectionDate(dueDate, noticeDay, country);
  const reason =
    date === dueDate
      ? 'due_date'
      : onOrAfterWorkingDay(dueDate, country) === date
        ? 'not_a_business_day'
        : 'notice_period';
  return { date, reason };
}
