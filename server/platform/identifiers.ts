import { electronicFormatIBAN, extractIBAN, isSEPACountry, isValidBIC } from 'ibantools';
import { postcodeValidator, postcodeValidatorExistsForCountry } from 'postcode-validator';
import { stdnum } from 'stdnum';

/**
 * Standard identifiers (VAT numbers, IBANs, postcodes): written any common way, normalised first,
 * then checked like python-stdnum, the reference library for these checks
 * (`test-data/identifiers/` holds its published examples, and the tests compare with them).
 */

type Validator = { validate(value: string): { isValid: boolean; compact?: string } };

/** One of stdnum's validators; a name it does not have is a programming error, found at start. */
function reference(country: string, name: string): Validator {
  const validator = stdnum[country]?.[name];
  if (!validator) throw new Error(`stdnum has no ${country}.${name}`);
  return validator;
}

const ok = (compact: string) => ({ isValid: true, compact });
const refused = { isValid: false } as const;
const digits = (value: string, country: string) => (value.startsWith(country) ? value.slice(2) : value);

/**
 * A Czech or Slovak birth number (rodné číslo) as python-stdnum checks it: a real date (months +50
 * for women, +20/+70 when the serial overflowed), 9 digits only before 1954, and for 10 digits the
 * number mod 11 (mod 10).
 */
function birthNumber(number: string): boolean {
  if (!/^\d{9,10}$/.test(number)) return false;
  let year = 1900 + Number(number.slice(0, 2));
  const month = (Number(number.slice(2, 4)) % 50) % 20;
  const day = Number(number.slice(4, 6));
  if (number.length === 9) {
    if (year >= 1980) year -= 100;
    if (year > 1953) return false;
  } else if (year < 1954) year += 100;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return false;
  return number.length === 9 || String((Number(number.slice(0, 9)) % 11) % 10) === number[9];
}

/** Czech DIČ: legal entities (8 digits) through stdnum; the special 9-digit `6…` form and birth numbers as python-stdnum. */
const czechVat: Validator = {
  validate(value) {
    const number = digits(value, 'CZ');
    if (number.length === 9 && number.startsWith('6')) {
      const sum = [...number.slice(1, 8)].reduce((s, d, i) => s + (8 - i) * Number(d), 0) % 11;
      // Python's modulo of a negative number is positive: ((x % 10) + 10) % 10.
      return String((((8 - ((10 - sum) % 11)) % 10) + 10) % 10) === number[8] ? ok(number) : refused;
    }
    if (number.length === 9 || number.length === 10) return birthNumber(number) ? ok(number) : refused;
    return reference('CZ', 'dic').validate(value);
  },
};

/**
 * Slovak IČ DPH as python-stdnum checks it: 10 digits, a birth number, or not starting with 0, the
 * third digit 2, 3, 4, 7, 8 or 9, and divisible by 11 (stdnum's JavaScript port tests the first digit).
 */
const slovakVat: Validator = {
  validate(value) {
    const number = digits(value, 'SK');
    if (!/^\d{10}$/.test(number)) return refused;
    if (birthNumber(number)) return ok(number);
    const valid = number[0] !== '0' && '234789'.includes(number[2]!) && BigInt(number) % 11n === 0n;
    return valid ? ok(number) : refused;
  },
};

/** Swiss UID with the VAT suffix (MWST/TVA/IVA/TPV), or written without it. */
const swissVat: Validator = {
  validate: (value) =>
    (/(MWST|TVA|IVA|TPV)$/.test(value) ? reference('CH', 'vat') : reference('CH', 'uid')).validate(value),
};

/** Norwegian organisation number with the VAT suffix MVA, or written without it. */
const norwegianVat: Validator = {
  validate: (value) =>
    value.endsWith('MVA')
      ? reference('NO', 'mva').validate(value)
      : reference('NO', 'orgnr').validate(digits(value, 'NO')),
};

/** The VAT number (or the business id that serves as one) of each participating country. */
const VAT: Record<string, Validator> = {
  AT: reference('AT', 'uid'),
  BE: reference('BE', 'vat'),
  CH: swissVat,
  CZ: czechVat,
  DE: reference('DE', 'vat'),
  DK: reference('DK', 'cvr'),
  ES: reference('ES', 'nif'),
  FI: reference('FI', 'alv'),
  FR: reference('FR', 'tva'),
  GB: reference('GB', 'vat'),
  HU: reference('HU', 'anum'),
  IE: reference('IE', 'vat'),
  IT: reference('IT', 'iva'),
  LU: reference('LU', 'tva'),
  NL: reference('NL', 'btw'),
  NO: norwegianVat,
  PL: reference('PL', 'nip'),
  PT: reference('PT', 'nif'),
  SE: reference('SE', 'vat'),
  SK: slovakVat,
};

/** A normalised VAT number is at most this long (the longest form: a GB branch trader, `GB` + 12 digits). */
export const VAT_NUMBER_MAX = 20;

export type VatCheck = { valid: boolean; normalised: string };

