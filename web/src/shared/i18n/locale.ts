import {
  COUNTRY_LANGUAGES,
  FALLBACK_LANGUAGE,
  formatTag,
  isLanguage,
  isProgrammeCountry,
  type Language,
  localeCode,
  type ParsedLocale,
  type ProgrammeCountry,
  parseLocale,
} from '../../../../contracts/languages.js';

/**
 * The UI locale: the language picks the words, the country the formats. `country` is null when
 * nobody told us one (no `?language=xx_YY`, no stored choice, no browser region we know): formats
 * then follow the language's home country (`formatTag`).
 */
export type UiLocale = ParsedLocale;

export function languageFromQuery(search: string): UiLocale | null {
  return parseLocale(new URLSearchParams(search).get('language'));
}

/** Order before we know the user: `?language=` → stored choice → browser → English. */
export function pickInitialLocale(sources: {
  search: string;
  stored: string | null;
  browser: readonly string[];
}): UiLocale {
  const fromBrowser = sources.browser.map((tag) => parseLocale(tag)).find((locale) => locale !== null);
  return (
    languageFromQuery(sources.search) ??
    parseLocale(sources.stored) ??
    fromBrowser ?? { language: FALLBACK_LANGUAGE, country: null }
  );
}

/**
 * Another language for the same person: the country they are in stays (a Belgian firm keeps
 * Belgian dates and money when it switches from Dutch to French), unless the new choice names one.
 */
export function withLanguage(current: UiLocale, next: Language | UiLocale): UiLocale {
  if (typeof next === 'string') return { language: next, country: current.country };
  return { language: next.language, country: next.country ?? current.country };
}

/** How the choice is remembered in the browser: `fr_BE`, or just `fr` when no country is known. */
export function storedForm(locale: UiLocale): string {
  return locale.country ? localeCode(locale.language, locale.country) : locale.language;
}

/** The BCP 47 tag for `Intl` and i18next (`nl-BE`); i18next loads the language part only. */
export function localeTag(locale: UiLocale): string {
  return formatTag(locale.language, locale.country);
}

/** Reads back an i18next language (`nl-BE`, `en`) as language + country. */
export function localeOfTag(tag: string | null | undefined): UiLocale {
  return parseLocale(tag) ?? { language: FALLBACK_LANGUAGE, country: null };
}

/**
 * The languages a form offers for someone in a country (their e-mails, their account): the country's
 * own languages, then the one already chosen, then English. Unknown country: the chosen one and English.
 */
export function languagesFor(country: string | null | undefined, chosen?: string | null): Language[] {
  const own = isProgrammeCountry(country) ? COUNTRY_LANGUAGES[country] : [];
  return [...new Set([...own, ...(isLanguage(chosen) ? [chosen] : []), FALLBACK_LANGUAGE])];
}

export type { Language, ProgrammeCountry };
