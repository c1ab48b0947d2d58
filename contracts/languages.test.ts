import { describe, expect, it } from 'vitest';
import { COUNTRY_LANGUAGES, formatTag, LANGUAGES, localeCode, PROGRAMME_COUNTRIES, parseLocale } from './languages.js';

describe('locales: language + country', () => {
  it('reads the forms a registration link or a browser uses', () => {
    expect(parseLocale('fr_BE')).toEqual({ language: 'fr', country: 'BE' });
    expect(parseLocale('de-at')).toEqual({ language: 'de', country: 'AT' });
    expect(parseLocale('NL')).toEqual({ language: 'nl', country: null });
    expect(parseLocale('no_NO')).toEqual({ language: 'nb', country: 'NO' });
    expect(parseLocale('en_US')).toEqual({ language: 'en', country: null });
    expect(parseLocale('ja_JP')).toBeNull();
    expect(parseLocale('')).toBeNull();
  });

  it('formats by the country, or by the language’s home country', () => {
    expect(formatTag('fr', 'BE')).toBe('fr-BE');
    expect(formatTag('de')).toBe('de-DE');
    expect(localeCode('nb')).toBe('nb_NO');
  });

  it('every programme country speaks languages the product has, and every language is spoken somewhere', () => {
    expect(Object.keys(COUNTRY_LANGUAGES).sort()).toEqual([...PROGRAMME_COUNTRIES].sort());
    const spoken = new Set(Object.values(COUNTRY_LANGUAGES).flat());
    expect(LANGUAGES.filter((language) => !spoken.has(language))).toEqual([]);
  });
});
