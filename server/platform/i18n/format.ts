import type { Locale } from '../../../contracts/common.js';
import { formatTag, isProgrammeCountry } from '../../../contracts/languages.js';
import { spokenLanguage } from './catalogue.js';

/**
 * Whom a text is for: a language alone (formats of its home country: nl → nl-NL, en → en-GB), or a
 * language with the country whose formats apply (fr + BE → fr-BE, de + AT → de-AT; a country
 * outside the programme is ignored).
 */
export type LocaleRef = Locale | { language: Locale; country?: string | null };

/**
 * The language the reader is really addressed in: theirs when it has a catalogue, else English
 * (so a text never mixes English words with, say, French month names).
 */
export const languageOf = (locale: LocaleRef): Locale =>
  spokenLanguage(typeof locale === 'string' ? locale : locale.language);

/** The BCP 47 tag whose formats apply (`fr-BE`), in the language the reader is addressed in. */
export function formatTagOf(locale: LocaleRef): string {
  const country = typeof locale === 'string' ? null : locale.country;
  return formatTag(languageOf(locale), isProgrammeCountry(country) ? country : null);
}

// Building an Intl formatter costs far more than using one: each is made once per tag (and currency, zone).
const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let format = formats.get(key) as T | undefined;
  if (!format) {
    format = make();
    formats.set(key, format);
  }
  return format;
}

/** A calendar date (YYYY-MM-DD) written out in the language, e.g. "28 December 2026" / "28 december 2026". */
export function longDate(locale: LocaleRef, iso: string): string {
  const tag = formatTagOf(locale);
  const format = cached(`date:${tag}`, () => new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }));
  return format.format(new Date(`${iso.slice(0, 10)}T12:00:00Z`));
}

/** An amount in minor units (cents) as money in the locale, e.g. "€ 121,00" / "€121.00". */
export function money(locale: LocaleRef, minor: number, currency: string): string {
  const tag = formatTagOf(locale);
  const format = cached(`money:${tag}:${currency}`, () => new Intl.NumberFormat(tag, { style: 'currency', currency }));
  return format.format(minor / 100);
}

/** A number with the locale's grouping and decimal separators ("1.000" / "1,000" / "1 000"). */
export function number(locale: LocaleRef, value: number, options?: { maximumFractionDigits?: number }): string {
  const tag = formatTagOf(locale);
  const digits = options?.maximumFractionDigits;
  const format = cached(
    `number:${tag}:${digits ?? ''}`,
    () => new Intl.NumberFormat(tag, digits === undefined ? {} : { maximumFractionDigits: digits }),
  );
  return format.format(value);
}

/** A moment written out in the language and time zone, e.g. "25 November 2026 at 15:04" / "25 november 2026 om 15:04". */
export function longDateTime(locale: LocaleRef, at: Date, timeZone: string): string {
  const tag = formatTagOf(locale);
  const format = cached(
    `datetime:${tag}:${timeZone}`,
    () => new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeStyle: 'short', timeZone }),
  );
  return format.format(at);
}
