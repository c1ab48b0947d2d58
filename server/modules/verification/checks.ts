import { type DocumentKind, NO_VAT_DOCUMENT_KINDS, VAT_DOCUMENT_KINDS } from '../../../contracts/registration.js';

export { checkPostcode, checkVatNumber, type VatCheck } from '../../platform/identifiers.js';

/** The seed's step 2: which document kinds count for a VAT-registered or not VAT-registered organisation. */
export function allowedDocumentKinds(vatRegistered: boolean): readonly DocumentKind[] {
  return vatRegistered ? VAT_DOCUMENT_KINDS : NO_VAT_DOCUMENT_KINDS;
}

export function documentKindsAllowed(vatRegistered: boolean, kinds: DocumentKind[]): boolean {
  const allowed = allowedDocumentKinds(vatRegistered);
  return kinds.length > 0 && kinds.every((k) => allowed.includes(k));
}
