import type { RegistrationInput } from '../../../contracts/registration.js';
import {
  deriveElectronicAddress,
  formatElectronicAddress,
  normaliseElectronicAddress,
} from '../../platform/electronic-address.js';
import { AppError } from '../../platform/errors.js';
import { checkPostcode, checkVatNumber, documentKindsAllowed } from './checks.js';
import type { NormalisedRegistration } from './verification.types.js';

/**
 * Checks what zod cannot (postcode and VAT per country, document kinds for the VAT situation)
 * before any file is stored. Returns the normalised registration.
 */
export function validateRegistration(input: RegistrationInput): NormalisedRegistration {
  const fields: Record<string, string> = {};
  const postcode = checkPostcode(input.organisation.postcode, input.organisation.country);
  if (!postcode.valid) fields['organisation.postcode'] = 'field.postcode_invalid';
  let vatNumberNormalised: string | null = null;
  let vatFormatValid: boolean | null = null;
  if (input.company.vatRegistered) {
    if (!input.company.vatNumber) fields['company.vatNumber'] = 'field.vat_required';
    else {
      const vat = checkVatNumber(input.company.vatNumber, input.organisation.country);
      vatNumberNormalised = vat.normalised;
      vatFormatValid = vat.valid;
      if (!vat.valid) fields['company.vatNumber'] = 'field.vat_invalid';
    }
  }
  // Every organisation needs an electronic address for its e-invoices (Peppol BIS rules R010/R020):
  // the Peppol id typed on the form, else one derived from the VAT or register number. Where neither
  // gives one (e.g. not VAT-registered in a country whose register has no Peppol scheme) the form
  // must name it; a typed one must be of a scheme Peppol accepts.
  let electronicAddress: string | null = null;
  if (input.company.electronicAddress) {
    const parsed = normaliseElectronicAddress(input.company.electronicAddress);
    if (parsed) electronicAddress = formatElectronicAddress(parsed);
    else fields['company.electronicAddress'] = 'field.electronic_address_invalid';
  } else if (
    !fields['company.vatNumber'] &&
    !deriveElectronicAddress({
      country: input.organisation.country,
      vatNumber: vatNumberNormalised,
      tradeRegisterNumber: input.company.tradeRegisterNumber,
    })
  ) {
    fields['company.electronicAddress'] = 'field.electronic_address_required';
  }
  if (
    !documentKindsAllowed(
      input.company.vatRegistered,
      input.documents.map((d) => d.kind),
    )
  ) {
    fields.documents = 'error.document_kind_not_allowed';
  }
  if (Object.keys(fields).length) throw new AppError('validation_failed', fields);
  return {
    ...input,
    organisation: { ...input.organisation, postcode: postcode.normalised },
    vatNumberNormalised,
    vatFormatValid,
    electronicAddress,
  };
}
