import PDFDocument from 'pdfkit';
import {
  deriveElectronicAddress,
  type ElectronicAddress,
  parseElectronicAddress,
} from '../../platform/electronic-address.js';
import { speaker } from '../../platform/i18n/index.js';
import { PDF_FONT, registerPdfFonts } from '../../platform/pdf-fonts.js';
import { type XmlElement, xmlDocument } from '../../platform/xml.js';
import type { InvoiceRow } from './billing.repository.js';

/** The invoice's texts (server/locales/<language>/documents.json `invoice.*`) and its buyer's formats. */
function invoiceTexts(inv: InvoiceRow) {
  const s = speaker({ language: inv.locale, country: inv.buyer.country });
  const t = (key: string, params?: Record<string, string | number>) => s.t(`documents:invoice.${key}`, params);
  return { s, t, day: (iso: string | null) => (iso ? s.date(iso) : '—') };
}

type InvoiceExtra = {
  iban: string;
  bic: string;
  supplyDate: string | null;
  creditedNumber: string | null;
  paid: boolean;
  /** A direct debit's collection date, as its pre-notification announces it (not always the due date). */
  collectionDate?: string | null;
};

/** What the invoice PDF prints, in print order: the same structure in every language, only words and formats differ. */
export type InvoiceLayout = {
  title: string;
  parties: { label: string; lines: string[] }[];
  facts: [string, string][];
  columns: [string, string, string, string];
  lines: { description: string; quantity: string; unitPrice: string; amount: string }[];
  totals: { label: string; amount: string; bold: boolean }[];
  notes: string[];
};

/**
 * The invoice (or credit note) in the customer's language and the formats of the buyer's country,
 * with every item Article 226 of the VAT Directive asks for: date, sequential number, both VAT
 * numbers, names and addresses, the service and its date, net amount, rate and VAT (or the
 * reverse-charge / outside-scope wording), and the total.
 */
export function invoiceLayout(inv: InvoiceRow, extra: InvoiceExtra): InvoiceLayout {
  const { s, t, day } = invoiceTexts(inv);
  const sign = inv.kind === 'credit_note' ? -1 : 1;
  const money = (minor: number) => s.money(sign * minor, inv.currency);
  const party = (label: string, p: InvoiceRow['seller']) => ({
    label,
    lines: [
      p.name,
      p.street,
      `${p.postcode} ${p.city}`,
      p.country,
      p.vatNumber ? `${t('vat')}: ${p.vatNumber}` : '',
    ].filter(Boolean),
  });
  const rate = `${(inv.vatRateBasisPoints / 100).toLocaleString(s.tag)}%`;
  const notes: string[] = [];
  if (inv.vatTreatment === 'reverse_charge') notes.push(t('reverseCharge'));
  if (inv.vatTreatment === 'outside_scope') notes.push(t('outsideScope'));
  if (inv.kind === 'credit_note' && extra.creditedNumber) notes.push(t('credits', { number: extra.creditedNumber }));
  if (inv.kind === 'invoice') {
    if (inv.paymentMethod === 'bank_transfer')
      notes.push(
        t('bankTransfer', {
          iban: extra.iban,
          bic: extra.bic,
          reference: inv.paymentReference ?? '',
          due: day(inv.dueDate),
        }),
      );
    if (inv.paymentMethod === 'sepa_debit')
      notes.push(
        t('directDebit', { due: day(extra.collectionDate ?? inv.dueDate), mandate: inv.mandateReference ?? '' }),
      );
    if (inv.paymentMethod === 'card') notes.push(extra.paid ? t('card') : t('cardDue', { due: day(inv.dueDate) }));
  }
  return {
    title: inv.kind === 'credit_note' ? t('creditNote') : t('invoice'),
    parties: [party(t('seller'), inv.seller), party(t('buyer'), inv.buyer)],
    facts: [
      [t('number'), inv.number ?? ''],
      [t('issueDate'), day(inv.issueDate)],
      [t('supplyDate'), day(extra.supplyDate)],
      ...(inv.kind === 'invoice' ? ([[t('dueDate'), day(inv.dueDate)]] as [string, string][]) : []),
    ],
    columns: [t('description'), t('qty'), t('price'), t('amount')],
    lines: inv.lines.map((line) => ({
      description: line.description,
      quantity: String(line.quantity),
      unitPrice: money(line.unitPriceMinor),
      amount: money(line.netMinor),
    })),
    totals: [
      { label: t('net'), amount: money(inv.netMinor), bold: false },
      { label: t('vatLine', { rate }), amount: money(inv.vatMinor), bold: false },
      { label: t('total'), amount: money(inv.totalMinor), bold: true },
    ],
    notes,
  };
}

