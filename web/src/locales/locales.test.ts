import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APPLICATION_STATUSES,
  DOCUMENT_KINDS,
  FALLBACK_LANGUAGE,
  LANGUAGE_NAMES,
  LANGUAGES,
  type Language,
  REJECT_REASONS,
  Role,
} from '../../../contracts/index.js';
import { AREAS, availableLanguages, loadCatalogue, merge, type Tree } from './index.js';

/*
 * Every language of contracts/languages.ts must have a complete catalogue folder: a language whose
 * folder is missing or incomplete fails here, so a language is never shipped half translated.
 */

const LOCALES_DIR = import.meta.dirname;
const GLOSSARY = 'glossary.json';
/** i18next's plural suffixes (CLDR categories). */
const PLURAL = /_(zero|one|two|few|many|other)$/;
/** Trans components' tags: numbered (`<1>`) or the few inline HTML ones; `<key>` in a sentence is text. */
const TAG = /<\/?(?:\d+|strong|b|i|em|br|code)\s*\/?>/g;
/** The seed words whose translation must be used wherever English uses them (DESIGN.md §3). */
const SEED_TERMS = [
  'Business account',
  'Company details',
  'My products',
  'MIGRATE PRODUCTS',
  'View product',
  'Available CPS categories',
  'CPS Priority support',
];

interface Glossary {
  terms: Record<string, string>;
  sameAsEnglish: string[];
  /** Declined forms of a term where the language has cases (pl, cs, sk …). */
  forms?: Record<string, string[]>;
}

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

function areaFiles(language: string): string[] {
  const dir = join(LOCALES_DIR, language);
  if (!existsSync(dir)) throw new Error(`no catalogue folder web/src/locales/${language}/`);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && name !== GLOSSARY)
    .sort();
}

function readJson<T>(language: string, name: string): T {
  return JSON.parse(readFileSync(join(LOCALES_DIR, language, name), 'utf8')) as T;
}

/** A language's catalogue read from disk, merged as the app merges it. */
function catalogueOnDisk(language: string): Tree {
  return merge(...areaFiles(language).map((name) => readJson<Record<string, Tree>>(language, name)));
}

function glossaryOf(language: string): Glossary {
  const glossary = readJson<Partial<Glossary>>(language, GLOSSARY);
  return { terms: glossary.terms ?? {}, sameAsEnglish: glossary.sameAsEnglish ?? [], forms: glossary.forms ?? {} };
}

const baseKey = (key: string) => key.replace(PLURAL, '');
const isPlural = (key: string) => PLURAL.test(key);

/** `{{name}}` placeholders (formats included) and `<1>`/`</1>`/`<strong>` tags of a text. */
function markup(value: string): string[] {
  const placeholders = [...value.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)].map((m) => `{{${m[1]!.replace(/\s+/g, '')}}}`);
  const tags = [...value.matchAll(TAG)].map((m) => m[0].replace(/\s+/g, ''));
  return [...new Set([...placeholders, ...tags])].sort();
}

/** The markup of a key, all plural forms of a plural key together (a form may leave `{{count}}` out). */
function markupByBase(keys: Map<string, string>): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  for (const [key, value] of keys) {
    const base = isPlural(key) ? `${baseKey(key)}_*` : key;
    const set = out.get(base) ?? new Set<string>();
    for (const item of markup(value)) set.add(item);
    out.set(base, set);
  }
  return new Map([...out].map(([key, set]) => [key, [...set].sort()]));
}

/** True when nothing of the text is left to translate once the glossary's untranslated words are taken out. */
function needsNoTranslation(value: string, sameAsEnglish: string[]): boolean {
  let rest = value.replace(/\{\{[^}]*\}\}/g, ' ').replace(TAG, ' ');
  for (const word of [...sameAsEnglish].sort((a, b) => b.length - a.length)) {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    rest = rest.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu'), ' ');
  }
  return !/\p{L}/u.test(rest);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

const en = flatten(catalogueOnDisk(FALLBACK_LANGUAGE));
const enFiles = areaFiles(FALLBACK_LANGUAGE);
/** English as the app loads it (a chunk like every language's). */
const fallbackCatalogue = (await loadCatalogue(FALLBACK_LANGUAGE)) ?? {};
const enMarkup = markupByBase(en);

describe('the checks themselves', () => {
  it('read placeholders, formats and tags as a set', () => {
    expect(markup('<1>{{count, number}}</1> of {{ total }} <strong>x</strong> {{count}} <key>')).toEqual(
      ['</1>', '</strong>', '<1>', '<strong>', '{{count,number}}', '{{count}}', '{{total}}'].sort(),
    );
  });

  it('allow an English value only when the glossary lists every word of it', () => {
    expect(needsNoTranslation('CPS Priority support', ['CPS Priority support'])).toBe(true);
    expect(needsNoTranslation('IBAN / BIC: {{iban}}', ['IBAN', 'BIC'])).toBe(true);
    expect(needsNoTranslation('12:00 – 3', [])).toBe(true);
    expect(needsNoTranslation('Your IBAN', ['IBAN'])).toBe(false);
    // A listed word inside another word is not that word.
    expect(needsNoTranslation('CPSX', ['CPS'])).toBe(false);
  });
});

