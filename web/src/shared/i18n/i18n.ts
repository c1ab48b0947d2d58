import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { fallbackCatalogue, loadCatalogue } from '../../locales/index.js';
import {
  FALLBACK_LANGUAGE,
  LANGUAGES,
  type Language,
  type Locale,
  type ProgrammeCountry,
  parseLocale,
} from '../contracts.js';
import { localeOfTag, localeTag, pickInitialLocale, storedForm, type UiLocale, withLanguage } from './locale.js';

/** The languages of the UI: every language of the programme (contracts/languages.ts). */
export const UI_LANGUAGES = LANGUAGES;
export type UiLanguage = Language;
export { languageFromQuery } from './locale.js';
export type { UiLocale };

const STORAGE_KEY = 'propass.language';

/** Accepts `nl_NL`, `nl-NL`, `no` or `nl`; returns a supported UI language or null. */
export function parseLanguage(value: string | null | undefined): UiLanguage | null {
  return parseLocale(value)?.language ?? null;
}

/**
 * A language as the API's `locale` fields carry it (a user's language, an application's, an
 * invitation's). The server's `Locale` is meant to take every language of `LANGUAGES`; this is the one
 * place the web app relies on that.
 */
export function serverLocale(language: UiLanguage): Locale {
  return language as Locale;
}

function storedLocale(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function storeLocale(locale: UiLocale): void {
  try {
    localStorage.setItem(STORAGE_KEY, storedForm(locale));
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts for this page only.
  }
}

/**
 * The country someone told us (the link, a stored choice, the browser). Kept apart from i18next's
 * tag, which always names a country: without one, formats follow each language's home country
 * (Dutch nl-NL, then German de-DE), never the previous language's.
 */
let knownCountry: ProgrammeCountry | null = null;

/** The current language (from i18next's tag, e.g. `fr-BE`) and the country we were told. */
export function currentLocale(): UiLocale {
  return { language: localeOfTag(i18n.language).language, country: knownCountry };
}

export function currentLanguage(): UiLanguage {
  return currentLocale().language;
}

/** The locale a choice of language (or of language + country) leads to from the current one. */
export function nextLocale(next: UiLanguage | UiLocale): UiLocale {
  return withLanguage(currentLocale(), next);
}

/** Remembers a choice of language (keeping the country) or of locale for the next visit. */
export function storeLanguage(next: UiLanguage | UiLocale): void {
  storeLocale(nextLocale(next));
}

/** Fetches a language's catalogue once; a language without catalogues (or offline) shows English. */
async function ensureCatalogue(language: Language): Promise<void> {
  if (i18n.hasResourceBundle(language, 'translation')) return;
  try {
    const catalogue = await loadCatalogue(language);
    if (catalogue) i18n.addResourceBundle(language, 'translation', catalogue);
  } catch {
    // A chunk that fails to load (network, new deployment) leaves the English fallback showing.
  }
}

/**
 * Switches the UI to a language (the country stays) or to a language + country. The words switch
 * only once the language's catalogue is in, so a page never flashes English.
 */
export async function applyLanguage(next: UiLanguage | UiLocale): Promise<void> {
  const locale = nextLocale(next);
  await ensureCatalogue(locale.language);
  knownCountry = locale.country;
  document.documentElement.lang = locale.language;
  const tag = localeTag(locale);
  if (i18n.language !== tag) await i18n.changeLanguage(tag);
}

const first = pickInitialLocale({
  search: window.location.search,
  stored: storedLocale(),
  browser: navigator.languages ?? [navigator.language],
});
document.documentElement.lang = first.language;
knownCountry = first.country;

/**
 * Resolves once the first page's language is in (English is in the bundle, any other language is
 * fetched first): the app renders only then, so it never flashes English. Never rejects: a language
 * that cannot be fetched shows English.
 */
export const i18nReady: Promise<void> = (async () => {
  const firstCatalogue = await loadCatalogue(first.language).catch(() => null);
  await i18n.use(initReactI18next).init({
    resources: {
      [FALLBACK_LANGUAGE]: { translation: fallbackCatalogue },
      ...(firstCatalogue ? { [first.language]: { translation: firstCatalogue } } : {}),
    },
    lng: localeTag(first),
    fallbackLng: FALLBACK_LANGUAGE,
    // `nl-BE` uses the `nl` catalogue: the country changes formats, never words.
    load: 'languageOnly',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
})();

i18n.on('languageChanged', (tag) => {
  document.documentElement.lang = localeOfTag(tag).language;
});

export default i18n;
