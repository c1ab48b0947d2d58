import type { Locale } from '../../../contracts/common.js';
import { FALLBACK_LANGUAGE, isLanguage, type ProgrammeCountry, parseLocale } from '../../../contracts/languages.js';
import { catalogue } from './catalogue.js';
import { formatTagOf, type LocaleRef, languageOf, longDate, money, number } from './format.js';

export { AREAS, type Area, catalogueLanguages, catalogueOf, LOCALES_DIR } from './catalogue.js';
export { formatTagOf, languageOf } from './format.js';
export { TEXT_SEARCH_CONFIG } from './text-search.js';
export type { Locale, LocaleRef };

export type Params = Record<string, string | number>;

/**
 * The server's one translation function. `key` is `area:path` (`emails:billing.reminder.subjectAfter`);
 * without an area it is an API error or field message (`error.not_found`, area `errors`). Plural
 * keys (`_one`, `_few`, `_other`, …) are chosen by `count` with the language's CLDR rules. A language
 * without a catalogue, or a key missing in one, falls back to English; the completeness test keeps
 * every language that has a catalogue complete, so a user never sees a raw key.
 */
export function translate(locale: Locale | string | null | undefined, key: string, params: Params = {}): string {
  const language = isLanguage(locale) ? locale : FALLBACK_LANGUAGE;
  return catalogue.t(key, { ...params, lng: language });
}

/** `translate` bound to one language, for a template that needs many texts. */
export const translator =
  (locale: Locale) =>
  (key: string, params?: Params): string =>
    translate(locale, key, params);

/**
 * The best of the programme's languages (and the country, when the tag names one) from an
 * Accept-Language header or a `fr_BE` / `de-CH` / `no` style tag; `fallback` when none is spoken.
 */
export function pickLocaleAndCountry(
  header: string | undefined | null,
  fallback: Locale = FALLBACK_LANGUAGE,
): { language: Locale; country: ProgrammeCountry | null } {
  if (header) {
    const ranked = header
      .split(',')
      .map((part, index) => {
        const [tag = '', ...rest] = part.trim().split(';');
        const q = rest.find((p) => p.trim().startsWith('q='));
        const weight = q ? Number(q.trim().slice(2)) : 1;
        return { tag, q: Number.isFinite(weight) ? weight : 0, index };
      })
      .filter((r) => r.q > 0)
      // Equal weights keep the header's order (Array.prototype.sort is stable).
      .sort((a, b) => b.q - a.q);
    for (const { tag } of ranked) {
      const parsed = parseLocale(tag);
      if (parsed) return parsed;
    }
  }
  return { language: fallback, country: null };
}

/** The best of the programme's 15 languages from an Accept-Language header (or `nl_NL` / `nl-BE` / `no` tags). */
export function pickLocale(header: string | undefined | null, fallback: Locale = FALLBACK_LANGUAGE): Locale {
  return pickLocaleAndCountry(header, fallback).language;
}

/** What a template needs for one reader: the words of their language, the formats of their locale. */
export type Speaker = {
  language: Locale;
  /** The BCP 47 tag of the formats (`fr-BE`). */
  tag: string;
  t: (key: string, params?: Params) => string;
  date: (iso: string) => string;
  money: (minor: number, currency: string) => string;
  number: (value: number) => string;
};

export function speaker(locale: LocaleRef): Speaker {
  const language = languageOf(locale);
  return {
    language,
    tag: formatTagOf(locale),
    t: translator(language),
    date: (iso) => longDate(locale, iso),
    money: (minor, currency) => money(locale, minor, currency),
    number: (value) => number(locale, value),
  };
}

/**
 * A value kept per language in the data (tier names and benefits, written by admins in the
 * languages they have): the reader's language, else English.
 */
export function inLanguage<T>(values: Partial<Record<Locale, T>> | null | undefined, locale: Locale): T | undefined {
  return values?.[locale] ?? values?.[FALLBACK_LANGUAGE];
}

/**
 * A tier's name for a reader: the name admins gave it in that language, else the programme's
 * standard name of its code in that language (`catalogue:tier.silver` → "Silber"), else English.
 * Admins name tiers in Dutch and English; the standard tiers keep one word per language everywhere.
 */
export function tierNameIn(
  names: Partial<Record<Locale, string>> | null | undefined,
  code: string,
  locale: Locale,
): string {
  const own = names?.[locale];
  if (own) return own;
  const key = `catalogue:tier.${code}`;
  if (catalogue.exists(key, { lng: locale, fallbackLng: false })) return catalogue.t(key, { lng: locale });
  return names?.[FALLBACK_LANGUAGE] ?? code;
}

/**
 * A tier's benefits for a reader: the list admins wrote in that language; else, while the English
 * list is still the programme's standard one for the code, the standard list in that language
 * (`catalogue:tierBenefits.<code>`); else English. An English list an admin changed is never
 * replaced by the standard words of another language.
 */
export function tierBenefitsIn(
  benefits: Partial<Record<Locale, string[]>> | null | undefined,
  code: string,
  locale: Locale,
): string[] {
  const own = benefits?.[locale];
  if (own) return own;
  const english = benefits?.[FALLBACK_LANGUAGE] ?? [];
  const standard = (language: Locale) => {
    const list = catalogue.t(`catalogue:tierBenefits.${code}`, {
      lng: language,
      returnObjects: true,
      fallbackLng: false,
    });
    return list && typeof list === 'object' ? Object.values(list as Record<string, string>) : null;
  };
  const standardEnglish = standard(FALLBACK_LANGUAGE);
  const translated = standard(locale);
  if (translated && standardEnglish && standardEnglish.join('\n') === english.join('\n')) return translated;
  return english;
}
