import type { XmlElement } from '../../platform/xml.js';
import type { InvoiceRow } from './billing.repository.js';

/**
 * Payment means codes (UNCL 4461) as both rule sets allow them, the Dutch ones (NL-R-008: 30, 48,
 * 49, 57, 58, 59) included: 48 bank card, 58 SEPA credit transfer, 59 SEPA direct debit.
 */
const PAYMENT_MEANS = { card: '48', bank_transfer: '58', sepa_debit: '59' } as const;

/**
 * How an invoice is paid (BG-16): the code, the reference the payment carries, the seller's
 * account for a credit transfer, and the mandate with the debited account (BT-91) for a direct
 * debit. A credit note has none.
 */
export function paymentMeans(
  inv: InvoiceRow,
  extra: { iban: string; bic: string; debitedIban?: string | null },
): XmlElement | undefined {
  if (inv.kind === 'credit_note') return undefined;
  return {
    'cbc:PaymentMeansCode': PAYMENT_MEANS[inv.paymentMethod],
    'cbc:PaymentID':
      inv.paymentMethod === 'bank_transfer'
        ? inv.paymentReference
        : inv.paymentMethod === 'sepa_debit'
          ? inv.number
          : undefined,
    'cac:PayeeFinancialAccount': inv.paymentMethod === 'bank_transfer' && {
      'cbc:ID': extra.iban,
      'cac:FinancialInstitutionBranch': { 'cbc:ID': extra.bic },
    },
    'cac:PaymentMandate': inv.paymentMethod === 'sepa_debit' && {
      'cbc:ID': inv.mandateReference,
      'cac:PayerFinancialAccount': extra.debitedIban && { 'cbc:ID': extra.debitedIban.replace(/\s+/g, '') },
    },
  };
}