/** The invoice (or credit note) PDF: `invoiceLayout` drawn on one A4 page. */
export function invoicePdf(inv: InvoiceRow, extra: InvoiceExtra): Promise<Buffer> {
  const layout = invoiceLayout(inv, extra);
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: `${layout.title} ${inv.number}` } });
  registerPdfFonts(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  doc.rect(0, 0, doc.page.width, 70).fill('#000000');
  doc.fillColor('#ffffff').font(PDF_FONT.bold).fontSize(20).text(layout.title, 50, 25);
  doc.fillColor('#000000').font(PDF_FONT.regular).fontSize(10);
  layout.parties.forEach((party, i) => {
    const x = i === 0 ? 50 : 310;
    doc.font(PDF_FONT.bold).text(party.label, x, 95);
    doc.font(PDF_FONT.regular).text(party.lines.join('\n'), x, 110, { width: 230 });
  });
  let y = 200;
  for (const [k, v] of layout.facts) {
    doc.font(PDF_FONT.bold).text(k, 50, y).font(PDF_FONT.regular).text(v, 180, y);
    y += 15;
  }
  y += 15;
  const [description, qty, price, amount] = layout.columns;
  doc
    .font(PDF_FONT.bold)
    .text(description, 50, y)
    .text(qty, 330, y)
    .text(price, 380, y)
    .text(amount, 470, y, { width: 75, align: 'right' });
  y += 18;
  doc.font(PDF_FONT.regular);
  for (const line of layout.lines) {
    doc
      .text(line.description, 50, y, { width: 270 })
      .text(line.quantity, 330, y)
      .text(line.unitPrice, 380, y)
      .text(line.amount, 470, y, { width: 75, align: 'right' });
    y += 30;
  }
  for (const total of layout.totals) {
    doc
      .font(total.bold ? PDF_FONT.bold : PDF_FONT.regular)
      .text(total.label, 330, y)
      .text(total.amount, 470, y, { width: 75, align: 'right' });
    y += 16;
  }
  y += 20;
  doc.font(PDF_FONT.regular).fontSize(9).text(layout.notes.join('\n\n'), 50, y, { width: 495 });
  doc.end();
  return done;
}

const amt = (minor: number) => (minor / 100).toFixed(2);

type VatCategory = 'S' | 'AE' | 'O';

/**
 * The EN 16931 VAT category of an invoice. The membership is a service to a business, taxed where
 * the buyer is established (Article 44, Directive 2006/112/EC): in the Netherlands or for an EU
 * buyer without a VAT number the seller charges its VAT (S); an EU buyer with a VAT number
 * accounts for it itself (AE, reverse charge); a buyer established outside the EU (NO, CH, GB, …)
 * is outside the scope of EU VAT (O). Never G: "export outside the EU" is the exemption for goods
 * dispatched outside the EU (Article 146), and nothing is shipped.
 */
const vatCategory = (inv: InvoiceRow): VatCategory =>
  inv.vatTreatment === 'domestic' ? 'S' : inv.vatTreatment === 'reverse_charge' ? 'AE' : 'O';

/** What each category prints: a rate except for O; an exemption reason for AE and O (BR-AE-10, BR-O-10). */
const CATEGORY_TEXT: Record<VatCategory, { code?: string; reason?: string }> = {
  S: {},
  AE: { code: 'VATEX-EU-AE', reason: 'Reverse charge' },
  O: { code: 'VATEX-EU-O', reason: 'Not subject to VAT' },
};