describe.each(LANGUAGES)('catalogue %s', (language: Language) => {
  const keys = () => flatten(catalogueOnDisk(language));

  it('has the same area files as English (and a glossary)', () => {
    expect(areaFiles(language)).toEqual(enFiles);
    expect(existsSync(join(LOCALES_DIR, language, GLOSSARY))).toBe(true);
  });

  it('has the same keys as English, plural forms aside', () => {
    const own = keys();
    const ownBases = new Set([...own.keys()].map((key) => (isPlural(key) ? `${baseKey(key)}_*` : key)));
    const enBases = new Set([...en.keys()].map((key) => (isPlural(key) ? `${baseKey(key)}_*` : key)));
    const missing = [...enBases].filter((key) => !ownBases.has(key));
    const extra = [...ownBases].filter((key) => !enBases.has(key));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it("has exactly its language's plural forms (CLDR)", () => {
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    const forms = new Map<string, string[]>();
    for (const key of keys().keys()) {
      if (!isPlural(key)) continue;
      forms.set(baseKey(key), [...(forms.get(baseKey(key)) ?? []), key.match(PLURAL)![1]!]);
    }
    const expected = [...categories].sort();
    const wrong = [...forms]
      .map(([base, found]) => ({ base, found: found.sort() }))
      .filter(({ found }) => found.join() !== expected.join());
    expect({ expected, wrong }).toEqual({ expected, wrong: [] });
  });

  it('keeps the placeholders and tags of English', () => {
    const own = markupByBase(keys());
    const different = [...own]
      .filter(([key, items]) => enMarkup.has(key) && enMarkup.get(key)!.join(' ') !== items.join(' '))
      .map(([key, items]) => ({ key, english: enMarkup.get(key), found: items }));
    expect(different).toEqual([]);
  });

  it.skipIf(language === FALLBACK_LANGUAGE)('translates every text its glossary does not allow as in English', () => {
    // Languages' own names (the language menu's words) are the same in every catalogue.
    const allowed = [...glossaryOf(language).sameAsEnglish, ...Object.values(LANGUAGE_NAMES)];
    const untranslated = [...keys()]
      .filter(([key, value]) => en.get(key) === value && !needsNoTranslation(value, allowed))
      .map(([key, value]) => `${key}: ${value}`);
    expect(untranslated).toEqual([]);
  });

  it("uses its glossary's words for the seed terms", () => {
    const { terms, forms = {} } = glossaryOf(language);
    const missingTerms = SEED_TERMS.filter((term) => !terms[term]);
    expect({ missingTerms }).toEqual({ missingTerms: [] });
    const own = keys();
    const misses: string[] = [];
    for (const term of SEED_TERMS) {
      const translated = terms[term]?.toLowerCase();
      if (!translated) continue;
      // Languages with cases decline the term ("konta firmowego"): the glossary lists those forms.
      const accepted = [translated, ...(forms[term] ?? []).map((form) => form.toLowerCase())];
      for (const [key, english] of en) {
        const value = own.get(key);
        // The seed word as English writes it (the button's "MIGRATE PRODUCTS", not "migrate products").
        if (value === undefined || !english.includes(term)) continue;
        if (!accepted.some((form) => value.toLowerCase().includes(form)))
          misses.push(`${key}: "${term}" → "${terms[term]}": ${value}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('is what the app loads for the language', async () => {
    expect(availableLanguages).toContain(language);
    expect(await loadCatalogue(language)).toEqual(catalogueOnDisk(language));
  });
});

describe('locales', () => {
  it('the app loads every area, never the glossary', () => {
    expect(enFiles).toEqual(AREAS.map((area) => `${area}.json`).sort());
    expect(fallbackCatalogue).toEqual(catalogueOnDisk(FALLBACK_LANGUAGE));
    // `terms` is also the terms-of-use page's own namespace, so the glossary shows by its own keys.
    const glossary = glossaryOf(FALLBACK_LANGUAGE);
    expect(Object.keys(fallbackCatalogue)).not.toContain('sameAsEnglish');
    const termsNamespace = Object.keys((fallbackCatalogue.terms ?? {}) as Tree);
    expect(termsNamespace.filter((key) => key in glossary.terms)).toEqual([]);
  });

  it('every literal key used in the code exists', () => {
    const keys = flatten(fallbackCatalogue);
    /** A key used as `t('a.b', { count })` is present as `a.b_one` / `a.b_other`. */
    const has = (key: string) => keys.has(key) || keys.has(`${key}_other`);
    const root = join(import.meta.dirname, '..');
    const used = new Set<string>();
    for (const file of sourceFiles(root)) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\('([a-zA-Z0-9_.]+)'/g)) used.add(match[1]!);
      for (const match of text.matchAll(/(?:label|key): '([a-z][a-zA-Z]+\.[a-zA-Z0-9_.]+)'/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(100);
    expect([...used].filter((key) => !has(key))).toEqual([]);
  });

  it('translates every status, document kind, reject reason and role', () => {
    const keys = flatten(fallbackCatalogue);
    const wanted = [
      ...APPLICATION_STATUSES.map((s) => `applicationStatus.${s}`),
      ...DOCUMENT_KINDS.map((k) => `documentKind.${k}`),
      ...REJECT_REASONS.map((r) => `rejectReason.${r}`),
      ...Role.options.map((r) => `role.${r}`),
    ];
    // The other languages have the same keys (checked per language above).
    expect(wanted.filter((key) => !keys.has(key))).toEqual([]);
  });
});
