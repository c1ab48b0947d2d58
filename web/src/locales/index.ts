/// <reference types="vite/types/importMeta.d.ts" />
/**
 * The web app's catalogues: one folder per language (`<language>/<area>.json`). Adding a language is
 * adding its folder (and its line in contracts/languages.ts); nothing here names a language. Every
 * language, English (the fallback) included, is fetched on demand as separate chunks, so a page load
 * only downloads the language it shows (English only when it is shown or another language fails).
 * `glossary.json` beside the catalogues is the translators' word list, not a catalogue.
 */
import { isLanguage, type Language } from '../../../contracts/languages.js';

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

// Keys are `./<language>/<area>.json`, each a chunk loaded when its language is needed.
const lazy = import.meta.glob<Area>(['./*/*.json', '!./*/glossary.json'], { import: 'default' });

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

/** The languages that have catalogues in this build (a folder with at least one area file). */
export const availableLanguages: Language[] = [...new Set(Object.keys(lazy).map((path) => path.split('/')[1]))].filter(
  isLanguage,
);

/** A language's whole catalogue; null when the build has no files for it (the UI then shows English). */
export async function loadCatalogue(language: Language): Promise<Tree | null> {
  const loaders = areaFiles(lazy, language);
  if (loaders.length === 0) return null;
  return merge(...(await Promise.all(loaders.map((load) => load()))));
}
