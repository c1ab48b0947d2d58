/**
 * The languages and countries of the programme, in one place for the server and the web app.
 * A locale is language + country (`fr_BE`): the language picks the words, the country the formats
 * (dates, numbers, money, postcodes, phone hints). Adding a language is a line here plus its catalogues.
 */

/** The 15 languages of the 20 participating countries; `en` is the fallback. */
export const LANGUAGES = [
  'nl',
  'en',
  'de',
  'fr',
  'it',
  'es',
  'pt',
  'pl',
  'cs',
  'sk',
  'hu',
  'da',
  'sv',
  'fi',
  'nb',
] as const;
export type Language = (typeof LANGUAGES)[number];
export const FALLBACK_LANGUAGE: Language = 'en';

/** The participating countries (ISO 3166-1 alpha-2), DESIGN.md §3. */
export const COUNTRIES = [
  'AT',
  'BE',
  'CZ',
  'DE',
  'DK',
  'ES',
  'FI',
  'FR',
  'GB',
  'HU',
  'IE',
  'IT',
  'LU',
  'NL',
  'NO',
  'PL',
  'PT',
  'SE',
  'SK',
  'CH',
] as const;
export const PROGRAMME_COUNTRIES = COUNTRIES;
export type ProgrammeCountry = (typeof COUNTRIES)[number];

/** The languages the product offers in each country, the usual one first. */
export const COUNTRY_LANGUAGES: Record<ProgrammeCountry, readonly Language[]> = {
  AT: ['de'],
  BE: ['nl', 'fr', 'de'],
  CH: ['de', 'fr', 'it'],
  CZ: ['cs'],
  DE: ['de'],
  DK: ['da'],
  ES: ['es'],
  FI: ['fi', 'sv'],
  FR: ['fr'],
  GB: ['en'],
  HU: ['hu'],
  IE: ['en'],
  IT: ['it'],
  LU: ['fr', 'de'],
  NL: ['nl'],
  NO: ['nb'],
  PL: ['pl'],
  PT: ['pt'],
  SE: ['sv'],
  SK: ['sk'],
};

/** The country whose formats a language uses when no country is known. */
export const LANGUAGE_HOME_COUNTRY: Record<Language, ProgrammeCountry> = {
  nl: 'NL',
  en: 'GB',
  de: 'DE',
  fr: 'FR',
  it: 'IT',
  es: 'ES',
  pt: 'PT',
  pl: 'PL',
  cs: 'CZ',
  sk: 'SK',
  hu: 'HU',
  da: 'DK',
  sv: 'SE',
  fi: 'FI',
  nb: 'NO',
};

/** Each language's own name, as a language menu shows it. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  nl: 'Nederlands',
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  it: 'Italiano',
  es: 'Español',
  pt: 'Português',
  pl: 'Polski',
  cs: 'Čeština',
  sk: 'Slovenčina',
  hu: 'Magyar',
  da: 'Dansk',
  sv: 'Svenska',
  fi: 'Suomi',
  nb: 'Norsk bokmål',
};

export interface ParsedLocale {
  language: Language;
  /** The country of the tag when it named one of the programme's countries, else null. */
  country: ProgrammeCountry | null;
}

// Tags people and browsers write for a language we speak under another code.
const LANGUAGE_ALIASES: Record<string, Language> = { no: 'nb', nn: 'nb' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function isProgrammeCountry(value: unknown): value is ProgrammeCountry {
  return typeof value === 'string' && (PROGRAMME_COUNTRIES as readonly string[]).includes(value);
}

/**
 * Reads `fr_BE`, `fr-BE`, `fr`, `de-CH`, `nb_NO`, `no` (any case) as language + country.
 * Returns null for a language the product does not speak; a country outside the programme is dropped.
 */
export function parseLocale(value: string | null | undefined): ParsedLocale | null {
  if (!value) return null;
  const [rawLanguage = '', rawCountry = ''] = value.trim().split(/[_-]/);
  const lower = rawLanguage.toLowerCase();
  const language = LANGUAGE_ALIASES[lower] ?? lower;
  if (!isLanguage(language)) return null;
  const country = rawCountry.toUpperCase();
  return { language, country: isProgrammeCountry(country) ? country : null };
}

/** The BCP 47 tag for formatting (`fr-BE`); without a country, the language's home country. */
export function formatTag(language: Language, country?: ProgrammeCountry | null): string {
  return `${language}-${country ?? LANGUAGE_HOME_COUNTRY[language]}`;
}

/** The locale as the product writes it (`fr_BE`). */
export function localeCode(language: Language, country?: ProgrammeCountry | null): string {
  return `${language}_${country ?? LANGUAGE_HOME_COUNTRY[language]}`;
}