/** Upper case without the separators python-stdnum removes: spaces, dots, dashes, slashes. */
const compact = (raw: string) => raw.toUpperCase().replace(/[\s.\-/]+/g, '');

/**
 * Normalises a VAT number — separators removed, the country prefix added when missing (CHE for
 * Switzerland), the Swiss `MWST`/`TVA`/`IVA`/`TPV` and Norwegian `MVA` suffixes dropped — and
 * checks its format and check digits for `country`. A number of another country is not valid.
 */
export function checkVatNumber(raw: string, country: string): VatCheck {
  const value = compact(raw);
  const prefix = country === 'CH' ? 'CHE' : country;
  const bare = value.startsWith(prefix) ? value.slice(prefix.length) : value;
  const fallback = { valid: false, normalised: value.slice(0, 40) };
  const validator = VAT[country];
  if (!validator) return fallback;
  // Checked with this country's prefix, so another country's number never passes.
  const result = validator.validate(`${prefix}${bare}`);
  if (!result.isValid || !result.compact) return fallback;
  let number = result.compact.startsWith(prefix) ? result.compact.slice(prefix.length) : result.compact;
  if (country === 'CH') number = number.replace(/(MWST|TVA|IVA|TPV)$/, '');
  if (country === 'NO') number = number.replace(/MVA$/, '');
  // python-stdnum: the Dutch number's last two digits (after the B) are never 00.
  if (country === 'NL' && /B00$/.test(number)) return fallback;
  const normalised = `${prefix}${number}`;
  if (normalised.length > VAT_NUMBER_MAX) return fallback;
  return { valid: true, normalised };
}

/**
 * An IBAN written any common way (spaces, dots — the Norwegian `8601.11.17947` grouping —, dashes,
 * lower case, an `IBAN` label) in its electronic form, or null when it is not a valid IBAN.
 */
export function normaliseIban(raw: string): string | null {
  const value = compact(raw).replace(/^IBAN/, '');
  const iban = electronicFormatIBAN(value);
  if (!iban) return null;
  const extracted = extractIBAN(iban);
  return extracted.valid ? extracted.iban : null;
}

/** Whether an IBAN belongs to a country of the SEPA scheme (SEPA direct debits are limited to those). */
export function isSepaIban(iban: string): boolean {
  return isSEPACountry(iban.slice(0, 2));
}

/** ISO 7064 mod 97-10 over letters and digits, letters counting 10..35 (IBAN, ISO 11649 and creditor-id check digits). */
export function mod97(text: string): number {
  let remainder = 0;
  for (const ch of text) {
    const digits = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of digits) remainder = (remainder * 10 + Number(d)) % 97;
  }
  return remainder;
}

/** National parts whose length a country fixes (NL: KvK number and a 4-digit suffix; DE: 11 characters). */
const CREDITOR_ID_NATIONAL_LENGTH: Record<string, number> = { NL: 12, DE: 11 };

/**
 * A SEPA creditor identifier written any common way, in its compact form (`NL` + 2 check digits +
 * a 3-character business code, usually `ZZZ`, + the national identifier), or null when it is not
 * valid: a SEPA country, and ISO 7064 mod 97-10 check digits computed over the national identifier
 * and the country code, the business code skipped (EPC262-08).
 */
export function normaliseCreditorId(raw: string): string | null {
  const value = compact(raw);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{3}[A-Z0-9]{1,28}$/.test(value)) return null;
  const country = value.slice(0, 2);
  if (!isSEPACountry(country)) return null;
  const national = value.slice(7);
  const length = CREDITOR_ID_NATIONAL_LENGTH[country];
  if (length !== undefined && national.length !== length) return null;
  return mod97(`${national}${country}${value.slice(2, 4)}`) === 1 ? value : null;
}

/** A BIC (ISO 9362, 8 or 11 characters) in upper case without spaces, or null when it is not valid. */
export function normaliseBic(raw: string): string | null {
  const value = compact(raw);
  return isValidBIC(value) ? value : null;
}

/** The UK's postcode format (Royal Mail), with the special Girobank and British Forces (BFPO) codes. */
const GB_POSTCODE =
  /^(GIR 0AA|[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY]) [0-9][ABD-HJLNP-UW-Z]{2}|BFPO [0-9]{1,4})$/;

/** Normalises a postcode (upper case, single spaces; the GB inward code split off) and checks it for the country. */
export function checkPostcode(raw: string, country: string): { valid: boolean; normalised: string } {
  let normalised = raw.toUpperCase().trim().replace(/\s+/g, ' ');
  if (country === 'GB') {
    if (/^BFPO ?\d{1,4}$/.test(normalised)) normalised = normalised.replace(/^BFPO ?/, 'BFPO ');
    else if (!normalised.includes(' ') && normalised.length >= 5) {
      normalised = `${normalised.slice(0, -3)} ${normalised.slice(-3)}`;
    }
    return { valid: GB_POSTCODE.test(normalised), normalised };
  }
  if (!postcodeValidatorExistsForCountry(country)) return { valid: normalised.length > 0, normalised };
  return { valid: postcodeValidator(normalised, country), normalised };
}
