import PDFDocument from 'pdfkit';
import type { Locale } from '../../../contracts/common.js';
import { longDate, money } from '../../platform/i18n/format.js';
import type { InvoiceRow } from './billing.repository.js';

const T = {
  en: {
    invoice: 'Invoice',
    creditNote: 'Credit note',
    number: 'Number',
    issueDate: 'Issue date',
    dueDate: 'Due date',
    supplyDate: 'Date of supply',
    seller: 'Seller',
    buyer: 'Customer',
    vat: 'VAT number',
    description: 'Description',
    qty: 'Qty',
    price: 'Unit price',
    amount: 'Amount',
    net: 'Net amount',
    vatLine: (rate: string) => `VAT ${rate}`,
    total: 'Total',
    reverseCharge:
      'Reverse charge: VAT to be accounted for by the customer (Article 196, Council Directive 2006/112/EC).',
    outsideScope:
      'Outside the scope of EU VAT: services to a customer established outside the EU (Article 44, Council Directive 2006/112/EC).',
    bankTransfer: (iban: string, bic: string, ref: string, due: string) =>
      `Please transfer the total to ${iban} (BIC ${bic}) before ${due}, stating the payment reference ${ref}. Your bank may charge local costs.`,
    directDebit: (due: string, mandate: string) =>
      `The total will be collected by SEPA direct debit on ${due} under mandate ${mandate}.`,
    card: 'Paid by card through the payment provider.',
    cardDue: (due: string) => `To be paid by card before ${due}.`,
    credits: (n: string) => `This credit note voids invoice ${n}.`,
  },
  nl: {
    invoice: 'Factuur',
    creditNote: 'Creditnota',
    number: 'Nummer',
    issueDate: 'Factuurdatum',
    dueDate: 'Vervaldatum',
    supplyDate: 'Leveringsdatum',
    seller: 'Verkoper',
    buyer: 'Klant',
    vat: 'Btw-nummer',
    description: 'Omschrijving',
    qty: 'Aantal',
    price: 'Prijs per stuk',
    amount: 'Bedrag',
    net: 'Netto bedrag',
    vatLine: (rate: string) => `Btw ${rate}`,
    total: 'Totaal',
    reverseCharge: 'Btw verlegd: de btw wordt door de afnemer voldaan (artikel 196, Richtlijn 2006/112/EG).',
    outsideScope:
      'Buiten de werkingssfeer van de EU-btw: dienst aan een afnemer gevestigd buiten de EU (artikel 44, Richtlijn 2006/112/EG).',
    bankTransfer: (iban: string, bic: string, ref: string, due: string) =>
      `Maak het totaal vóór ${due} over naar ${iban} (BIC ${bic}) onder vermelding van betalingskenmerk ${ref}. Uw bank kan lokale kosten rekenen.`,
    directDebit: (due: string, mandate: string) =>
      `Het totaal wordt op ${due} geïncasseerd via SEPA-incasso onder machtiging ${mandate}.`,
    card: 'Betaald met creditcard via de betaaldienst.',
    cardDue: (due: string) => `Te betalen met creditcard vóór ${due}.`,
    credits: (n: string) => `Deze creditnota vervalt factuur ${n}.`,
  },
};

const day = (locale: Locale, iso: string | null) => (iso ? longDate(locale, iso) : '—');

/**
 * The invoice (or credit note) PDF in the customer's language, with every item Article 226 of the
 * VAT Directive asks for: date, sequential number, both VAT numbers, names and addresses, the
 * service and its date, net amount, rate and VAT (or the reverse-charge / outside-scope wording),
 * and the total.
 */
