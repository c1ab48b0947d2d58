import PDFDocument from 'pdfkit';
import { speaker } from '../../platform/i18n/index.js';
import { PDF_FONT, registerPdfFonts } from '../../platform/pdf-fonts.js';
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

// The UBL file is built part by part (ubl.ts, ubl-parties.ts, ubl-tax.ts, ubl-payment.ts); this file
// stays the one entry point for both documents.
export { invoiceUbl } from './ubl.js';
