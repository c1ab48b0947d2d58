import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import i18next, { type Resource } from 'i18next';
import { FALLBACK_LANGUAGE, LANGUAGES, type Language } from '../../../contracts/languages.js';

/** `server/locales/<language>/<area>.json`: a language is added as a folder (see the completeness test). */
export const LOCALES_DIR = fileURLToPath(new URL('../../locales/', import.meta.url));

/** The catalogue files of every language, in the order a translator would read them. */
export const AREAS = ['errors', 'emails', 'documents', 'faq', 'catalogue'] as const;
export type Area = (typeof AREAS)[number];

function readCatalogues(): Resource {
  const resources: Resource = {};
  for (const language of LANGUAGES) {
    const folder = join(LOCALES_DIR, language);
    if (!existsSync(folder)) continue;
    resources[language] = {};
    for (const file of readdirSync(folder)) {
      if (!file.endsWith('.json')) continue;
      resources[language][file.slice(0, -'.json'.length)] = JSON.parse(readFileSync(join(folder, file), 'utf8'));
    }
  }
  return resources;
}

const resources = readCatalogues();

/**
 * One i18next instance for the server, initialised synchronously from the JSON files: plural keys
 * follow CLDR through Intl.PluralRules, `{{name}}` placeholders are filled as they are (HTML is
 * escaped by whoever builds HTML, e.g. the e-mail layout), English is the fallback.
 */
export const catalogue = i18next.createInstance();
void catalogue.init({
  resources,
  lng: FALLBACK_LANGUAGE,
  fallbackLng: FALLBACK_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  ns: [...AREAS],
  defaultNS: 'errors',
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
  returnObjects: false,
});

/** The language a reader is addressed in: theirs when it has a catalogue folder, else English. */
export function spokenLanguage(language: Language): Language {
  return resources[language] ? language : FALLBACK_LANGUAGE;
}

/** The languages that have the area's catalogue file (FAQ seeding, completeness reports). */
export function catalogueLanguages(area: Area): Language[] {
  return LANGUAGES.filter((language) => resources[language]?.[area] !== undefined);
}

/** One area's catalogue of one language as read from its file (the FAQ seed reads whole articles). */
export function catalogueOf(language: Language, area: Area): Record<string, unknown> | undefined {
  return resources[language]?.[area] as Record<string, unknown> | undefined;
}