export function invoicePdf(
  inv: InvoiceRow,
  extra: {
    iban: string;
    bic: string;
    supplyDate: string | null;
    creditedNumber: string | null;
    paid: boolean;
    /** A direct debit's collection date, as its pre-notification announces it (not always the due date). */
    collectionDate?: string | null;
  },
): Promise<Buffer> {
  const l = inv.locale;
  const t = T[l];
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: { Title: `${inv.kind === 'credit_note' ? t.creditNote : t.invoice} ${inv.number}` },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const sign = inv.kind === 'credit_note' ? -1 : 1;

  doc.rect(0, 0, doc.page.width, 70).fill('#000000');
  doc
    .fillColor('#ffffff')
    .font('Helvetica-Bold')
    .fontSize(20)
    .text(inv.kind === 'credit_note' ? t.creditNote : t.invoice, 50, 25);
  doc.fillColor('#000000').font('Helvetica').fontSize(10);
  const party = (label: string, p: InvoiceRow['seller'], x: number) => {
    doc.font('Helvetica-Bold').text(label, x, 95);
    doc
      .font('Helvetica')
      .text(
        [p.name, p.street, `${p.postcode} ${p.city}`, p.country, p.vatNumber ? `${t.vat}: ${p.vatNumber}` : '']
          .filter(Boolean)
          .join('\n'),
        x,
        110,
        { width: 230 },
      );
  };
  party(t.seller, inv.seller, 50);
  party(t.buyer, inv.buyer, 310);
  let y = 200;
  for (const [k, v] of [
    [t.number, inv.number ?? ''],
    [t.issueDate, day(l, inv.issueDate)],
    [t.supplyDate, day(l, extra.supplyDate)],
    ...(inv.kind === 'invoice' ? [[t.dueDate, day(l, inv.dueDate)]] : []),
  ] as [string, string][]) {
    doc.font('Helvetica-Bold').text(k, 50, y).font('Helvetica').text(v, 180, y);
    y += 15;
  }
  y += 15;
  doc
    .font('Helvetica-Bold')
    .text(t.description, 50, y)
    .text(t.qty, 330, y)
    .text(t.price, 380, y)
    .text(t.amount, 470, y, { width: 75, align: 'right' });
  y += 18;
  doc.font('Helvetica');
  for (const line of inv.lines) {
    doc
      .text(line.description, 50, y, { width: 270 })
      .text(String(line.quantity), 330, y)
      .text(money(l, sign * line.unitPriceMinor, inv.currency), 380, y)
      .text(money(l, sign * line.netMinor, inv.currency), 470, y, { width: 75, align: 'right' });
    y += 30;
  }
  const rate = `${(inv.vatRateBasisPoints / 100).toLocaleString(l === 'nl' ? 'nl-NL' : 'en-GB')}%`;
  for (const [k, v, bold] of [
    [t.net, money(l, sign * inv.netMinor, inv.currency), false],
    [t.vatLine(rate), money(l, sign * inv.vatMinor, inv.currency), false],
    [t.total, money(l, sign * inv.totalMinor, inv.currency), true],
  ] as [string, string, boolean][]) {
    doc
      .font(bold ? 'Helvetica-Bold' : 'Helvetica')
      .text(k, 330, y)
      .text(v, 470, y, { width: 75, align: 'right' });
    y += 16;
  }
  y += 20;
  const notes: string[] = [];
  if (inv.vatTreatment === 'reverse_charge') notes.push(t.reverseCharge);
  if (inv.vatTreatment === 'outside_scope') notes.push(t.outsideScope);
  if (inv.kind === 'credit_note' && extra.creditedNumber) notes.push(t.credits(extra.creditedNumber));
  if (inv.kind === 'invoice') {
    if (inv.paymentMethod === 'bank_transfer')
      notes.push(t.bankTransfer(extra.iban, extra.bic, inv.paymentReference ?? '', day(l, inv.dueDate)));
    if (inv.paymentMethod === 'sepa_debit')
      notes.push(t.directDebit(day(l, extra.collectionDate ?? inv.dueDate), inv.mandateReference ?? ''));
    if (inv.paymentMethod === 'card') notes.push(extra.paid ? t.card : t.cardDue(day(l, inv.dueDate)));
  }
  doc.font('Helvetica').fontSize(9).text(notes.join('\n\n'), 50, y, { width: 495 });
  doc.end();
  return done;
}

const esc = (v: string) =>
  v.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
const amt = (minor: number) => (minor / 100).toFixed(2);

/**
 * The invoice as EN 16931 / Peppol BIS Billing 3.0 UBL: VAT category S (standard), AE (reverse
 * charge, with its exemption reason) or O (outside the scope) — never a 0% standard rate. A credit
 * note becomes a UBL CreditNote (type 381) referring to the invoice it credits.
 */
