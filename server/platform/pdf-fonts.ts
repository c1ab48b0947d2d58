import { join } from 'node:path';

const FONTS_DIR = join(import.meta.dirname, '../assets/fonts');

/** The fonts PDFs are written in: Unicode (every programme language's letters), embedded as subsets. */
export const PDF_FONT = { regular: 'Body', bold: 'Body-Bold' } as const;

/** Registers the body fonts on a PDFKit document; use `PDF_FONT.regular` / `.bold` with `doc.font()`. */
export function registerPdfFonts(doc: { registerFont(name: string, src: string): unknown }): void {
  doc.registerFont(PDF_FONT.regular, join(FONTS_DIR, 'DejaVuSans.ttf'));
  doc.registerFont(PDF_FONT.bold, join(FONTS_DIR, 'DejaVuSans-Bold.ttf'));
}
