import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LANGUAGES } from '../../../contracts/languages.js';

/** Pages of a scanned PDF rasterised and read (a company's identity is on its first pages; OCR is slow). */
export const OCR_MAX_PAGES = 3;
/** Rasterising one page, and reading one image, each stop after this long. */
export const OCR_PAGE_TIMEOUT_MS = 30_000;
/** No further page is started this long after a scanned PDF's first: one slow scan does not hold up the queue. */
const OCR_DOCUMENT_BUDGET_MS = 45_000;
/** Resolution of a rasterised page: enough for 8-point print, small enough to read in seconds. */
const RASTER_DPI = 200;
/** Output of one OCR run kept (bytes); more is a sign of something other than a company document. */
const MAX_OUTPUT_BYTES = 800 * 1024;

/** The programme's languages as tesseract names its trained data. */
const TESSERACT_LANGUAGES: Record<(typeof LANGUAGES)[number], string> = {
  nl: 'nld',
  en: 'eng',
  de: 'deu',
  fr: 'fra',
  it: 'ita',
  es: 'spa',
  pt: 'por',
  pl: 'pol',
  cs: 'ces',
  sk: 'slk',
  hu: 'hun',
  da: 'dan',
  sv: 'swe',
  fi: 'fin',
  nb: 'nor',
};

/** Optical character recognition: an image's text, and a scanned PDF's first pages' text when it can rasterise. */
export type Ocr = {
  image(bytes: Buffer): Promise<string>;
  pdf?(bytes: Buffer, pages: number): Promise<string[]>;
};
export type OcrEngine = { ocr: Ocr; description: string };
type OcrOptions = { tesseract: string; pdftoppm: string; tempDir: () => string; pageTimeoutMs: number };
const DEFAULTS: OcrOptions = {
  tesseract: 'tesseract',
  pdftoppm: 'pdftoppm',
  tempDir: tmpdir,
  pageTimeoutMs: OCR_PAGE_TIMEOUT_MS,
};

// One thread per run: several documents are read at once on few cores, and tesseract's own
// threads only compete with each other there.
const childEnv = () => ({ ...process.env, OMP_THREAD_LIMIT: '1' });

function run(command: string, args: string[], timeout = 10_000): Promise<string | null> {
  return new Promise((resolve) => {
    execFile(command, args, { timeout, env: childEnv() }, (error, stdout, stderr) =>
      resolve(error ? null : `${stdout}${stderr}`),
    );
  });
}

/** Runs tesseract on `input` (a file, or `stdin` with `image`), the text from stdout, bounded in time and size. */
function tesseract(options: OcrOptions, languages: string, input: string, image?: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(options.tesseract, [input, 'stdout', '-l', languages], {
      stdio: ['pipe', 'pipe', 'ignore'],
      timeout: options.pageTimeoutMs,
      env: childEnv(),
    });
    const chunks: Buffer[] = [];
    let size = 0;
    child.stdout.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_OUTPUT_BYTES) chunks.push(c);
    });
    child.on('error', reject);
    child.on('close', (code, signal) =>
      code === 0
        ? resolve(Buffer.concat(chunks).toString('utf8'))
        : reject(new Error(`tesseract ${signal ? `stopped (${signal})` : `exit ${code}`}`)),
    );
    child.stdin.on('error', () => {});
    child.stdin.end(image);
  });
}

/**
 * OCR through the `tesseract` binary on the PATH, with the installed languages that are the
 * programme's (at least `eng`), and scanned PDFs rasterised by `pdftoppm` (poppler-utils) when that
 * is there too; null without tesseract or its `eng` data. Looked for once, at start.
 */
export async function detectOcr(options: Partial<OcrOptions> = {}): Promise<OcrEngine | null> {
  const commands: OcrOptions = { ...DEFAULTS, ...options };
  const version = await run(commands.tesseract, ['--version']);
  if (version === null) return null;
  const installed = new Set(
    ((await run(commands.tesseract, ['--list-langs'])) ?? '')
      .split('\n')
      .slice(1)
      .map((l) => l.trim()),
  );
  if (!installed.has('eng')) return null;
  const languages = [
    'eng',
    ...LANGUAGES.map((l) => TESSERACT_LANGUAGES[l]).filter((l) => l !== 'eng' && installed.has(l)),
  ];
  const lang = languages.join('+');
  const rasteriser = (await run(commands.pdftoppm, ['-v'])) !== null;
  const ocr: Ocr = { image: (bytes) => tesseract(commands, lang, 'stdin', bytes) };
  if (rasteriser) ocr.pdf = (bytes, pages) => readScannedPdf(commands, lang, bytes, pages);
  const name = version.split('\n')[0]!.trim();
  return {
    ocr,
    description: `${name} (${languages.join(', ')})${rasteriser ? '' : ', images only: no pdftoppm for scanned PDFs'}`,
  };
}

/**
 * The first `pages` pages of a PDF as text: each page rasterised (`pdftoppm -r 200 -png`) and read,
 * one at a time, each bounded in time, in a temporary folder removed afterwards, also on failure.
 */
async function readScannedPdf(commands: OcrOptions, lang: string, bytes: Buffer, pages: number): Promise<string[]> {
  const dir = await mkdtemp(join(commands.tempDir(), 'propass-ocr-'));
  try {
    const input = join(dir, 'document.pdf');
    await writeFile(input, bytes);
    const texts: string[] = [];
    const stopAt = Date.now() + OCR_DOCUMENT_BUDGET_MS;
    for (let page = 1; page <= Math.min(pages, OCR_MAX_PAGES) && Date.now() < stopAt; page++) {
      const prefix = join(dir, `page-${page}`);
      const args = ['-r', String(RASTER_DPI), '-png', '-f', String(page), '-l', String(page), input, prefix];
      if ((await run(commands.pdftoppm, args, commands.pageTimeoutMs)) === null) throw new Error('pdftoppm failed');
      // pdftoppm pads the page number in the name to the document's page count.
      const [image] = (await readdir(dir)).filter((f) => f.startsWith(`page-${page}-`) && f.endsWith('.png'));
      if (!image) throw new Error('pdftoppm wrote no page');
      texts.push(await tesseract(commands, lang, join(dir, image)));
      await rm(join(dir, image), { force: true });
    }
    return texts;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
