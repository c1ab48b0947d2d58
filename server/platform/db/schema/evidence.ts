import { boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { applicationDocuments, applications } from './verification.js';

/**
 * What an uploaded company document says, read by a job after the upload: its text layer (or OCR
 * where a `tesseract` binary exists), bounded, and what was found in it about the application's
 * form (VAT number, name, address, date, register number, another company). One row per document.
 */
export const documentEvidence = pgTable(
  'document_evidence',
  {
    documentId: uuid('document_id')
      .primaryKey()
      .references(() => applicationDocuments.id),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    kind: text('kind').notNull(),
    /** `none`: nothing could be read (an image without OCR, a scanned PDF, a damaged file). */
    method: text('method', { enum: ['text', 'ocr', 'none'] }).notNull(),
    pages: integer('pages').notNull().default(0),
    /** The extracted text, at most the first 200 KB; pages separated by form feeds. */
    text: text('text').notNull().default(''),
    findings: jsonb('findings').$type<Record<string, unknown>>().notNull().default({}),
    extractedAt: timestamp('extracted_at', { withTimezone: true }).notNull().defaultNow(),
    /** When the text and snippets were cleared because the retention job deleted the document. */
    redactedAt: timestamp('redacted_at', { withTimezone: true }),
  },
  (t) => [index('document_evidence_application_idx').on(t.applicationId)],
);

/**
 * The signals of an application as last computed (after each extraction, and whenever the case page
 * computes them again): the case list's "clean" badge, filter and clean-first order read `clean`.
 */
export const applicationEvidence = pgTable(
  'application_evidence',
  {
    applicationId: uuid('application_id')
      .primaryKey()
      .references(() => applications.id),
    clean: boolean('clean').notNull(),
    signals: jsonb('signals').$type<unknown[]>().notNull().default([]),
    /** The form as the signals were computed against it, so a nightly job can compute them again. */
    subject: jsonb('subject').$type<Record<string, unknown>>(),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('application_evidence_clean_idx').on(t.clean)],
);
