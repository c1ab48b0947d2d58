import PDFDocument from 'pdfkit';
import type { Membership } from '../../../contracts/membership.js';
import { type LocaleRef, speaker } from '../../platform/i18n/index.js';
import { PDF_FONT, registerPdfFonts } from '../../platform/pdf-fonts.js';

/**
 * The membership card as a one-page PDF (credit-card proportions on A6 landscape), in the member's
 * language (server/locales/<language>/documents.json `card.*`) and their locale's date format.
 */
export function membershipCardPdf(locale: LocaleRef, m: Membership, organisation: string): Promise<Buffer> {
  const { t, date } = speaker(locale);
  const doc = new PDFDocument({
    size: 'A6',
    layout: 'landscape',
    margin: 24,
    info: { Title: `CPS ${m.membershipNumber}` },
  });
  registerPdfFonts(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.rect(0, 0, doc.page.width, 48).fill('#000000');
  doc.fillColor('#ffffff').fontSize(18).font(PDF_FONT.bold).text('CPS', 24, 16);
  doc.fontSize(10).font(PDF_FONT.regular).text(t('documents:card.title'), 80, 21);
  doc.fillColor('#000000').fontSize(16).font(PDF_FONT.bold).text(m.tierName, 24, 68);
  doc.fontSize(11).font(PDF_FONT.regular).text(organisation, 24, 92);
  doc.fontSize(9).fillColor('#555555').text(t('documents:card.number'), 24, 122);
  doc.fontSize(18).fillColor('#000000').font('Courier-Bold').text(m.membershipNumber, 24, 134);
  doc.font(PDF_FONT.regular).fontSize(9).fillColor('#555555').text(t('documents:card.valid'), 24, 166);
  doc
    .fontSize(11)
    .fillColor('#000000')
    .text(`${date(m.startsOn)} – ${date(m.endsOn)}`, 24, 178);
  if (m.previousMembershipNumber) {
    doc
      .fontSize(8)
      .fillColor('#555555')
      .text(`${t('documents:card.previous')}: ${m.previousMembershipNumber}`, 24, 202);
  }
  if (m.status !== 'active') {
    doc
      .fontSize(12)
      .fillColor('#c00000')
      .font(PDF_FONT.bold)
      .text(t(`documents:card.status.${m.status}`), 260, 68);
  }
  doc.end();
  return done;
}