/**
 * Payment means codes (UNCL 4461) as both rule sets allow them, the Dutch ones (NL-R-008: 30, 48,
 * 49, 57, 58, 59) included: 48 bank card, 58 SEPA credit transfer, 59 SEPA direct debit.
 */
const PAYMENT_MEANS = { card: '48', bank_transfer: '58', sepa_debit: '59' } as const;

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
  const money = (minor: number) => ({ '#text': amt(minor), '@currencyID': inv.currency });
  const taxScheme = { 'cbc:ID': 'VAT' };
  const percent = category === 'O' ? undefined : (inv.vatRateBasisPoints / 100).toFixed(2);
  const directDebit = !credit && inv.paymentMethod === 'sepa_debit';

  const party = (p: InvoiceRow['seller'], extraIds: XmlElement | undefined): XmlElement => {
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
        p.vatNumber && { 'cbc:CompanyID': p.vatNumber, 'cac:TaxScheme': taxScheme },
      'cac:PartyLegalEntity': {
        'cbc:RegistrationName': p.name,
        'cbc:CompanyID': legal && { '#text': legal.id, '@schemeID': legal.scheme },
      },
    };
  };

  const paymentMeans: XmlElement | undefined = credit
    ? undefined
    : {
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
        'cac:PaymentMandate': directDebit && {
          'cbc:ID': inv.mandateReference,
          'cac:PayerFinancialAccount': extra.debitedIban && { 'cbc:ID': extra.debitedIban.replace(/\s+/g, '') },
        },
      };

  const lines = inv.lines.map(
    (line, i): XmlElement => ({
      'cbc:ID': i + 1,
      [credit ? 'cbc:CreditedQuantity' : 'cbc:InvoicedQuantity']: { '#text': line.quantity, '@unitCode': 'C62' },
      'cbc:LineExtensionAmount': money(line.netMinor),
      'cac:Item': {
        'cbc:Name': line.description,
        'cac:ClassifiedTaxCategory': { 'cbc:ID': category, 'cbc:Percent': percent, 'cac:TaxScheme': taxScheme },
      },
      'cac:Price': { 'cbc:PriceAmount': money(line.unitPriceMinor) },
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
      'cac:Party': party(
        inv.seller,
        directDebit && extra.creditorId ? { 'cbc:ID': { '#text': extra.creditorId, '@schemeID': 'SEPA' } } : undefined,
      ),
    },
    'cac:AccountingCustomerParty': { 'cac:Party': party(inv.buyer, undefined) },
    'cac:PaymentMeans': paymentMeans,
    'cac:TaxTotal': {
      'cbc:TaxAmount': money(inv.vatMinor),
      'cac:TaxSubtotal': {
        'cbc:TaxableAmount': money(inv.netMinor),
        'cbc:TaxAmount': money(inv.vatMinor),
        'cac:TaxCategory': {
          'cbc:ID': category,
          'cbc:Percent': percent,
          'cbc:TaxExemptionReasonCode': CATEGORY_TEXT[category].code,
          'cbc:TaxExemptionReason': CATEGORY_TEXT[category].reason,
          'cac:TaxScheme': taxScheme,
        },
      },
    },
    'cac:LegalMonetaryTotal': {
      'cbc:LineExtensionAmount': money(inv.netMinor),
      'cbc:TaxExclusiveAmount': money(inv.netMinor),
      'cbc:TaxInclusiveAmount': money(inv.totalMinor),
      // What was already paid (BT-113): the amount due is the total less it (BR-CO-16).
      'cbc:PrepaidAmount': inv.paidMinor > 0 && money(inv.paidMinor),
      'cbc:PayableAmount': money(inv.totalMinor - inv.paidMinor),
    },
    [credit ? 'cac:CreditNoteLine' : 'cac:InvoiceLine']: lines,
  });
}
