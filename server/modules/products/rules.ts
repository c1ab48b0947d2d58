import { type MISSING_FIELDS, SERIAL_CHARACTERS } from '../../../contracts/products.js';

export type Missing = (typeof MISSING_FIELDS)[number];

/** Upper case without spaces; null when empty. */
export function normaliseSerial(raw: string | undefined | null): string | null {
  if (raw === undefined || raw === null) return null;
  const s = raw.toUpperCase().replace(/\s+/g, '');
  return s === '' ? null : s;
}

export type SerialProblem = 'field.serial_invalid' | 'field.serial_pattern';
export function checkSerial(serial: string, pattern: string | undefined): SerialProblem | null {
  if (!SERIAL_CHARACTERS.test(serial)) return 'field.serial_invalid';
  if (pattern && !new RegExp(pattern).test(serial)) return 'field.serial_pattern';
  return null;
}

/**
 * Complete = a catalogue model, serial number, purchase date, country of purchase and dealer are
 * all present (and were valid when stored). Only a complete product earns its points.
 */
export function missingFields(p: {
  modelId: string | null;
  serialNumber: string | null;
  purchaseDate: string | null;
  purchaseCountry: string | null;
  dealer: string | null;
}): Missing[] {
  const missing: Missing[] = [];
  if (!p.modelId) missing.push('model');
  if (!p.serialNumber) missing.push('serialNumber');
  if (!p.purchaseDate) missing.push('purchaseDate');
  if (!p.purchaseCountry) missing.push('purchaseCountry');
  if (!p.dealer) missing.push('dealer');
  return missing;
}
