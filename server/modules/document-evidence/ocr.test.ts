import { chmodSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findName, findVatNumber } from './findings.js';
import { detectOcr, OCR_MAX_PAGES } from './ocr.js';
import { hasBinaries, hasTesseract, NO_BINARIES, SCANNED_CERTIFICATE, scannedPdf } from './ocr-fixtures.js';
import { readDocument } from './read-document.js';

const work = mkdtempSync(join(tmpdir(), 'ocr-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A stand-in binary: answers `-v`/`--version`, and otherwise runs `body` (a shell script line). */
function fakeBinary(name: string, body: string): string {
  const path = join(work, name);
  writeFileSync(path, `#!/bin/sh\ncase "$1" in -v|--version) echo "${name} 0.0"; exit 0;; esac\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

describe('OCR detection', () => {
  it('finds no OCR without a tesseract binary: images and scanned PDFs stay "not read"', async () => {
    expect(await detectOcr({ tesseract: join(work, 'no-such-tesseract') })).toBeNull();
  });

  it.skipIf(!hasTesseract)('reads images only, and says so, when pdftoppm is missing', async () => {
    const engine = await detectOcr({ pdftoppm: join(work, 'no-such-pdftoppm') });
    expect(engine!.description).toMatch(/^tesseract 5\.\S+ \(eng.*\), images only/);
    expect(engine!.ocr.pdf).toBeUndefined();
  });

  it.skipIf(!hasBinaries)('names tesseract’s version and the programme languages it has', async () => {
    const engine = await detectOcr();
    expect(engine!.description).toMatch(/^tesseract \d+\.\d+\.\d+ \(eng(, [a-z]{3})*\)$/);
    expect(engine!.ocr.pdf).toBeTypeOf('function');
  });
});

describe.skipIf(!hasBinaries)(`reading a scanned PDF by OCR (${hasBinaries ? 'binaries found' : NO_BINARIES})`, () => {
  it('finds the VAT number and the name on page 1 of an image-only PDF, and in the image itself', async () => {
    const { pdf, png } = await scannedPdf(SCANNED_CERTIFICATE);
    // Without OCR the same file is "not read".
    expect(await readDocument(pdf, 'application/pdf', null)).toMatchObject({ method: 'none', pageCount: 1 });
    const { ocr } = (await detectOcr())!;
    for (const [bytes, type] of [
      [pdf, 'application/pdf'],
      [png, 'image/png'],
    ] as const) {
      const result = await readDocument(bytes, type, ocr);
      expect(result).toMatchObject({ method: 'ocr', pageCount: 1 });
      expect(findVatNumber(result.pages, 'NL100000009B01')).toMatchObject({ found: true, page: 1 });
      expect(findName(result.pages, ['Fotostudio Scan B.V.'])).toMatchObject({ found: true, page: 1 });
    }
  });

  it('reads at most the first pages, and leaves no temporary files behind', async () => {
    const tmp = mkdtempSync(join(work, 'tmp-'));
    const { ocr } = (await detectOcr({ tempDir: () => tmp }))!;
    const { pdf } = await scannedPdf(['Fotostudio Scan B.V.'], OCR_MAX_PAGES + 2);
    const result = await readDocument(pdf, 'application/pdf', ocr);
    expect(result).toMatchObject({ method: 'ocr', pageCount: OCR_MAX_PAGES + 2 });
    expect(result.pages).toHaveLength(OCR_MAX_PAGES);
    expect(result.pages.every((page) => page.includes('Fotostudio Scan'))).toBe(true);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('gives up on a page that takes too long, or a rasteriser that fails: "not read", temporary files removed', async () => {
    const tmp = mkdtempSync(join(work, 'tmp-'));
    const { pdf } = await scannedPdf(['Pagina een']);
    for (const pdftoppm of [fakeBinary('slow-pdftoppm', 'sleep 10'), fakeBinary('failing-pdftoppm', 'exit 3')]) {
      const { ocr } = (await detectOcr({ pdftoppm, tempDir: () => tmp, pageTimeoutMs: 300 }))!;
      const started = Date.now();
      expect(await readDocument(pdf, 'application/pdf', ocr)).toEqual({ method: 'none', pages: [], pageCount: 1 });
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(readdirSync(tmp)).toEqual([]);
    }
  });
});
