import { checkVAT, countries } from 'jsvat';
import { postcodeValidator, postcodeValidatorExistsForCountry } from 'postcode-validator';
import { type DocumentKind, NO_VAT_DOCUMENT_KINDS, VAT_DOCUMENT_KINDS } from '../../../contracts/registration.js';

export type VatCheck = { valid: boolean; normalised: string };

/**
 * Normalises a VAT number (upper case, no spaces/dots/dashes, the country prefix added when
 * missing, Swiss/Norwegian suffixes dropped) and checks its format and check digits for `country`.
 */
export function checkVatNumber(raw: string, country: string): VatCheck {
  let compact = raw.toUpperCase().replace(/[^A-Z0-9]/g, '');
  if (country === 'CH') compact = compact.replace(/(MWST|TVA|IVA)$/, '');
  if (country === 'NO') compact = compact.replace(/MVA$/, '');
  const prefix = country === 'CH' ? 'CHE' : country;
  if (!compact.startsWith(prefix)) {
    if (/^[A-Z]{2}/.test(compact) && !(country === 'CH' && compact.startsWith('CH'))) {
      return { valid: false, normalised: compact };
    }
    compact = country === 'CH' && compact.startsWith('CH') ? `CHE${compact.slice(2)}` : `${prefix}${compact}`;
  }
  const result = checkVAT(compact, countries);
  return { valid: result.isValid && result.country?.isoCode.short === country, normalised: compact };
}

/** Normalises a postcode (upper case, single spaces) and checks it for the country. */
export function checkPostcode(raw: string, country: string): { valid: boolean; normalised: string } {
  const normalised = raw.toUpperCase().trim().replace(/\s+/g, ' ');
  if (!postcodeValidatorExistsForCountry(country)) return { valid: normalised.length > 0, normalised };
  return { valid: postcodeValidator(normalised, country), normalised };
}

/** The seed's step 2: which document kinds count for a VAT-registered or not VAT-registered organisation. */
export function allowedDocumentKinds(vatRegistered: boolean): readonly DocumentKind[] {
  return vatRegistered ? VAT_DOCUMENT_KINDS : NO_VAT_DOCUMENT_KINDS;
}

export function documentKindsAllowed(vatRegistered: boolean, kinds: DocumentKind[]): boolean {
  const allowed = allowedDocumentKinds(vatRegistered);
  return kinds.length > 0 && kinds.every((k) => allowed.includes(k));
}
