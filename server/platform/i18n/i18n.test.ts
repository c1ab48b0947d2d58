import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../contracts/languages.js';
import { catalogueLanguages, pickLocale, pickLocaleAndCountry, speaker, translate } from './index.js';

describe('the language of a request', () => {
  it('reads every language of the programme from Accept-Language, with or without a country', () => {
    for (const language of LANGUAGES) {
      expect(pickLocale(language)).toBe(language);
      expect(pickLocale(`${language}-CH,en;q=0.5`)).toBe(language);
      expect(pickLocale(`xx, ${language}_BE;q=0.8`)).toBe(language);
    }
  });

  it('reads Norwegian under its other codes as bokmål, and keeps a programme country', () => {
    expect(pickLocale('no')).toBe('nb');
    expect(pickLocale('nn-NO')).toBe('nb');
    expect(pickLocaleAndCountry('fr-BE,fr;q=0.9')).toEqual({ language: 'fr', country: 'BE' });
    expect(pickLocaleAndCountry('de-US')).toEqual({ language: 'de', country: null });
  });

  it('follows the weights, ignores refused (q=0) languages and falls back when none is spoken', () => {
    expect(pickLocale('en;q=0.3, da;q=0.9')).toBe('da');
    expect(pickLocale('pl;q=0, hu;q=0.1')).toBe('hu');
    expect(pickLocale('ja, zh-CN')).toBe('en');
    expect(pickLocale('ja', 'nl')).toBe('nl');
    expect(pickLocale(undefined)).toBe('en');
  });
});

describe('formats of the locale: language + country', () => {
  it("writes dates and money in the country's formats, in the language the reader is addressed in", () => {
    const spoken = catalogueLanguages('emails');
    for (const language of LANGUAGES) {
      const own = spoken.includes(language) ? language : 'en';
      const reader = speaker({ language, country: 'AT' });
      expect(reader.tag).toBe(`${own}-AT`);
      expect(reader.money(123456, 'EUR')).toBe(
        new Intl.NumberFormat(`${own}-AT`, { style: 'currency', currency: 'EUR' }).format(1234.56),
      );
    }
  });

  it("gives an English reader in Austria CLDR's English-in-Austria formats, and the home country's without one", () => {
    expect(speaker({ language: 'en', country: 'AT' }).money(123456, 'EUR')).toBe('€\u00a01.234,56');
    expect(speaker('en').money(123456, 'EUR')).toBe('€1,234.56');
    expect(speaker({ language: 'nl', country: 'BE' }).tag).toBe('nl-BE');
    expect(speaker({ language: 'nl', country: 'US' }).tag).toBe('nl-NL');
    expect(speaker('nl').date('2026-12-28')).toBe('28 december 2026');
  });

  it('never shows a key: a language without its catalogue reads English', () => {
    for (const language of LANGUAGES) {
      const text = translate(language, 'emails:verification.received.subject', { reference: 'PP-1' });
      expect(text).toContain('PP-1');
      expect(text).not.toContain('verification.received');
    }
  });
});
