import { useTranslation } from 'react-i18next';
import type { Language } from '../contracts.js';
import { localeOfTag } from './locale.js';

/*
 * Every `language` argument below is a BCP 47 tag such as `fr-BE` (i18next's current language is
 * the tag of the UI's language + country, see i18n.ts): the words come from the language, the
 * formats from the country.
 */

const regionNames = new Map<string, Intl.DisplayNames>();

export function countryName(code: string, language: string): string {
  let names = regionNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language], { type: 'region' });
    regionNames.set(language, names);
  }
  return names.of(code) ?? code;
}

/** Formats a `YYYY-MM-DD` calendar date without shifting it through the local time zone. */
export function formatDate(value: string | null | undefined, language: string): string {
  if (!value) return '—';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const options: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) options.timeZone = 'UTC';
  return new Intl.DateTimeFormat(language, options).format(date);
}

export function formatDateTime(value: string | null | undefined, language: string): string {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** "in 5 hours" / "3 days ago", in the UI language. */
export function formatRelative(value: string, language: string, now = Date.now()): string {
  const diffMs = new Date(value).getTime() - now;
  const rtf = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  const minutes = Math.round(diffMs / 60_000);
  if (Math.abs(minutes) < 60) return rtf.format(minutes, 'minute');
  const hours = Math.round(diffMs / 3_600_000);
  if (Math.abs(hours) < 48) return rtf.format(hours, 'hour');
  return rtf.format(Math.round(diffMs / 86_400_000), 'day');
}

export function formatBytes(bytes: number, language: string): string {
  const units = ['byte', 'kilobyte', 'megabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

/**
 * A name the server keeps per language (a tier's name), in the UI language; else, for a standard
 * tier, the UI's own word for its code (`tier.silver` → "Silber"); else English.
 * `language` may be a tag (`nl-BE`).
 */
export function localName(
  names: { en: string } & Partial<Record<Language, string>>,
  language: string,
  standard?: { code: string; t: (key: string) => string; exists: (key: string) => boolean },
): string {
  const own = names[localeOfTag(language).language];
  if (own) return own;
  if (standard?.exists(`tier.${standard.code}`)) return standard.t(`tier.${standard.code}`);
  return names.en;
}

/** Money in minor units (12100 EUR → "€ 121,00" in nl-NL, "121,00 €" in fr-BE). */
export function formatMoney(minor: number, currency: string, language: string): string {
  const digits =
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return new Intl.NumberFormat(language, { style: 'currency', currency }).format(minor / 10 ** digits);
}

export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language).format(value);
}

/** The UI's language and country, and their formatting tag (`fr-BE`); re-renders on a switch. */
export function useLocale() {
  const { i18n } = useTranslation();
  const tag = i18n.language;
  return { ...localeOfTag(tag), tag };
}

/** Shorthands bound to the current UI language and country. */
export function useFormat() {
  const { tag: language, ...locale } = useLocale();
  return {
    /** The formatting tag (`nl-BE`), for `Intl` and `localeCompare`. */
    language,
    locale,
    money: (minor: number, currency: string) => formatMoney(minor, currency, language),
    number: (value: number) => formatNumber(value, language),
    country: (code: string) => countryName(code, language),
    date: (value: string | null | undefined) => formatDate(value, language),
    dateTime: (value: string | null | undefined) => formatDateTime(value, language),
    relative: (value: string) => formatRelative(value, language),
    bytes: (bytes: number) => formatBytes(bytes, language),
  };
}
