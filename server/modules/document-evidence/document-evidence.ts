import type { Readable } from 'node:stream';
import type {
  CaseEvidence,
  DocumentFindings,
  DocumentKind,
  VatRegistryEvidence,
} from '../../../contracts/registration.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/index.js';
import type { Jobs } from '../../platform/jobs.js';
import type { Storage } from '../../platform/storage.js';
import { localDate } from '../../platform/working-days.js';
import { type DocumentEvidenceRow, evidenceRepository as repo } from './evidence.repository.js';
import { type EvidenceSubject, NO_FINDINGS, readFindings } from './findings.js';
import { detectOcr, type Ocr, type OcrEngine } from './ocr.js';
import { readDocument } from './read-document.js';
import { computeSignals, type ReadDocument } from './signals.js';

const EXTRACT_QUEUE = 'document-evidence.extract';
const SIGNALS_QUEUE = 'document-evidence.signals';
const NIGHTLY_QUEUE = 'document-evidence.nightly';
/** While VIES has not answered, the signals are computed again every minute, for up to half an hour. */
const SIGNALS_RETRY_SECONDS = 60;
const SIGNALS_RETRIES = 30;
/** A document still unread this long after its upload lost its job: the case page queues it again. */
const LOST_JOB_MS = 2 * 60_000;
const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export type EvidenceDocumentRef = { id: string; kind: DocumentKind; storageKey: string; contentType: string };
export type CaseDocumentRef = EvidenceDocumentRef & { originalName: string; uploadedAt: Date; deletedAt: Date | null };
type ExtractJob = { applicationId: string; subject: EvidenceSubject; documents: EvidenceDocumentRef[] };
type SignalsJob = { applicationId: string; subject: EvidenceSubject; attempt: number };

