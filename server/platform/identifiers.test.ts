import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPostcode, checkVatNumber, isSepaIban, normaliseIban, VAT_NUMBER_MAX } from './identifiers.js';

type Examples = Record<string, { valid: string[]; invalid: string[] }>;
const published = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../test-data/identifiers/stdnum-examples.json'), 'utf8'),
) as { vat: Examples; iban: Examples };

const PROGRAMME_COUNTRIES = 'AT BE CH CZ DE DK ES FI FR GB HU IE IT LU NL NO PL PT SE SK'.split(' ');

describe('VAT numbers agree with the reference library on its published examples', () => {
  it('has at least 20 real examples for each of the 20 countries', () => {
    for (const country of PROGRAMME_COUNTRIES) {
      const examples = published.vat[country]!;
      expect(examples.valid.length + examples.invalid.length, country).toBeGreaterThanOrEqual(20);
    }
  });

  for (const country of PROGRAMME_COUNTRIES) {
    it(`${country}: accepts every valid number as written and refuses every invalid one`, () => {
      const { valid, invalid } = published.vat[country]!;
      const wronglyRefused = valid.filter((n) => !checkVatNumber(n, country).valid);
      const wronglyAccepted = invalid.filter((n) => checkVatNumber(n, country).valid);
      expect({ wronglyRefused, wronglyAccepted }).toEqual({ wronglyRefused: [], wronglyAccepted: [] });
      for (const n of valid) {
        const { normalised } = checkVatNumber(n, country);
        expect(normalised.length).toBeLessThanOrEqual(VAT_NUMBER_MAX);
        expect(normalised).toMatch(/^[A-Z0-9]+$/);
        expect(normalised.startsWith(country === 'CH' ? 'CHE' : country)).toBe(true);
        // Normalising is stable: the normalised number checks to itself.
        expect(checkVatNumber(normalised, country)).toEqual({ valid: true, normalised });
      }
    });
  }

  it.each([
    ['CHE-116.281.710 MWST', 'CH', 'CHE116281710'],
    ['CHE-116.281.710 TPV', 'CH', 'CHE116281710'],
    ['che 116 281 710 iva', 'CH', 'CHE116281710'],
    ['FR K7399859412', 'FR', 'FRK7399859412'],
    ['GD001', 'GB', 'GBGD001'],
    ['GB HA 599', 'GB', 'GBHA599'],
    ['NL9122746B01', 'NL', 'NL009122746B01'],
    ['NL 0091.22.746.B.01', 'NL', 'NL009122746B01'],
    ['NO 995 525 828 MVA', 'NO', 'NO995525828'],
    ['BE (0)468.561.072', 'BE', 'BE0468561072'],
  ])('normalises %s (%s) to %s', (raw, country, normalised) => {
    expect(checkVatNumber(raw, country)).toEqual({ valid: true, normalised });
  });

  it.each([
    ['NL009122746B00', 'NL'], // the number after B is never 00
    ['FR K7399859413', 'FR'], // wrong alphanumeric check key
    ['GD500', 'GB'], // government departments are GD000–GD499
    ['HA499', 'GB'], // health authorities are HA500–HA999
    ['BE0411905847', 'NL'], // another country's number
    ['CHE-116.281.710 ZZZ', 'CH'],
  ])('refuses %s for %s', (raw, country) => {
    expect(checkVatNumber(raw, country).valid).toBe(false);
  });
});

describe('IBANs', () => {
  for (const [country, { valid, invalid }] of Object.entries(published.iban)) {
    it(`${country}: the reference library's examples`, () => {
      expect(valid.filter((n) => normaliseIban(n) === null)).toEqual([]);
      expect(invalid.filter((n) => normaliseIban(n) !== null)).toEqual([]);
    });
  }

  it('reads the Norwegian dotted grouping, spaces, dashes, lower case and an IBAN label', () => {
    expect(normaliseIban('NO93 8601.11.17947')).toBe('NO9386011117947');
    expect(normaliseIban('IBAN nl91-abna-0417-1643-00')).toBe('NL91ABNA0417164300');
    expect(normaliseIban('NL91ABNA0417164301')).toBeNull();
  });

  it('knows the SEPA scheme countries', () => {
    expect(isSepaIban('NL91ABNA0417164300')).toBe(true);
    expect(isSepaIban('NO9386011117947')).toBe(true);
    expect(isSepaIban('CH9300762011623852957')).toBe(true);
    expect(isSepaIban('SA0380000000608010167519')).toBe(false);
    expect(isSepaIban('TR330006100519786457841326')).toBe(false);
    expect(isSepaIban('BR9700360305000010009795493P1')).toBe(false);
    expect(isSepaIban('AE070331234567890123456')).toBe(false);
  });
});

describe('postcodes', () => {
  it.each([
    ['GB', 'GIR 0AA', 'GIR 0AA'],
    ['GB', 'gir0aa', 'GIR 0AA'],
    ['GB', 'BFPO 1234', 'BFPO 1234'],
    ['GB', 'BFPO57', 'BFPO 57'],
    ['GB', 'SW1A 1AA', 'SW1A 1AA'],
    ['GB', 'ec1a1bb', 'EC1A 1BB'],
    ['GB', 'M1 1AE', 'M1 1AE'],
    ['GB', 'B33 8TH', 'B33 8TH'],
    ['GB', 'CR2 6XH', 'CR2 6XH'],
    ['GB', 'DN55 1PT', 'DN55 1PT'],
    ['NL', '1012 ab', '1012 AB'],
    ['DE', '10115', '10115'],
    ['CH', '8001', '8001'],
  ])('%s accepts %s', (country, raw, normalised) => {
    expect(checkPostcode(raw, country)).toEqual({ valid: true, normalised });
  });

  it.each([
    ['GB', 'XC1Y 8SY'], // X is never the first letter
    ['GB', 'QC1 1AA'],
    ['GB', 'SW1A 1CA'], // C is never in the inward code
    ['GB', 'BFPO 12345'],
    ['NL', '1012'],
    ['DE', '1011'],
  ])('%s refuses %s', (country, raw) => {
    expect(checkPostcode(raw, country).valid).toBe(false);
  });
});
