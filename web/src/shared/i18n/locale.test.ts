import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, formatNumber, localName } from './format.js';
import {
  languageFromQuery,
  languagesFor,
  localeOfTag,
  localeTag,
  pickInitialLocale,
  storedForm,
  withLanguage,
} from './locale.js';

describe('the UI locale: language + country', () => {
  it('reads language and country from the link, in the forms people write', () => {
    expect(languageFromQuery('?language=fr_BE&source=itcg')).toEqual({ language: 'fr', country: 'BE' });
    expect(languageFromQuery('?language=de-AT')).toEqual({ language: 'de', country: 'AT' });
    expect(languageFromQuery('?language=it_CH')).toEqual({ language: 'it', country: 'CH' });
    expect(languageFromQuery('?language=no_NO')).toEqual({ language: 'nb', country: 'NO' });
    expect(languageFromQuery('?language=pl')).toEqual({ language: 'pl', country: null });
    expect(languageFromQuery('?language=xx_BE')).toBeNull();
  });

  it('starts from the link, then the stored choice, then the browser, then English', () => {
    const browser = ['de-AT', 'de'];
    expect(pickInitialLocale({ search: '?language=nl_BE', stored: 'sv', browser })).toEqual({
      language: 'nl',
      country: 'BE',
    });
    expect(pickInitialLocale({ search: '', stored: 'fr_LU', browser })).toEqual({ language: 'fr', country: 'LU' });
    // A stored choice from before countries were remembered is still read.
    expect(pickInitialLocale({ search: '', stored: 'nl', browser })).toEqual({ language: 'nl', country: null });
    expect(pickInitialLocale({ search: '', stored: null, browser: ['ja-JP', 'de-AT'] })).toEqual({
      language: 'de',
      country: 'AT',
    });
    expect(pickInitialLocale({ search: '?language=xx', stored: 'garbage', browser: ['ja'] })).toEqual({
      language: 'en',
      country: null,
    });
  });

  it('keeps the country when only the language changes, and remembers both', () => {
    const belgian = { language: 'nl', country: 'BE' } as const;
    expect(withLanguage(belgian, 'fr')).toEqual({ language: 'fr', country: 'BE' });
    expect(withLanguage(belgian, { language: 'de', country: 'AT' })).toEqual({ language: 'de', country: 'AT' });
    expect(withLanguage(belgian, { language: 'de', country: null })).toEqual({ language: 'de', country: 'BE' });
    expect(storedForm({ language: 'fr', country: 'BE' })).toBe('fr_BE');
    expect(storedForm({ language: 'pl', country: null })).toBe('pl');
  });

  it("formats by the country, or by the language's home country when none is known", () => {
    expect(localeTag({ language: 'fr', country: 'BE' })).toBe('fr-BE');
    expect(localeTag({ language: 'nb', country: null })).toBe('nb-NO');
    expect(localeTag({ language: 'en', country: null })).toBe('en-GB');
    expect(localeOfTag('de-CH')).toEqual({ language: 'de', country: 'CH' });
    expect(localeOfTag(undefined)).toEqual({ language: 'en', country: null });
  });

  it('offers a form the languages of the country, the chosen one and English', () => {
    expect(languagesFor('BE', 'nl')).toEqual(['nl', 'fr', 'de', 'en']);
    expect(languagesFor('CH', 'en')).toEqual(['de', 'fr', 'it', 'en']);
    expect(languagesFor('NL', 'pl')).toEqual(['nl', 'pl', 'en']);
    expect(languagesFor('', 'en')).toEqual(['en']);
    expect(languagesFor(undefined, 'nl')).toEqual(['nl', 'en']);
  });
});

describe('formats follow the country', () => {
  it('money, numbers and dates differ between countries of one language', () => {
    const nbsp = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
    // Swiss German groups with an apostrophe, German German with a dot.
    expect(formatNumber(1234567.5, 'de-CH')).toMatch(/^1['’]234['’]567\.5$/);
    expect(formatNumber(1234567.5, 'de-DE')).toBe('1.234.567,5');
    expect(nbsp(formatMoney(12100, 'EUR', 'de-AT'))).toBe('€ 121,00');
    expect(nbsp(formatMoney(12100, 'EUR', 'de-DE'))).toBe('121,00 €');
    expect(nbsp(formatMoney(12100, 'EUR', 'fr-BE'))).toBe('121,00 €');
    expect(nbsp(formatMoney(12100, 'CHF', 'fr-CH'))).toBe('121.00 CHF');
    expect(formatDate('2026-03-05', 'en-GB')).toBe('Thursday, 5 March 2026');
    expect(formatDate('2026-03-05', 'en-US')).toBe('Thursday, March 5, 2026');
  });

  it('names kept per language fall back to English', () => {
    const names = { nl: 'Goud', en: 'Gold' };
    expect(localName(names, 'nl-BE')).toBe('Goud');
    expect(localName(names, 'fr-BE')).toBe('Gold');
  });
});
