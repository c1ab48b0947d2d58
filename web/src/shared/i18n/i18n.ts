import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
// The language list straight from its module: the contracts barrel would bring zod and every schema
// into the first download.
import {
  FALLBACK_LANGUAGE,
  LANGUAGES,
  type Language,
  type ProgrammeCountry,
  parseLocale,
} from '../../../../contracts/languages.js';
import { loadCatalogue } from '../../locales/index.js';
import type { Locale } from '../contracts.js';
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

const loading = new Map<Language, Promise<boolean>>();

/**
 * Fetches a language's catalogue once (every language is a chunk, English too); false when the build
 * has none for it or the chunk cannot be fetched (network, new deployment).
 */
function ensureCatalogue(language: Language): Promise<boolean> {
  if (i18n.hasResourceBundle(language, 'translation')) return Promise.resolve(true);
  let pending = loading.get(language);
  if (!pending) {
    pending = loadCatalogue(language).then(
      (catalogue) => {
        if (catalogue) i18n.addResourceBundle(language, 'translation', catalogue);
        else loading.delete(language);
        return catalogue !== null;
      },
      () => {
        loading.delete(language);
        return false;
      },
    );
    loading.set(language, pending);
  }
  return pending;
}

/** A language's words, or English's when the language cannot be had (English is then shown). */
async function ensureWords(language: Language): Promise<void> {
  if (!(await ensureCatalogue(language))) await ensureCatalogue(FALLBACK_LANGUAGE);
}

/**
 * Switches the UI to a language (the country stays) or to a language + country. The words switch
 * only once the language's catalogue is in, so a page never flashes English.
 */
export async function applyLanguage(next: UiLanguage | UiLocale): Promise<void> {
  const locale = nextLocale(next);
  await ensureWords(locale.language);
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
 * Resolves once the first page's language is in (fetched like every language, English included): the
 * app renders only then, so it never flashes untranslated keys. English is fetched too only when the
 * language cannot be, or when a key turns out missing (then the page re-renders with it). Never
 * rejects: without any catalogue the keys show.
 */
export const i18nReady: Promise<void> = (async () => {
  await i18n.use(initReactI18next).init({
    resources: {},
    lng: localeTag(first),
    fallbackLng: FALLBACK_LANGUAGE,
    // `nl-BE` uses the `nl` catalogue: the country changes formats, never words.
    load: 'languageOnly',
    interpolation: { escapeValue: false },
    returnNull: false,
    // A key the language lacks is looked up in English, fetched at that moment.
    saveMissing: true,
    missingKeyHandler: () => void ensureCatalogue(FALLBACK_LANGUAGE),
    // Re-render when a catalogue arrives (the English fallback after a missing key).
    react: { bindI18nStore: 'added' },
  });
  await ensureWords(first.language);
})();

i18n.on('languageChanged', (tag) => {
  document.documentElement.lang = localeOfTag(tag).language;
});

export default i18n;
