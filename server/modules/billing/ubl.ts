import { type XmlElement, xmlDocument } from '../../platform/xml.js';
import type { InvoiceRow } from './billing.repository.js';
import { ublParty } from './ubl-parties.js';
import { paymentMeans } from './ubl-payment.js';
import { amount, monetaryTotal, TAX_SCHEME, taxTotal, vatCategory, vatPercent } from './ubl-tax.js';

/**
 * The invoice as EN 16931 / Peppol BIS Billing 3.0 UBL: VAT category S (standard), AE (reverse
 * charge, with its exemption reason) or O (outside the scope, without any VAT identifier as BR-O-02
 * to BR-O-04 require) — never a 0% standard rate. A credit note becomes a UBL CreditNote (type
 * 381) referring to the invoice it credits. Built as a tree: escaping happens in one place.
 */
export function invoiceUbl(
  inv: InvoiceRow,
  extra: {
    iban: string;
    bic: string;
    /** SEPA creditor identifier (BT-90), on direct-debit invoices. */
    creditorId?: string | null;
    /** The service's period (BG-14): the membership's first and last day. */
    period?: { start: string | null; end: string | null };
    /** The mandate's account (BT-91), on direct-debit invoices. */
    debitedIban?: string | null;
    creditedNumber?: string | null;
  },
): string {
  const credit = inv.kind === 'credit_note';
  const root = credit ? 'CreditNote' : 'Invoice';
  const category = vatCategory(inv);
  const directDebit = !credit && inv.paymentMethod === 'sepa_debit';

  const lines = inv.lines.map(
    (line, i): XmlElement => ({
      'cbc:ID': i + 1,
      [credit ? 'cbc:CreditedQuantity' : 'cbc:InvoicedQuantity']: { '#text': line.quantity, '@unitCode': 'C62' },
      'cbc:LineExtensionAmount': amount(line.netMinor, inv.currency),
      'cac:Item': {
        'cbc:Name': line.description,
        'cac:ClassifiedTaxCategory': {
          'cbc:ID': category,
          'cbc:Percent': vatPercent(inv, category),
          'cac:TaxScheme': TAX_SCHEME,
        },
      },
      'cac:Price': { 'cbc:PriceAmount': amount(line.unitPriceMinor, inv.currency) },
    }),
  );

  return xmlDocument(root, {
    '@xmlns': `urn:oasis:names:specification:ubl:schema:xsd:${root}-2`,
    '@xmlns:cac': 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
    '@xmlns:cbc': 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
    'cbc:CustomizationID': 'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0',
    'cbc:ProfileID': 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0',
    'cbc:ID': inv.number,
    'cbc:IssueDate': inv.issueDate,
    'cbc:DueDate': !credit && inv.dueDate,
    [credit ? 'cbc:CreditNoteTypeCode' : 'cbc:InvoiceTypeCode']: credit ? '381' : '380',
    'cbc:DocumentCurrencyCode': inv.currency,
    'cbc:BuyerReference': inv.number,
    'cac:InvoicePeriod': extra.period?.start && {
      'cbc:StartDate': extra.period.start,
      'cbc:EndDate': extra.period.end,
    },
    'cac:BillingReference': credit &&
      extra.creditedNumber && { 'cac:InvoiceDocumentReference': { 'cbc:ID': extra.creditedNumber } },
    'cac:AccountingSupplierParty': {
      // BT-90: the SEPA creditor identifier, as Peppol places it, on direct-debit invoices.
      'cac:Party': ublParty(
        inv.seller,
        category,
        directDebit && extra.creditorId ? { 'cbc:ID': { '#text': extra.creditorId, '@schemeID': 'SEPA' } } : undefined,
      ),
    },
    'cac:AccountingCustomerParty': { 'cac:Party': ublParty(inv.buyer, category, undefined) },
    'cac:PaymentMeans': paymentMeans(inv, extra),
    'cac:TaxTotal': taxTotal(inv, category),
    'cac:LegalMonetaryTotal': monetaryTotal(inv),
    [credit ? 'cac:CreditNoteLine' : 'cac:InvoiceLine']: lines,
  });
}
