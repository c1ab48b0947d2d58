import { addDays, daysBetween } from '../../platform/working-days.js';
/** Pure programme rules of membership: VAT treatment, membership numbers, terms, prices. */

export const EU_COUNTRIES = new Set([
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
]);

export type VatTreatment = 'domestic' | 'reverse_charge' | 'outside_scope';

/**
 * The VAT on a membership (a service to a business): the seller's domestic rate for a buyer in the
 * seller's country or an EU buyer without a VAT number; reverse charge (0%, category AE) for a
 * VAT-registered buyer in another EU country; outside the scope of EU VAT for a buyer outside the EU.
 */
export function vatDecision(
  seller: { country: string; domesticRateBasisPoints: number },
  buyer: { country: string; vatNumber: string | null },
): { treatment: VatTreatment; rateBasisPoints: number } {
  if (buyer.country === seller.country)
    return { treatment: 'domestic', rateBasisPoints: seller.domesticRateBasisPoints };
  if (!EU_COUNTRIES.has(buyer.country)) return { treatment: 'outside_scope', rateBasisPoints: 0 };
  if (buyer.vatNumber) return { treatment: 'reverse_charge', rateBasisPoints: 0 };
  return { treatment: 'domestic', rateBasisPoints: seller.domesticRateBasisPoints };
}

/** VAT in minor units, rounded half away from zero. */
export const vatAmount = (netMinor: number, rateBasisPoints: number) =>
  Math.round((netMinor * rateBasisPoints) / 10_000);

function luhnDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** CPS-<8 digits from the sequence>-<Luhn check digit>: a typo in one digit is caught. */
export function formatMembershipNumber(sequence: number | bigint): string {
  const digits = String(sequence).padStart(8, '0');
  return `CPS-${digits}-${luhnDigit(digits)}`;
}

export function isValidMembershipNumber(value: string): boolean {
  const m = /^CPS-(\d{8,})-(\d)$/.exec(value);
  return Boolean(m && luhnDigit(m[1]!) === Number(m[2]));
}

/** A one-year term starting on `start`: it ends the day before the same date next year. */
export { addDays, daysBetween };

export function termEnd(start: string): string {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y + 1, m - 1, d - 1)).toISOString().slice(0, 10);
}

/**
 * The upgrade rule: the new tier applies at once for the rest of the term (the end date stays);
 * the price is the difference of the two yearly prices for the days left, including today.
 */
export function upgradePrice(
  oldPriceMinor: number,
  newPriceMinor: number,
  today: string,
  endsOn: string,
  startsOn: string,
): number {
  const termDays = daysBetween(startsOn, endsOn) + 1;
  const left = Math.max(0, daysBetween(today, endsOn) + 1);
  return Math.max(0, Math.round(((newPriceMinor - oldPriceMinor) * left) / termDays));
}
