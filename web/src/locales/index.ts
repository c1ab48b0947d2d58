/// <reference types="vite/types/importMeta.d.ts" />
/**
 * The web app's catalogues: one folder per language (`<language>/<area>.json`). Adding a language is
 * adding its folder (and its line in contracts/languages.ts); nothing here names a language but the
 * fallback. English is bundled with the app (it is the fallback for every missing key); every other
 * language is fetched on demand, as separate chunks, so a page load only downloads the language it shows.
 * `glossary.json` beside the catalogues is the translators' word list, not a catalogue.
 */
import { FALLBACK_LANGUAGE, isLanguage, type Language } from '../../../contracts/languages.js';

export type Tree = { [key: string]: string | Tree };
type Area = Record<string, Tree>;

/** The areas every language has (one file each); a page merges them into one namespace. */
export const AREAS = [
  'common',
  'account',
  'audit',
  'billing',
  'home',
  'insights',
  'membership',
  'organisations',
  'security',
  'support',
] as const;

// Keys are `./<language>/<area>.json`. The fallback's files are in the first bundle, the others lazy.
const bundled = import.meta.glob<Area>(['./en/*.json', '!./en/glossary.json'], { eager: true, import: 'default' });
const lazy = import.meta.glob<Area>(['./*/*.json', '!./en/*.json', '!./*/glossary.json'], { import: 'default' });

/** Area files add top-level sections to one tree; a section may not be defined twice. */
export function merge(...parts: Area[]): Tree {
  const out: Tree = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      if (key in out) throw new Error(`locale section "${key}" is defined twice`);
      out[key] = value;
    }
  }
  return out;
}

function areaFiles<T>(files: Record<string, T>, language: string): T[] {
  return Object.entries(files)
    .filter(([path]) => path.split('/')[1] === language)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, file]) => file);
}

/** The fallback language's catalogue, available synchronously. */
export const fallbackCatalogue: Tree = merge(...areaFiles(bundled, FALLBACK_LANGUAGE));

/** The languages that have catalogues in this build (a folder with at least one area file). */
export const availableLanguages: Language[] = [
  ...new Set([...Object.keys(bundled), ...Object.keys(lazy)].map((path) => path.split('/')[1])),
].filter(isLanguage);

/** A language's whole catalogue; null when the build has no files for it (the UI then shows English). */
export async function loadCatalogue(language: Language): Promise<Tree | null> {
  if (language === FALLBACK_LANGUAGE) return fallbackCatalogue;
  const loaders = areaFiles(lazy, language);
  if (loaders.length === 0) return null;
  return merge(...(await Promise.all(loaders.map((load) => load()))));
}
