import type { Locale } from '../../../contracts/common.js';

// Building an Intl formatter costs far more than using one: each is made once per locale (and currency).
const tags = { nl: 'nl-NL', en: 'en-GB' } as const;
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();
const moneyFormats = new Map<string, Intl.NumberFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** A calendar date (YYYY-MM-DD) written out in the language, e.g. "28 December 2026" / "28 december 2026". */
export function longDate(locale: Locale, iso: string): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(tags[locale], { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format.format(new Date(`${iso.slice(0, 10)}T12:00:00Z`));
}

/** An amount in minor units (cents) as money in the language, e.g. "€ 121,00" / "€121.00". */
export function money(locale: Locale, minor: number, currency: string): string {
  const key = `${locale}:${currency}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(tags[locale], { style: 'currency', currency });
    moneyFormats.set(key, format);
  }
  return format.format(minor / 100);
}

/** A moment written out in the language and time zone, e.g. "25 November 2026 at 15:04" / "25 november 2026 om 15:04". */
export function longDateTime(locale: Locale, at: Date, timeZone: string): string {
  const key = `${locale}:${timeZone}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(tags[locale], { dateStyle: 'long', timeStyle: 'short', timeZone });
    dateTimeFormats.set(key, format);
  }
  return format.format(at);
}
