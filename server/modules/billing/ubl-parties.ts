import {
  deriveElectronicAddress,
  type ElectronicAddress,
  parseElectronicAddress,
} from '../../platform/electronic-address.js';
import type { XmlElement } from '../../platform/xml.js';
import type { InvoiceRow } from './billing.repository.js';
import { TAX_SCHEME, type VatCategory } from './ubl-tax.js';

/** The electronic address kept on the party (a Peppol id), else the one its VAT or register number gives. */
function endpointOf(p: InvoiceRow['seller']): ElectronicAddress | null {
  return (
    parseElectronicAddress(p.electronicAddress) ??
    deriveElectronicAddress({ country: p.country, vatNumber: p.vatNumber, tradeRegisterNumber: p.registrationNumber })
  );
}

/** The legal registration identifier with its scheme (KvK 0106, …) when the register number has the national format. */
function legalIdOf(p: InvoiceRow['seller']): ElectronicAddress | null {
  if (!p.registrationNumber) return null;
  const derived = deriveElectronicAddress({ country: p.country, tradeRegisterNumber: p.registrationNumber });
  return derived && /^0\d{3}$/.test(derived.scheme) ? derived : null;
}

/**
 * A party (seller or buyer): electronic address, further identifiers, postal address, VAT
 * identifier and legal entity.
 */
export function ublParty(p: InvoiceRow['seller'], category: VatCategory, extraIds: XmlElement | undefined): XmlElement {
  const endpoint = endpointOf(p);
  const legal = legalIdOf(p);
  return {
    'cbc:EndpointID': endpoint && { '#text': endpoint.id, '@schemeID': endpoint.scheme },
    'cac:PartyIdentification': extraIds,
    'cac:PostalAddress': {
      'cbc:StreetName': p.street,
      'cbc:CityName': p.city,
      'cbc:PostalZone': p.postcode,
      'cac:Country': { 'cbc:IdentificationCode': p.country },
    },
    // Category O: neither party's VAT identifier is stated (BR-O-02).
    'cac:PartyTaxScheme': category !== 'O' &&
      p.vatNumber && { 'cbc:CompanyID': p.vatNumber, 'cac:TaxScheme': TAX_SCHEME },
    'cac:PartyLegalEntity': {
      'cbc:RegistrationName': p.name,
      'cbc:CompanyID': legal && { '#text': legal.id, '@schemeID': legal.scheme },
    },
  };
}
