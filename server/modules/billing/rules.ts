/** Pure billing rules: document numbers, ISO 11649 creditor references, payment state, collection dates. */

import { mod97 } from '../../platform/identifiers.js';
import { addDays, isWorkingDay, onOrAfterWorkingDay, shiftWorkingDays, TARGET2 } from '../../platform/working-days.js';

export const formatDocumentNumber = (series: 'invoice' | 'credit_note', year: number, n: number) =>
  `${series === 'credit_note' ? 'CN-' : ''}${year}-${String(n).padStart(6, '0')}`;

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
 * SEPA direct debits are timed in TARGET2 business days (weekends, 1 January, Good Friday, Easter
 * Monday, 1 May, 25 and 26 December excepted), whatever the programme country's own holidays are:
 * the collection date, the pre-notification, the file's lead time and the date the checkout names.
 */
/** The later of two calendar dates (YYYY-MM-DD sorts as text). */
export const laterDate = (a: string, b: string) => [a, b].sort()[1]!;

export const isCollectionDay = (date: string) => isWorkingDay(date, TARGET2);
export const shiftCollectionDays = (date: string, days: number) => shiftWorkingDays(date, days, TARGET2);

/**
 * The date a direct debit is collected, as its pre-notification announces it: the due date, but
 * never sooner than two business days after the notice, moved to the first TARGET2 business day on
 * or after it (a bank does not collect on weekends and TARGET2 holidays), and late enough for the
 * collection file written that day to keep its lead time.
 */
export function collectionDate(dueDate: string, noticeDay: string, leadDays: number): string {
  const afterNotice = shiftCollectionDays(noticeDay, 2);
  const byFile = earliestCollectionDate(noticeDay, leadDays);
  return onOrAfterWorkingDay(laterDate(dueDate, laterDate(afterNotice, byFile)), TARGET2);
}

/**
 * The earliest collection date a file written on `today` can ask for: `leadDays` TARGET2 business
 * days after the first business day on which the bank receives it (a file written on a Saturday
 * reaches the bank on Monday).
 */
export const earliestCollectionDate = (today: string, leadDays: number) =>
  shiftCollectionDays(onOrAfterWorkingDay(today, TARGET2), Math.max(leadDays, 1));

/**
 * The collection date a direct debit due on `dueDate` will be announced with, known on `today`:
 * the daily run sends the notice on the first day from which the due date lies within
 * `preNotificationDays` business days, and dates the collection by `collectionDate` on that day.
 */
export function expectedCollectionDate(
  today: string,
  dueDate: string,
  timing: { preNotificationDays: number; leadDays: number },
): { date: string; reason: 'due_date' | 'not_a_business_day' | 'notice_period' } {
  let noticeDay = today;
  while (shiftCollectionDays(noticeDay, timing.preNotificationDays) < dueDate) noticeDay = addDays(noticeDay, 1);
  const date = collectionDate(dueDate, noticeDay, timing.leadDays);
  const reason =
    date === dueDate
      ? 'due_date'
      : onOrAfterWorkingDay(dueDate, TARGET2) === date
        ? 'not_a_business_day'
        : 'notice_period';
  return { date, reason };
}
