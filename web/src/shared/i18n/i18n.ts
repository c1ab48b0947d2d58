import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources } from '../../locales/index.js';

export const UI_LANGUAGES = ['nl', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

const STORAGE_KEY = 'propass.language';

/** Accepts `nl_NL`, `nl-NL` or `nl`; returns a supported UI language or null. */
export function parseLanguage(value: string | null | undefined): UiLanguage | null {
  if (!value) return null;
  const base = value.trim().toLowerCase().split(/[_-]/)[0];
  return (UI_LANGUAGES as readonly string[]).includes(base ?? '') ? (base as UiLanguage) : null;
}

export function languageFromQuery(search: string): UiLanguage | null {
  return parseLanguage(new URLSearchParams(search).get('language'));
}

function storedLanguage(): UiLanguage | null {
  try {
    return parseLanguage(localStorage.getItem(STORAGE_KEY));
  } catch {
    return null;
  }
}

export function storeLanguage(language: UiLanguage): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts for this page only.
  }
}

function browserLanguage(): UiLanguage | null {
  for (const candidate of navigator.languages ?? [navigator.language]) {
    const language = parseLanguage(candidate);
    if (language) return language;
  }
  return null;
}

/** Order before we know the user: `?language=` → stored choice → browser → English. */
export function initialLanguage(): UiLanguage {
  return languageFromQuery(window.location.search) ?? storedLanguage() ?? browserLanguage() ?? 'en';
}

export function currentLanguage(): UiLanguage {
  return parseLanguage(i18n.language) ?? 'en';
}

export async function applyLanguage(language: UiLanguage): Promise<void> {
  document.documentElement.lang = language;
  if (i18n.language !== language) await i18n.changeLanguage(language);
}

const first = initialLanguage();
document.documentElement.lang = first;

void i18n.use(initReactI18next).init({
  resources: { en: { translation: resources.en }, nl: { translation: resources.nl } },
  lng: first,
  fallbackLng: 'en',
  supportedLngs: [...UI_LANGUAGES],
  interpolation: { escapeValue: false },
  returnNull: false,
});

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

export default i18n;
