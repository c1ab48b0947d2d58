/**
 * The document evidence benchmark ("a clean application decided in under 30 seconds"): 100 typical
 * company documents — one to three A4 pages of text made with pdfkit (letterhead, address, VAT and
 * register numbers, dates, 30 lines a page) — read as the `document-evidence.extract` job reads them.
 *
 * 1. In process, no database: `readDocument` (unpdf) + `readFindings` per document — the reading itself.
 * 2. Through the job: 100 registrations submitted with the job workers off (their extraction jobs
 *    queue up), then the evidence workers started; timed until every document has its evidence row
 *    (extraction, findings, signals, both tables written). This process's RSS before and at its peak
 *    (sampled every 50 ms); the growth is what the reading costs.
 *
 * 3. OCR, where tesseract and pdftoppm are installed: BENCH_SCANNED (5) scanned A5 PDFs of 1–2 pages
 *    (18 lines of text rasterised at 150 dpi, wrapped as images in a PDF) read in process as the job reads them
 *    (`pdftoppm -r 200`, tesseract); the peak RSS of this process and of its OCR child processes
 *    (sampled from /proc). Stops after 120 s.
 *
 * Target: ≥ 10 documents/s through the job, and RSS growth while reading < 100 MB; by OCR, each
 * scanned document read (VAT number and name found) in < 15 s, and the children's peak RSS < 300 MB.
 *
 *   npx tsx bench/document-evidence.ts          (PGlite; PostgreSQL too with BENCH_DATABASE_URL)
 *   BENCH_DOCUMENTS=300 npx tsx bench/document-evidence.ts
 */
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { count } from 'drizzle-orm';
import PDFDocument from 'pdfkit';
import type { RegistrationInput } from '../contracts/registration.js';
import { detectOcr, readDocument, readFindings } from '../server/modules/document-evidence/index.js';
import { hasBinaries, SCANNED_CERTIFICATE, scannedPdf } from '../server/modules/document-evidence/ocr-fixtures.js';
import { type Database, openDatabase, schema } from '../server/platform/db/index.js';
import { startRuntime } from '../server/platform/runtime.js';
import {
  benchConfig,
  type Engine,
  engines,
  finish,
  printJson,
  printMachine,
  printTable,
  round,
  tempDir,
  withFreshPostgres,
} from './lib/common.js';
import { judged, report, shown } from './lib/results.js';

const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 100);
const TARGET_PER_SECOND = 10;
/** Growth of this process's RSS while the documents are read (PGlite and the app are already in it). */
const TARGET_GROWTH_MB = 100;
const SCANNED = Number(process.env.BENCH_SCANNED ?? 5);
const OCR_BUDGET_MS = 120_000;
const TARGET_OCR_SECONDS = 15;
const TARGET_OCR_CHILD_MB = 300;
const MB = 1024 * 1024;

function rssSampler() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage().rss);
    },
  };
}

/** Document `i`: an invoice or a chamber extract of "Bench Company i B.V.", 1–3 pages. */
function companyDocument(i: number): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: `Bench document ${i}` } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const pages = 1 + (i % 3);
  for (let p = 0; p < pages; p++) {
    if (p > 0) doc.addPage();
    doc
      .font('Helvetica-Bold')
      .fontSize(16)
      .text(p === 0 ? 'Factuur / Invoice' : `Vervolg pagina ${p + 1}`);
    doc.font('Helvetica').fontSize(10);
    doc.text('Leverancier Groothandel B.V., Industrieweg 12, 3542 AD Utrecht, btw NL004495445B01');
    doc.text(`Bench Company ${i} B.V.`);
    doc.text(`Keizersgracht ${i + 1}`);
    doc.text('1015 CJ Amsterdam');
    doc.text(`KvK-nummer: ${String(10_000_000 + i)}  Factuurnummer: 2026-${1000 + i}`);
    doc.text(
      `Factuurdatum: ${1 + (i % 28)} oktober 2026   Vervaldatum: ${String(1 + (i % 28)).padStart(2, '0')}-11-2026`,
    );
    for (let line = 0; line < 30; line++) {
      doc.text(
        `${line + 1}. Fotopapier glans A4, 100 vel, artikel ${9000 + line}   ${line + 1} x € 12,50   € ${((line + 1) * 12.5).toFixed(2)}`,
      );
    }
  }
  doc.end();
  return done;
}

function application(i: number): RegistrationInput {
  return {
    idempotencyKey: randomUUID(),
    source: 'bench',
    organisation: {
      legalName: `Bench Company ${i} B.V.`,
      tradingName: undefined,
      country: 'NL',
      street: 'Keizersgracht',
      houseNumber: String(i + 1),
      postcode: '1015 CJ',
      city: 'Amsterdam',
      phone: '+31 20 123 4567',
    },
    company: {
      vatRegistered: false,
      vatNumber: undefined,
      tradeRegisterNumber: String(10_000_000 + i),
      electronicAddress: undefined,
      legacyEmail: undefined,
    },
    contact: { firstName: 'Bench', lastName: `Applicant ${i}`, email: `evidence-${i}@bench.example`, locale: 'nl' },
    documents: [{ kind: 'company_invoice' }],
    declaration: true,
  };
}

