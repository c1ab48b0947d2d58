import { describe, expect, it } from 'vitest';
import { checkSerial, missingFields, normaliseSerial } from './rules.js';

describe('product rules', () => {
  it('normalises serial numbers and refuses illegal characters', () => {
    expect(normaliseSerial(' 01 2345 ab ')).toBe('012345AB');
    expect(normaliseSerial('  ')).toBeNull();
    expect(checkSerial('012345AB', undefined)).toBeNull();
    expect(checkSerial('01<script>', undefined)).toBe('field.serial_invalid');
    expect(checkSerial('12345', '^[0-9]{6,12}$')).toBe('field.serial_pattern');
  });
  it('names the missing fields', () => {
    expect(
      missingFields({
        modelId: 'x',
        serialNumber: 'A',
        purchaseDate: '2025-01-01',
        purchaseCountry: 'NL',
        dealer: null,
      }),
    ).toEqual(['dealer']);
    expect(
      missingFields({ modelId: null, serialNumber: null, purchaseDate: null, purchaseCountry: null, dealer: null }),
    ).toEqual(['model', 'serialNumber', 'purchaseDate', 'purchaseCountry', 'dealer']);
  });
});