async function readAll(stream: Readable, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > max) {
      stream.destroy();
      throw new Error('document too large');
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

const statusOf = (row: DocumentEvidenceRow): ReadDocument['status'] => (row.method === 'none' ? 'not_read' : 'read');

/**
 * What the company documents say, beside every case: `request` queues the reading of uploaded
 * documents (a job, never on the upload's request), the worker extracts each document's text and
 * findings once, and `caseEvidence` turns them — with the VAT registry's answer — into signals and
 * keeps the case's "clean" flag for the case list.
 */
export function createDocumentEvidence(deps: {
  db: Db;
  clock: Clock;
  jobs: Jobs;
  storage: Storage;
  timeZone: string;
  /** The VAT registry's latest answer (absent where no registry is wired). */
  vatEvidence?: (vatNumber: string, names: (string | null)[]) => Promise<VatRegistryEvidence>;
  log: { warn(obj: object, msg: string): void; info(obj: object, msg: string): void };
  /** OCR for images and scanned PDFs; by default `tesseract` (and `pdftoppm`) on the PATH, looked for at start. */
  ocr?: Ocr | null;
}) {
  const { db, clock } = deps;
  // Looked for once, as the app is built: the workers read with it and `/readyz` names it.
  const detected: Promise<OcrEngine | null> =
    deps.ocr === undefined ? detectOcr() : Promise.resolve(deps.ocr && { ocr: deps.ocr, description: 'configured' });
  const today = () => localDate(clock.now(), deps.timeZone);

  async function save(
    applicationId: string,
    computed: { clean: boolean; signals: unknown[] },
    subject: EvidenceSubject,
    always = false,
  ) {
    const stored = await repo.signals(db, applicationId);
    const same =
      stored?.subject &&
      stored.clean === computed.clean &&
      JSON.stringify(stored.signals) === JSON.stringify(computed.signals);
    if (same && !always) return;
    await repo.saveSignals(db, applicationId, { ...computed, subject }, clock.now());
  }

  /** The signals from what the documents read so far say; again later while VIES has not answered. */
  async function refresh(applicationId: string, subject: EvidenceSubject, attempt = 0, always = false) {
    const rows = await repo.listForApplication(db, applicationId);
    const vatRegistry =
      subject.vatNumber && deps.vatEvidence
        ? await deps.vatEvidence(subject.vatNumber, [subject.legalName, subject.tradingName])
        : null;
    const computed = computeSignals({
      subject,
      vatRegistry,
      documents: rows.map((r) => ({ kind: r.kind as DocumentKind, status: statusOf(r), findings: findingsOf(r) })),
      today: today(),
    });
    await save(applicationId, computed, subject, always);
    const waiting = vatRegistry?.outcome === 'pending' || vatRegistry?.outcome === 'unavailable';
    if (waiting && attempt < SIGNALS_RETRIES) {
      await deps.jobs
        .send(SIGNALS_QUEUE, { applicationId, subject, attempt: attempt + 1 } satisfies SignalsJob, {
          startAfter: SIGNALS_RETRY_SECONDS,
          retryLimit: 1,
        })
        .catch((error: unknown) => deps.log.warn({ err: error }, 'evidence signals not re-queued'));
    }
    return computed;
  }

  /** Reads the documents of one upload that have no evidence yet, then computes the case's signals. */
  async function extract(job: ExtractJob) {
    const done = new Set((await repo.listForApplication(db, job.applicationId)).map((r) => r.documentId));
    const day = today();
    const ocr = (await detected)?.ocr ?? null;
    for (const doc of job.documents) {
      if (done.has(doc.id)) continue;
      let bytes: Buffer | null = null;
      try {
        bytes = await readAll(deps.storage.read(doc.storageKey), MAX_DOCUMENT_BYTES);
      } catch (error) {
        // Deleted by retention, or missing: recorded as not read rather than retried for ever.
        deps.log.warn({ err: error, documentId: doc.id }, 'document not readable for evidence');
      }
      const result = bytes
        ? await readDocument(bytes, doc.contentType, ocr)
        : { method: 'none' as const, pages: [], pageCount: 0 };
      await repo.insert(db, {
        documentId: doc.id,
        applicationId: job.applicationId,
        kind: doc.kind,
        method: result.method,
        pages: result.pageCount,
        text: result.pages.join('\f'),
        findings: result.method === 'none' ? NO_FINDINGS : readFindings(result.pages, job.subject, day),
        extractedAt: clock.now(),
      });
    }
    await refresh(job.applicationId, job.subject);
  }

  async function request(applicationId: string, subject: EvidenceSubject, documents: EvidenceDocumentRef[]) {
    if (!documents.length) return;
    try {
      // Not clean while documents wait to be read (a re-upload may change the picture).
      await repo.saveSignals(db, applicationId, { clean: false, signals: [] }, clock.now());
      await deps.jobs.send(EXTRACT_QUEUE, { applicationId, subject, documents } satisfies ExtractJob, {
        retryLimit: 3,
      });
    } catch (error) {
      // The case page queues documents whose job was lost; this costs a little time only.
      deps.log.warn({ err: error }, 'document evidence not queued');
    }
  }

  const service = {
    request,
    extract,
    refresh,

    /** For `/readyz`: the OCR found at start, "tesseract 5.3.0 (eng)" or "none". */
    async readiness(): Promise<{ ocr: string }> {
      return { ocr: (await detected)?.description ?? 'none' };
    },

    /** The case page's evidence: per document what was found, and the signals (kept for the case list). */
    async caseEvidence(
      applicationId: string,
      subject: EvidenceSubject,
      documents: CaseDocumentRef[],
      vatRegistry: VatRegistryEvidence | null,
    ): Promise<CaseEvidence> {
      const rows = new Map((await repo.listForApplication(db, applicationId)).map((r) => [r.documentId, r]));
      const shown = documents.filter((d) => rows.has(d.id) || !d.deletedAt);
      const lost = shown.filter((d) => !rows.has(d.id) && clock.now().getTime() - d.uploadedAt.getTime() > LOST_JOB_MS);
      if (lost.length)
        await request(
          applicationId,
          subject,
          lost.map(({ id, kind, storageKey, contentType }) => ({ id, kind, storageKey, contentType })),
        );
      const list = shown.map((d) => {
        const row = rows.get(d.id);
        return {
          documentId: d.id,
          kind: d.kind,
          originalName: d.originalName,
          status: row ? statusOf(row) : ('pending' as const),
          method: row?.method ?? null,
          pages: row?.pages ?? 0,
          findings: row && row.method !== 'none' ? findingsOf(row) : null,
        };
      });
      const computed = computeSignals({ subject, vatRegistry, documents: list, today: today() });
      await save(applicationId, computed, subject);
      return { ...computed, documents: list };
    },

    /**
     * Nightly: clears the text and snippets of documents the retention job deleted (what was found
     * and where stays as the record), and computes the clean cases' signals again (an invoice ages
     * past three months, a VIES answer changes), so the case list's badge stays true.
     */
    async nightly(batch = 500): Promise<{ redacted: number; recomputed: number }> {
      let redacted = 0;
      for (const row of await repo.deletedNotRedacted(db, batch)) {
        const findings = Object.fromEntries(
          Object.entries(row.findings).map(([key, value]) => [key, { ...(value as object), snippet: null }]),
        );
        await repo.redact(db, row.documentId, findings, clock.now());
        redacted++;
      }
      const stale = await repo.cleanComputedBefore(db, new Date(clock.now().getTime() - 12 * 3_600_000), batch);
      for (const row of stale) {
        // No re-queue while VIES is silent: tomorrow's run looks again.
        await refresh(row.applicationId, row.subject as EvidenceSubject, SIGNALS_RETRIES, true);
      }
      return { redacted, recomputed: stale.length };
    },

    async startWorkers() {
      const engine = await detected;
      deps.log.info(
        { ocr: engine?.description ?? 'none' },
        engine
          ? 'document evidence: OCR with tesseract'
          : 'document evidence: no tesseract binary, images and scanned PDFs are shown as not read',
      );
      await deps.jobs.work<ExtractJob>(EXTRACT_QUEUE, (job) => extract(job), { batchSize: 10 });
      await deps.jobs.work<SignalsJob>(SIGNALS_QUEUE, async ({ applicationId, subject, attempt }) => {
        await refresh(applicationId, subject, attempt);
      });
      await deps.jobs.work(NIGHTLY_QUEUE, async () => {
        const result = await service.nightly();
        if (result.redacted || result.recomputed) deps.log.info(result, 'document evidence nightly run');
      });
      // After the document retention job (03:23).
      await deps.jobs.schedule(NIGHTLY_QUEUE, '47 3 * * *');
    },
  };
  return service;
}
export type DocumentEvidenceService = ReturnType<typeof createDocumentEvidence>;

function findingsOf(row: DocumentEvidenceRow): DocumentFindings | null {
  return row.method === 'none' ? null : (row.findings as DocumentFindings);
}
