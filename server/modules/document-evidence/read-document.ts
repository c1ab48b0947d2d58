import { extractText, getDocumentProxy } from 'unpdf';
import type { Ocr } from './ocr.js';

type PDFDocumentProxy = Awaited<ReturnType<typeof getDocumentProxy>>;

/** At most this much text is kept per document (the findings look at the same text). */
export const MAX_TEXT_CHARS = 200 * 1024;
/** Pages read of a longer document (a company's identity is on its first pages). */
export const MAX_PAGES = 20;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export type ReadResult = { method: 'text' | 'ocr' | 'none'; pages: string[]; pageCount: number };

/**
 * The text of a long document's first pages, one page at a time (unpdf's `extractText` reads every
 * page at once): what identifies a company is at the front, and the job stays short.
 */
async function firstPages(pdf: PDFDocumentProxy, count: number): Promise<string[]> {
  const pages: string[] = [];
  for (let i = 1; i <= count; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    // As unpdf joins a page's items.
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
  }
  return pages;
}

/** Keeps the pages' text within `MAX_TEXT_CHARS` in all, cutting the page that crosses it. */
function bounded(pages: string[]): string[] {
  const kept: string[] = [];
  let left = MAX_TEXT_CHARS;
  for (const page of pages) {
    if (left <= 0) break;
    // PostgreSQL stores neither NUL nor lone surrogates in text (pdf.js can yield both).
    const text = page.replaceAll('\u0000', '').slice(0, left).replace(LONE_SURROGATE, '\uFFFD');
    kept.push(text);
    left -= text.length + 1;
  }
  return kept;
}

/**
 * The text of a company document: a PDF's text layer (unpdf); a scanned PDF's first pages, or an
 * image, by OCR when the binaries were found at start (`method: 'ocr'`, shown to the validator as
 * read by OCR: less sure than a text layer). What cannot be read is `none`: "not read", which the
 * signals show as gray, never as evidence against the applicant.
 */
export async function readDocument(bytes: Buffer, contentType: string, ocr: Ocr | null): Promise<ReadResult> {
  if (contentType === 'application/pdf') {
    let pageCount: number;
    try {
      // unpdf's serverless pdf.js build compiles no font programs (no eval), and only text is read here.
      const pdf = await getDocumentProxy(new Uint8Array(bytes));
      pageCount = pdf.numPages;
      try {
        const text =
          pdf.numPages <= MAX_PAGES
            ? (await extractText(pdf, { mergePages: false })).text
            : await firstPages(pdf, MAX_PAGES);
        const pages = bounded(text);
        if (pages.some((p) => p.trim().length > 0)) return { method: 'text', pages, pageCount };
      } finally {
        await pdf.loadingTask.destroy();
      }
    } catch {
      // A PDF pdf.js cannot open (damaged, encrypted): not read, for the validator to open.
      return { method: 'none', pages: [], pageCount: 0 };
    }
    // No text layer: a scan, read page by page where a rasteriser and OCR are there.
    return ocrResult(() => ocr?.pdf?.(bytes, pageCount) ?? Promise.resolve([]), pageCount);
  }
  if (ocr && (contentType === 'image/jpeg' || contentType === 'image/png')) {
    return ocrResult(async () => [await ocr.image(bytes)], 1);
  }
  return { method: 'none', pages: [], pageCount: contentType.startsWith('image/') ? 1 : 0 };
}

async function ocrResult(read: () => Promise<string[]>, pageCount: number): Promise<ReadResult> {
  try {
    const pages = bounded(await read());
    if (pages.some((p) => p.trim())) return { method: 'ocr', pages, pageCount };
  } catch {
    // OCR failed or took too long on this document: treated as not read.
  }
  return { method: 'none', pages: [], pageCount };
}
