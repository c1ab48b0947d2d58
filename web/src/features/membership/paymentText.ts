import { formatWeekday, type PaymentMethodName, type QuoteBody } from './api.js';

type T = (key: string, vars?: Record<string, string>) => string;

/**
 * What each payment method means for this order; a direct debit names its real collection date (the
 * one its pre-notification will announce) and why it differs from the due date.
 */
export function methodNote(t: T, method: PaymentMethodName, quote: QuoteBody, language: string) {
  if (method !== 'sepa_debit') return t(`membership.checkout.methodNote.${method}`);
  return collectionText(t, quote, language);
}

/** "Collected on Monday 4 January 2027: the due date, Saturday 2 January 2027, is not a business day." */
export function collectionText(
  t: T,
  quote: Pick<QuoteBody, 'dueOn' | 'collectionOn' | 'collectionReason'>,
  language: string,
) {
  const vars = { date: formatWeekday(quote.collectionOn, language), due: formatWeekday(quote.dueOn, language) };
  return t(`membership.checkout.collection.${quote.collectionReason}`, vars);
}