const benchSubject = (i: number) => ({
  legalName: `Bench Company ${i} B.V.`,
  tradingName: null,
  vatRegistered: false,
  vatNumber: null as string | null,
  street: 'Keizersgracht',
  houseNumber: String(i + 1),
  postcode: '1015 CJ',
  city: 'Amsterdam',
  country: 'NL',
  tradeRegisterNumber: String(10_000_000 + i),
});

type Result = {
  engine: string;
  documents: number;
  seconds: number;
  perSecond: number;
  baselineRssMb: number;
  peakRssMb: number;
  read: number;
};

async function inProcess(files: Buffer[]): Promise<Result> {
  const baseline = process.memoryUsage().rss;
  const rss = rssSampler();
  const started = performance.now();
  let read = 0;
  for (const [i, file] of files.entries()) {
    const result = await readDocument(file, 'application/pdf', null);
    const findings = readFindings(result.pages, benchSubject(i), '2026-11-25');
    if (result.method === 'text' && findings.name.found && findings.registerNumber.found) read++;
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    engine: 'in process',
    documents: files.length,
    seconds,
    perSecond: files.length / seconds,
    baselineRssMb: baseline / MB,
    peakRssMb: rss.stop() / MB,
    read,
  };
}

async function throughJob(engine: Engine, files: Buffer[], database?: Database, databaseUrl?: string): Promise<Result> {
  const tmp = tempDir('evidence');
  const runtime = await startRuntime(benchConfig(tmp.dir, databaseUrl ? { DATABASE_URL: databaseUrl } : {}), {
    database,
    logger: false,
    // Submissions queue their extraction jobs; the evidence workers are started below, timed.
    workers: false,
  });
  try {
    const { services } = runtime;
    for (const [i, file] of files.entries()) {
      const stored = await runtime.storage.put(Readable.from(file), 10 * MB);
      const input = services.verification.validate(application(i));
      await services.verification.submit(
        input,
        [
          {
            kind: 'company_invoice',
            storageKey: stored.key,
            contentType: 'application/pdf',
            size: stored.size,
            originalName: `factuur-${i}.pdf`,
          },
        ],
        { ip: '127.0.0.1' },
      );
    }
    const db = runtime.database.db;
    const baseline = process.memoryUsage().rss;
    const rss = rssSampler();
    const started = performance.now();
    await services.documentEvidence.startWorkers();
    let done = 0;
    while (done < files.length && performance.now() - started < 300_000) {
      await new Promise((r) => setTimeout(r, 50));
      done = (await db.select({ n: count() }).from(schema.documentEvidence))[0]!.n;
    }
    const seconds = (performance.now() - started) / 1000;
    const peak = rss.stop();
    const clean = (await db.select({ n: count() }).from(schema.applicationEvidence))[0]!.n;
    return {
      engine: engine.name,
      documents: done,
      seconds,
      perSecond: done / seconds,
      baselineRssMb: baseline / MB,
      peakRssMb: peak / MB,
      read: clean,
    };
  } finally {
    await runtime.stop();
    tmp.remove();
  }
}

/** RSS of this process's child processes (tesseract, pdftoppm), from /proc; 0 where there is none. */
function childrenRss(): number {
  let total = 0;
  try {
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        if (Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]) !== process.pid) continue;
        total += Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0) * 1024;
      } catch {
        // The process ended meanwhile.
      }
    }
  } catch {
    // No /proc (not Linux): children not measured.
  }
  return total;
}

type OcrResult = { documents: number; read: number; seconds: number; slowest: number; peakMb: number; childMb: number };

/** Scanned PDFs read by OCR in process, as the extraction job reads them; null without the binaries. */
async function byOcr(): Promise<OcrResult | null> {
  const engine = hasBinaries ? await detectOcr() : null;
  if (!engine?.ocr.pdf) return null;
  console.log(`OCR: ${engine.description}`);
  const scans: Buffer[] = [];
  for (let i = 0; i < SCANNED; i++) {
    const items = Array.from({ length: 12 }, (_, l) => `${l + 1}. Fotopapier glans A4, artikel ${9000 + l}  € 12,50`);
    const lines = [...SCANNED_CERTIFICATE, `Kenmerk ${1000 + i}`, 'Datum: 12 november 2026', ...items];
    scans.push((await scannedPdf(lines, 1 + (i % 2))).pdf);
  }
  let childPeak = 0;
  const children = setInterval(() => {
    childPeak = Math.max(childPeak, childrenRss());
  }, 100);
  const rss = rssSampler();
  const started = performance.now();
  let [read, slowest, documents] = [0, 0, 0];
  try {
    for (const scan of scans) {
      if (performance.now() - started > OCR_BUDGET_MS) break;
      const one = performance.now();
      const result = await readDocument(scan, 'application/pdf', engine.ocr);
      slowest = Math.max(slowest, (performance.now() - one) / 1000);
      documents++;
      const subject = { ...benchSubject(0), legalName: 'Fotostudio Scan B.V.', vatRegistered: true };
      const findings = readFindings(result.pages, { ...subject, vatNumber: 'NL100000009B01' }, '2026-11-25');
      if (result.method === 'ocr' && findings.vatNumber.found && findings.name.found) read++;
    }
  } finally {
    clearInterval(children);
  }
  const seconds = (performance.now() - started) / 1000;
  return { documents, read, seconds, slowest, peakMb: rss.stop() / MB, childMb: childPeak / MB };
}