export function invoiceUbl(
  inv: InvoiceRow,
  extra: { iban: string; bic: string; supplyDate: string | null; creditedNumber?: string | null },
): string {
  const credit = inv.kind === 'credit_note';
  const root = credit ? 'CreditNote' : 'Invoice';
  const lineTag = credit ? 'CreditNoteLine' : 'InvoiceLine';
  const quantityTag = credit ? 'CreditedQuantity' : 'InvoicedQuantity';
  const category = inv.vatTreatment === 'domestic' ? 'S' : inv.vatTreatment === 'reverse_charge' ? 'AE' : 'O';
  const percent = category === 'O' ? '' : `<cbc:Percent>${(inv.vatRateBasisPoints / 100).toFixed(2)}</cbc:Percent>`;
  const exemption =
    category === 'AE'
      ? '<cbc:TaxExemptionReasonCode>VATEX-EU-AE</cbc:TaxExemptionReasonCode><cbc:TaxExemptionReason>Reverse charge</cbc:TaxExemptionReason>'
      : category === 'O'
        ? '<cbc:TaxExemptionReasonCode>VATEX-EU-O</cbc:TaxExemptionReasonCode><cbc:TaxExemptionReason>Not subject to VAT</cbc:TaxExemptionReason>'
        : '';
  const taxScheme = '<cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>';
  const party = (p: InvoiceRow['seller'], withVat: boolean) => `<cac:Party>
      <cac:PostalAddress><cbc:StreetName>${esc(p.street)}</cbc:StreetName><cbc:CityName>${esc(p.city)}</cbc:CityName><cbc:PostalZone>${esc(p.postcode)}</cbc:PostalZone><cac:Country><cbc:IdentificationCode>${p.country}</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
      ${withVat && p.vatNumber ? `<cac:PartyTaxScheme><cbc:CompanyID>${esc(p.vatNumber)}</cbc:CompanyID>${taxScheme}</cac:PartyTaxScheme>` : ''}
      <cac:PartyLegalEntity><cbc:RegistrationName>${esc(p.name)}</cbc:RegistrationName></cac:PartyLegalEntity>
    </cac:Party>`;
  const paymentMeans = credit
    ? ''
    : inv.paymentMethod === 'sepa_debit'
      ? `<cac:PaymentMeans><cbc:PaymentMeansCode>59</cbc:PaymentMeansCode><cbc:PaymentID>${esc(inv.number ?? '')}</cbc:PaymentID><cac:PaymentMandate><cbc:ID>${esc(inv.mandateReference ?? '')}</cbc:ID></cac:PaymentMandate></cac:PaymentMeans>`
      : inv.paymentMethod === 'card'
        ? '<cac:PaymentMeans><cbc:PaymentMeansCode>54</cbc:PaymentMeansCode></cac:PaymentMeans>'
        : `<cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode><cbc:PaymentID>${esc(inv.paymentReference ?? '')}</cbc:PaymentID><cac:PayeeFinancialAccount><cbc:ID>${esc(extra.iban)}</cbc:ID><cac:FinancialInstitutionBranch><cbc:ID>${esc(extra.bic)}</cbc:ID></cac:FinancialInstitutionBranch></cac:PayeeFinancialAccount></cac:PaymentMeans>`;
  const lines = inv.lines
    .map(
      (line, i) => `<cac:${lineTag}>
    <cbc:ID>${i + 1}</cbc:ID>
    <cbc:${quantityTag} unitCode="C62">${line.quantity}</cbc:${quantityTag}>
    <cbc:LineExtensionAmount currencyID="${inv.currency}">${amt(line.netMinor)}</cbc:LineExtensionAmount>
    <cac:Item><cbc:Name>${esc(line.description)}</cbc:Name><cac:ClassifiedTaxCategory><cbc:ID>${category}</cbc:ID>${percent}${taxScheme}</cac:ClassifiedTaxCategory></cac:Item>
    <cac:Price><cbc:PriceAmount currencyID="${inv.currency}">${amt(line.unitPriceMinor)}</cbc:PriceAmount></cac:Price>
  </cac:${lineTag}>`,
    )
    .join('\n  ');
  return `<?xml version="1.0" encoding="UTF-8"?>
<${root} xmlns="urn:oasis:names:specification:ubl:schema:xsd:${root}-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>
  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>
  <cbc:ID>${esc(inv.number ?? '')}</cbc:ID>
  <cbc:IssueDate>${inv.issueDate}</cbc:IssueDate>
  ${!credit && inv.dueDate ? `<cbc:DueDate>${inv.dueDate}</cbc:DueDate>` : ''}
  ${credit ? '<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>' : '<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>'}
  <cbc:DocumentCurrencyCode>${inv.currency}</cbc:DocumentCurrencyCode>
  <cbc:BuyerReference>${esc(inv.number ?? '')}</cbc:BuyerReference>
  ${extra.supplyDate ? `<cac:InvoicePeriod><cbc:StartDate>${extra.supplyDate}</cbc:StartDate></cac:InvoicePeriod>` : ''}
  ${credit && extra.creditedNumber ? `<cac:BillingReference><cac:InvoiceDocumentReference><cbc:ID>${esc(extra.creditedNumber)}</cbc:ID></cac:InvoiceDocumentReference></cac:BillingReference>` : ''}
  <cac:AccountingSupplierParty>${party(inv.seller, true)}</cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty>${party(inv.buyer, true)}</cac:AccountingCustomerParty>
  ${paymentMeans}
  <cac:TaxTotal>
    <cbc:TaxAmount currencyID="${inv.currency}">${amt(inv.vatMinor)}</cbc:TaxAmount>
    <cac:TaxSubtotal>
      <cbc:TaxableAmount currencyID="${inv.currency}">${amt(inv.netMinor)}</cbc:TaxableAmount>
      <cbc:TaxAmount currencyID="${inv.currency}">${amt(inv.vatMinor)}</cbc:TaxAmount>
      <cac:TaxCategory><cbc:ID>${category}</cbc:ID>${percent}${exemption}${taxScheme}</cac:TaxCategory>
    </cac:TaxSubtotal>
  </cac:TaxTotal>
  <cac:LegalMonetaryTotal>
    <cbc:LineExtensionAmount currencyID="${inv.currency}">${amt(inv.netMinor)}</cbc:LineExtensionAmount>
    <cbc:TaxExclusiveAmount currencyID="${inv.currency}">${amt(inv.netMinor)}</cbc:TaxExclusiveAmount>
    <cbc:TaxInclusiveAmount currencyID="${inv.currency}">${amt(inv.totalMinor)}</cbc:TaxInclusiveAmount>
    <cbc:PayableAmount currencyID="${inv.currency}">${amt(inv.totalMinor - inv.paidMinor)}</cbc:PayableAmount>
  </cac:LegalMonetaryTotal>
  ${lines}
</${root}>
`;
}
