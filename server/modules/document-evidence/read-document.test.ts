import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { png } from '../../security/uploads-fixtures.js';
import { PDF } from '../../test/http.js';
import { MAX_PAGES, MAX_TEXT_CHARS, readDocument } from './read-document.js';

function pdf(pages: number, line: (page: number) => string, repeat = 1): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 50 });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  for (let p = 0; p < pages; p++) {
    if (p > 0) doc.addPage();
    doc.fontSize(4).text(Array.from({ length: repeat }, () => line(p + 1)).join(' '));
  }
  doc.end();
  return done;
}

describe('reading a document', () => {
  it('reads a PDF’s text layer page by page', async () => {
    const result = await readDocument(await pdf(3, (p) => `Pagina ${p} van Fotostudio`), 'application/pdf', null);
    expect(result).toMatchObject({ method: 'text', pageCount: 3 });
    expect(result.pages.map((p) => p.trim())).toEqual([
      'Pagina 1 van Fotostudio',
      'Pagina 2 van Fotostudio',
      'Pagina 3 van Fotostudio',
    ]);
  });

  it('reads only the first pages of a long document, and keeps at most 200 KB of text', async () => {
    const long = await readDocument(await pdf(MAX_PAGES + 5, (p) => `Page ${p}`), 'application/pdf', null);
    expect(long.pageCount).toBe(MAX_PAGES + 5);
    expect(long.pages).toHaveLength(MAX_PAGES);
    const big = await readDocument(await pdf(2, () => 'x'.repeat(100), 1500), 'application/pdf', null);
    expect(big.pages.join('').length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
  });

  it('calls a PDF without a text layer, a damaged one or an image without OCR "not read"', async () => {
    expect(await readDocument(PDF, 'application/pdf', null)).toMatchObject({ method: 'none', pages: [] });
    expect(await readDocument(Buffer.from('%PDF-1.4 broken'), 'application/pdf', null)).toMatchObject({
      method: 'none',
    });
    expect(await readDocument(png(10, 10), 'image/png', null)).toMatchObject({ method: 'none', pageCount: 1 });
  });

  it('reads an image through OCR when there is OCR', async () => {
    const ocr = { image: async (image: Buffer) => `text of ${image.length} bytes` };
    const image = png(10, 10);
    expect(await readDocument(image, 'image/png', ocr)).toEqual({
      method: 'ocr',
      pages: [`text of ${image.length} bytes`],
      pageCount: 1,
    });
  });
});
