import { describe, expect, it } from 'vitest';
import { COUNTRIES } from '../../shared/contracts.js';
import { CALLING_CODES, countryFromLink, phoneForCountry, vatForCountry, vatPrefix } from './prefill.js';

describe('registration prefill', () => {
  it('knows a calling code and a VAT prefix for every participating country', () => {
    for (const country of COUNTRIES) {
      expect(CALLING_CODES[country], country).toMatch(/^[1-9]\d{0,2}$/);
      expect(vatPrefix(country)).toMatch(/^[A-Z]{2,3}$/);
    }
    expect(vatPrefix('CH')).toBe('CHE');
    expect(CALLING_CODES.NL).toBe('31');
    expect(CALLING_CODES.BE).toBe('32');
  });

  it('takes the country from the guide link, when it names a participating one', () => {
    expect(countryFromLink('nl_NL')).toBe('NL');
    expect(countryFromLink('nl-BE')).toBe('BE');
    expect(countryFromLink('en')).toBeNull();
    expect(countryFromLink('en_US')).toBeNull();
    expect(countryFromLink(null)).toBeNull();
  });

  it('fills in a prefix that follows the country, and never overwrites what was typed', () => {
    expect(phoneForCountry('', 'NL')).toBe('+31 ');
    expect(phoneForCountry('+31 ', 'BE')).toBe('+32 ');
    expect(phoneForCountry('+31', 'DE')).toBe('+49 ');
    expect(phoneForCountry('+31 20 123 4567', 'BE')).toBe('+31 20 123 4567');
    expect(vatForCountry('', 'NL')).toBe('NL');
    expect(vatForCountry('NL', 'CH')).toBe('CHE');
    expect(vatForCountry('be', 'NL')).toBe('NL');
    expect(vatForCountry('NL004495445B01', 'BE')).toBe('NL004495445B01');
  });
});
