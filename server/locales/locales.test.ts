import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FALLBACK_LANGUAGE, LANGUAGE_NAMES, LANGUAGES, type Language } from '../../contracts/languages.js';
import { AREAS, LOCALES_DIR, translate } from '../platform/i18n/index.js';

/**
 * The server catalogues are complete in every language of the programme: the same files and keys
 * as English, the plural forms CLDR gives the language, the same placeholders, and nothing left in
 * English unless the language's glossary (shared with the web app) allows it. A language whose
 * folder is missing fails here until its translation is added.
 */

type Tree = { [key: string]: string | Tree };

const WEB_LOCALES_DIR = fileURLToPath(new URL('../../web/src/locales/', import.meta.url));
/** i18next's plural suffixes (CLDR categories). */
const PLURAL = /_(zero|one|two|few|many|other)$/;

function readTree(language: string, file: string): Tree {
  return JSON.parse(readFileSync(join(LOCALES_DIR, language, file), 'utf8')) as Tree;
}

function flatten(tree: Tree, prefix = '', out = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else flatten(value, `${prefix}${key}.`, out);
  }
  return out;
}

const areaFiles = (language: string): string[] =>
  existsSync(join(LOCALES_DIR, language))
    ? readdirSync(join(LOCALES_DIR, language))
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];

/** Every key of every file of a language, as `area:path`. */
function keysOf(language: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of areaFiles(language)) {
    for (const [key, value] of flatten(readTree(language, file))) out.set(`${file.slice(0, -5)}:${key}`, value);
  }
  return out;
}

/** The words a language keeps as in English (`web/src/locales/<language>/glossary.json`); none without one. */
function sameAsEnglish(language: string): string[] {
  const path = join(WEB_LOCALES_DIR, language, 'glossary.json');
  if (!existsSync(path)) return [];
  const glossary = JSON.parse(readFileSync(path, 'utf8')) as { sameAsEnglish?: string[] };
  return glossary.sameAsEnglish ?? [];
}

const placeholders = (value: string) => [...new Set(value.match(/\{\{[^}]*\}\}/g) ?? [])].sort();
const baseKey = (key: string) => key.replace(PLURAL, '');

/** True when nothing of the text is left to translate once the glossary's untranslated words are taken out. */
function needsNoTranslation(value: string, allowed: string[]): boolean {
  let rest = value.replace(/\{\{[^}]*\}\}/g, ' ');
  for (const word of [...allowed].sort((a, b) => b.length - a.length)) {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    rest = rest.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu'), ' ');
  }
  return !/\p{L}/u.test(rest);
}

const en = keysOf(FALLBACK_LANGUAGE);
const enFiles = areaFiles(FALLBACK_LANGUAGE);

describe('the English server catalogue', () => {
  it('has one file per area, and texts in every file', () => {
    expect(enFiles).toEqual(AREAS.map((a) => `${a}.json`).sort());
    for (const file of enFiles) expect(flatten(readTree('en', file)).size).toBeGreaterThan(0);
  });

  it('fills placeholders and picks plural forms by CLDR, in English and in Dutch', () => {
    expect(translate('en', 'error.catalogue_invalid', { count: 1 })).toBe(
      'The catalogue file has 1 problem. Nothing was changed.',
    );
    expect(translate('nl', 'error.catalogue_invalid', { count: 3 })).toBe(
      'Het catalogusbestand bevat 3 problemen. Er is niets gewijzigd.',
    );
  });

  it('falls back to English for a language without a catalogue or an unknown one, never to a raw key', () => {
    for (const language of ['xx', null, undefined, ...LANGUAGES]) {
      expect(translate(language, 'error.not_found')).not.toBe('error.not_found');
    }
    expect(translate('xx', 'error.not_found')).toBe('We could not find what you asked for.');
  });

  it('does not interpolate again inside a filled-in value', () => {
    // An organisation named like a placeholder or a nesting must appear as typed.
    const organisation = '{{inviter}} $t(emails:common.logIn)';
    expect(translate('en', 'emails:accounts.invitation.subject', { organisation, inviter: 'X' })).toBe(
      `Invitation to the Business account of ${organisation}`,
    );
  });

  it('allows an English value only when the glossary lists every word of it', () => {
    expect(needsNoTranslation('CPS Priority support', ['CPS Priority support'])).toBe(true);
    expect(needsNoTranslation('Btw {{rate}}', [])).toBe(false);
    expect(needsNoTranslation('{{number}}', [])).toBe(true);
    expect(needsNoTranslation('Your IBAN', ['IBAN'])).toBe(false);
    expect(needsNoTranslation('CPSX', ['CPS'])).toBe(false);
  });
});

describe.each(LANGUAGES.map((language) => [language] as [Language]))('the %s server catalogue', (language) => {
  const own = keysOf(language);
  const plurals = new Intl.PluralRules(language).resolvedOptions().pluralCategories;

  it('has the same area files as English', () => {
    expect(areaFiles(language)).toEqual(enFiles);
  });

  it('has the same keys as English, plural forms aside', () => {
    const bases = (keys: Iterable<string>) => [...new Set([...keys].map(baseKey))].sort();
    expect(bases(own.keys())).toEqual(bases(en.keys()));
  });

  it("has exactly the language's CLDR plural forms for every counted text", () => {
    const counted = [...new Set([...en.keys()].filter((k) => PLURAL.test(k)).map(baseKey))];
    const wrong = counted.flatMap((base) => {
      const forms = [...own.keys()]
        .filter((k) => PLURAL.test(k) && baseKey(k) === base)
        .map((k) => k.match(PLURAL)![1])
        .sort();
      return forms.join() === [...plurals].sort().join() ? [] : [`${base}: ${forms.join(', ')}`];
    });
    expect(wrong).toEqual([]);
  });

  it('keeps the placeholders of the English text', () => {
    const wrong = [...own].flatMap(([key, value]) => {
      const english = en.get(key) ?? en.get(`${baseKey(key)}_other`);
      if (english === undefined) return [];
      const expected = placeholders(english).filter((p) => p !== '{{count}}' || !PLURAL.test(key));
      const actual = placeholders(value).filter((p) => p !== '{{count}}' || !PLURAL.test(key));
      return expected.join() === actual.join() ? [] : [`${key}: ${actual.join(' ')} ≠ ${expected.join(' ')}`];
    });
    expect(wrong).toEqual([]);
  });

  it.skipIf(language === FALLBACK_LANGUAGE)('translates every text its glossary does not allow as in English', () => {
    // Languages' own names are the same in every catalogue.
    const allowed = [...sameAsEnglish(language), ...Object.values(LANGUAGE_NAMES)];
    const untranslated = [...own]
      .filter(([key, value]) => en.get(key) === value && !needsNoTranslation(value, allowed))
      .map(([key, value]) => `${key}: ${value}`);
    expect(untranslated).toEqual([]);
  });
});
