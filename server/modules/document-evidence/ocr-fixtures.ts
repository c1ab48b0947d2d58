/**
 * Scanned company documents for the OCR tests and the benchmark (pdfkit and pdftoppm; no test runner).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';

const has = (command: string) => {
  try {
    execFileSync(command, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
export const hasTesseract = has('tesseract');
export const hasBinaries = hasTesseract && has('pdftoppm');
export const NO_BINARIES =
  'needs tesseract (with eng) and pdftoppm: apt-get install tesseract-ocr tesseract-ocr-eng poppler-utils';

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  return new Promise((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
}

/**
 * A scanned document: the lines drawn as text by pdfkit, rasterised to a PNG by pdftoppm, and that
 * PNG alone wrapped into a new PDF (no text layer), as a scanner makes it. Also returns the PNG.
 */
export async function scannedPdf(lines: string[], pages = 1): Promise<{ pdf: Buffer; png: Buffer }> {
  const text = new PDFDocument({ size: 'A5', margin: 40 });
  const textPdf = collect(text);
  text.font('Helvetica').fontSize(14);
  for (const line of lines) text.text(line).moveDown(0.5);
  text.end();
  const dir = mkdtempSync(join(tmpdir(), 'propass-scan-'));
  let png: Buffer;
  try {
    writeFileSync(join(dir, 'text.pdf'), await textPdf);
    execFileSync('pdftoppm', ['-r', '150', '-png', '-singlefile', join(dir, 'text.pdf'), join(dir, 'page')]);
    png = readFileSync(join(dir, 'page.png'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const scan = new PDFDocument({ size: 'A5', margin: 0 });
  const scanPdf = collect(scan);
  for (let p = 0; p < pages; p++) {
    if (p > 0) scan.addPage({ size: 'A5', margin: 0 });
    scan.image(png, 0, 0, { fit: [scan.page.width, scan.page.height] });
  }
  scan.end();
  return { pdf: await scanPdf, png };
}

export const SCANNED_CERTIFICATE = [
  'Belastingdienst',
  'Naam: Fotostudio Scan B.V.',
  'Btw-identificatienummer: NL100000009B01',
  'Keizersgracht 1, 1015 CJ Amsterdam',
];