printMachine();
const files: Buffer[] = [];
for (let i = 0; i < DOCUMENTS; i++) files.push(await companyDocument(i));
const sizes = files.map((f) => f.length);
console.log(
  `${DOCUMENTS} PDFs of 1–3 pages, ${Math.round(sizes.reduce((a, b) => a + b, 0) / DOCUMENTS / 1024)} KB on average`,
);

const results: Result[] = [await inProcess(files)];
for (const engine of engines()) {
  if (engine.name === 'pglite') results.push(await throughJob(engine, files, await openDatabase({})));
  else results.push(await withFreshPostgres(engine.adminUrl, (url) => throughJob(engine, files, undefined, url)));
}
printTable(
  'Document evidence: text layer extraction + findings (+ the job: evidence rows and signals)',
  [
    'path',
    'documents',
    'seconds',
    'documents/s',
    'RSS before MB',
    'peak RSS MB',
    'growth MB',
    'name+KvK found / signals',
  ],
  results.map((r) => [
    r.engine,
    r.documents,
    r.seconds.toFixed(2),
    r.perSecond.toFixed(1),
    r.baselineRssMb.toFixed(0),
    r.peakRssMb.toFixed(0),
    (r.peakRssMb - r.baselineRssMb).toFixed(0),
    r.read,
  ]),
);
report('document-evidence', 'none', [
  shown('documents/s in process', results[0]!.perSecond, 'documents/s'),
  judged(
    'documents read (name + KvK found)',
    results[0]!.read,
    'count',
    `= ${DOCUMENTS}`,
    results[0]!.read === DOCUMENTS,
  ),
]);
for (const r of results.slice(1))
  report('document-evidence', r.engine, [
    judged(
      'documents/s through the job',
      r.perSecond,
      'documents/s',
      `≥ ${TARGET_PER_SECOND}`,
      r.perSecond >= TARGET_PER_SECOND,
    ),
    judged(
      'RSS growth',
      r.peakRssMb - r.baselineRssMb,
      'MB',
      `< ${TARGET_GROWTH_MB}`,
      r.peakRssMb - r.baselineRssMb < TARGET_GROWTH_MB,
    ),
    judged('documents done', r.documents, 'count', `= ${DOCUMENTS}`, r.documents === DOCUMENTS),
  ]);
const ocr = await byOcr();
if (ocr) {
  printTable(
    'Scanned PDFs by OCR (pdftoppm -r 200 + tesseract), in process',
    ['documents', 'seconds', 'documents/s', 'slowest s', 'peak RSS MB', 'OCR children peak RSS MB', 'VAT+name found'],
    [
      [
        ocr.documents,
        ocr.seconds.toFixed(2),
        (ocr.documents / ocr.seconds).toFixed(2),
        ocr.slowest.toFixed(2),
        ocr.peakMb.toFixed(0),
        ocr.childMb.toFixed(0),
        ocr.read,
      ],
    ],
  );
} else
  console.log('\nOCR: skipped (needs tesseract with eng and pdftoppm: tesseract-ocr tesseract-ocr-eng poppler-utils)');
if (ocr)
  report('document-evidence', 'none', [
    shown('scanned PDFs by OCR per second', ocr.documents / ocr.seconds, 'documents/s'),
    shown('slowest scanned PDF', ocr.slowest, 's'),
    shown('OCR children peak RSS', ocr.childMb, 'MB'),
    judged('scanned PDFs read (VAT + name)', ocr.read, 'count', `= ${ocr.documents}`, ocr.read === ocr.documents),
  ]);
printJson('document-evidence', {
  documents: DOCUMENTS,
  ocr: ocr && {
    ...ocr,
    seconds: round(ocr.seconds),
    slowest: round(ocr.slowest),
    peakMb: round(ocr.peakMb, 0),
    childMb: round(ocr.childMb, 0),
  },
  results: results.map((r) => ({
    ...r,
    seconds: round(r.seconds),
    perSecond: round(r.perSecond, 1),
    baselineRssMb: round(r.baselineRssMb, 0),
    peakRssMb: round(r.peakRssMb, 0),
  })),
});
const jobs = results.slice(1);
finish(
  jobs.every(
    (r) =>
      r.documents === DOCUMENTS && r.perSecond >= TARGET_PER_SECOND && r.peakRssMb - r.baselineRssMb < TARGET_GROWTH_MB,
  ) &&
    results[0]!.read === DOCUMENTS &&
    (!ocr ||
      (ocr.documents === SCANNED &&
        ocr.read === SCANNED &&
        ocr.slowest < TARGET_OCR_SECONDS &&
        ocr.childMb < TARGET_OCR_CHILD_MB)),
);
