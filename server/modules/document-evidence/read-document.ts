import { execFile, spawn } from 'node:child_process';
import { extractText, getDocumentProxy } from 'unpdf';

type PDFDocumentProxy = Awaited<ReturnType<typeof getDocumentProxy>>;

/** At most this much text is kept per document (the findings look at the same text). */
export const MAX_TEXT_CHARS = 200 * 1024;
/** Pages read of a longer document (a company's identity is on its first pages). */
export const MAX_PAGES = 20;
const OCR_TIMEOUT_MS = 60_000;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export type ReadResult = { method: 'text' | 'ocr' | 'none'; pages: string[]; pageCount: number };
/** Optical character recognition of one image (JPEG/PNG bytes) to text. */
export type Ocr = (image: Buffer) => Promise<string>;

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
 * The text of a company document: a PDF's text layer (unpdf), or an image's text by OCR when a
 * `tesseract` binary was found. A scanned PDF (no text layer) or an image without OCR is `none`:
 * "not read", which the signals show as gray, never as evidence against the applicant.
 */
export async function readDocument(bytes: Buffer, contentType: string, ocr: Ocr | null): Promise<ReadResult> {
  if (contentType === 'application/pdf') {
    try {
      // unpdf's serverless pdf.js build compiles no font programs (no eval), and only text is read here.
      const pdf = await getDocumentProxy(new Uint8Array(bytes));
      try {
        const text =
          pdf.numPages <= MAX_PAGES
            ? (await extractText(pdf, { mergePages: false })).text
            : await firstPages(pdf, MAX_PAGES);
        const pages = bounded(text);
        const hasText = pages.some((p) => p.trim().length > 0);
        return { method: hasText ? 'text' : 'none', pages: hasText ? pages : [], pageCount: pdf.numPages };
      } finally {
        await pdf.loadingTask.destroy();
      }
    } catch {
      // A PDF pdf.js cannot open (damaged, encrypted): not read, for the validator to open.
      return { method: 'none', pages: [], pageCount: 0 };
    }
  }
  if (ocr && (contentType === 'image/jpeg' || contentType === 'image/png')) {
    try {
      const text = await ocr(bytes);
      if (text.trim()) return { method: 'ocr', pages: bounded([text]), pageCount: 1 };
    } catch {
      // OCR failed on this image: treated as not read.
    }
  }
  return { method: 'none', pages: [], pageCount: contentType.startsWith('image/') ? 1 : 0 };
}

/**
 * OCR through a `tesseract` binary on the PATH, or null when there is none (checked once, at start).
 * The image goes in on stdin and the text comes back on stdout: no temporary files.
 */
export async function detectTesseract(command = 'tesseract'): Promise<{ ocr: Ocr; version: string } | null> {
  const version = await new Promise<string | null>((resolve) => {
    execFile(command, ['--version'], { timeout: 10_000 }, (error, stdout, stderr) =>
      resolve(error ? null : `${stdout}${stderr}`.split('\n')[0]!.trim()),
    );
  });
  if (version === null) return null;
  const ocr: Ocr = (image) =>
    new Promise((resolve, reject) => {
      const child = spawn(command, ['stdin', 'stdout'], { stdio: ['pipe', 'pipe', 'ignore'], timeout: OCR_TIMEOUT_MS });
      const chunks: Buffer[] = [];
      let size = 0;
      child.stdout.on('data', (c: Buffer) => {
        size += c.length;
        if (size <= MAX_TEXT_CHARS * 4) chunks.push(c);
      });
      child.on('error', reject);
      child.on('close', (code) =>
        code === 0 ? resolve(Buffer.concat(chunks).toString('utf8')) : reject(new Error(`tesseract exit ${code}`)),
      );
      child.stdin.on('error', () => {});
      child.stdin.end(image);
    });
  return { ocr, version };
}
