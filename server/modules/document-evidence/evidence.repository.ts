import { and, eq, isNotNull, isNull, lt } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/index.js';
import { schema } from '../../platform/db/index.js';

const { documentEvidence, applicationEvidence, applicationDocuments } = schema;
export type DocumentEvidenceRow = typeof documentEvidence.$inferSelect;

export const evidenceRepository = {
  listForApplication: (db: DbOrTx, applicationId: string) =>
    db.select().from(documentEvidence).where(eq(documentEvidence.applicationId, applicationId)),

  /** A document's evidence, once: a repeated or concurrent job keeps the first. */
  async insert(db: DbOrTx, row: typeof documentEvidence.$inferInsert) {
    await db.insert(documentEvidence).values(row).onConflictDoNothing();
  },

  async signals(db: DbOrTx, applicationId: string) {
    const [row] = await db
      .select()
      .from(applicationEvidence)
      .where(eq(applicationEvidence.applicationId, applicationId));
    return row;
  },

  async saveSignals(
    db: DbOrTx,
    applicationId: string,
    values: { clean: boolean; signals: unknown[]; subject?: Record<string, unknown> },
    at: Date,
  ) {
    await db
      .insert(applicationEvidence)
      .values({ applicationId, ...values, computedAt: at })
      .onConflictDoUpdate({ target: applicationEvidence.applicationId, set: { ...values, computedAt: at } });
  },

  /** Clean cases whose signals were computed before `before` (an invoice ages, VIES may change). */
  cleanComputedBefore: (db: DbOrTx, before: Date, limit: number) =>
    db
      .select({ applicationId: applicationEvidence.applicationId, subject: applicationEvidence.subject })
      .from(applicationEvidence)
      .where(
        and(
          eq(applicationEvidence.clean, true),
          lt(applicationEvidence.computedAt, before),
          isNotNull(applicationEvidence.subject),
        ),
      )
      .limit(limit),

  /** Evidence of documents the retention job deleted whose text is still kept. */
  deletedNotRedacted: (db: DbOrTx, limit: number) =>
    db
      .select({ documentId: documentEvidence.documentId, findings: documentEvidence.findings })
      .from(documentEvidence)
      .innerJoin(applicationDocuments, eq(applicationDocuments.id, documentEvidence.documentId))
      .where(and(isNotNull(applicationDocuments.deletedAt), isNull(documentEvidence.redactedAt)))
      .limit(limit),

  async redact(db: DbOrTx, documentId: string, findings: Record<string, unknown>, at: Date) {
    await db
      .update(documentEvidence)
      .set({ text: '', findings, redactedAt: at })
      .where(eq(documentEvidence.documentId, documentId));
  },
};
