import type { XmlElement } from '../../platform/xml.js';
import type { InvoiceRow } from './billing.repository.js';

/** An amount in the document's currency, with two decimals. */
export const amount = (minor: number, currency: string): XmlElement => ({
  '#text': (minor / 100).toFixed(2),
  '@currencyID': currency,
});

/** The tax scheme every VAT element names. */
export const TAX_SCHEME = { 'cbc:ID': 'VAT' };

export type VatCategory = 'S' | 'AE' | 'O';

/**
 * The EN 16931 VAT category of an invoice. The membership is a service to a business, taxed where
 * the buyer is established (Article 44, Directive 2006/112/EC): in the Netherlands or for an EU
 * buyer without a VAT number the seller charges its VAT (S); an EU buyer with a VAT number
 * accounts for it itself (AE, reverse charge); a buyer established outside the EU (NO, CH, GB, …)
 * is outside the scope of EU VAT (O). Never G: "export outside the EU" is the exemption for goods
 * dispatched outside the EU (Article 146), and nothing is shipped.
 */
export const vatCategory = (inv: InvoiceRow): VatCategory =>
  inv.vatTreatment === 'domestic' ? 'S' : inv.vatTreatment === 'reverse_charge' ? 'AE' : 'O';

/** What each category prints: a rate except for O; an exemption reason for AE and O (BR-AE-10, BR-O-10). */
const CATEGORY_TEXT: Record<VatCategory, { code?: string; reason?: string }> = {
  S: {},
  AE: { code: 'VATEX-EU-AE', reason: 'Reverse charge' },
  O: { code: 'VATEX-EU-O', reason: 'Not subject to VAT' },
};

/** The VAT rate as the document states it: none for category O. */
export const vatPercent = (inv: InvoiceRow, category: VatCategory) =>
  category === 'O' ? undefined : (inv.vatRateBasisPoints / 100).toFixed(2);

/** The VAT total (BG-23): one subtotal, in the invoice's one category, with its exemption reason. */
export function taxTotal(inv: InvoiceRow, category: VatCategory): XmlElement {
  return {
    'cbc:TaxAmount': amount(inv.vatMinor, inv.currency),
    'cac:TaxSubtotal': {
      'cbc:TaxableAmount': amount(inv.netMinor, inv.currency),
      'cbc:TaxAmount': amount(inv.vatMinor, inv.currency),
      'cac:TaxCategory': {
        'cbc:ID': category,
        'cbc:Percent': vatPercent(inv, category),
        'cbc:TaxExemptionReasonCode': CATEGORY_TEXT[category].code,
        'cbc:TaxExemptionReason': CATEGORY_TEXT[category].reason,
        'cac:TaxScheme': TAX_SCHEME,
      },
    },
  };
}

/** The document's totals (BG-22). */
export function monetaryTotal(inv: InvoiceRow): XmlElement {
  return {
    'cbc:LineExtensionAmount': amount(inv.netMinor, inv.currency),
    'cbc:TaxExclusiveAmount': amount(inv.netMinor, inv.currency),
    'cbc:TaxInclusiveAmount': amount(inv.totalMinor, inv.currency),
    // What was already paid (BT-113): the amount due is the total less it (BR-CO-16).
    'cbc:PrepaidAmount': inv.paidMinor > 0 && amount(inv.paidMinor, inv.currency),
    'cbc:PayableAmount': amount(inv.totalMinor - inv.paidMinor, inv.currency),
  };
}
