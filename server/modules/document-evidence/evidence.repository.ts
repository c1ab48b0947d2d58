import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/index.js';
import { schema } from '../../platform/db/index.js';

const { documentEvidence, applicationEvidence } = schema;
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

  async saveSignals(db: DbOrTx, applicationId: string, clean: boolean, signals: unknown[], at: Date) {
    await db
      .insert(applicationEvidence)
      .values({ applicationId, clean, signals, computedAt: at })
      .onConflictDoUpdate({ target: applicationEvidence.applicationId, set: { clean, signals, computedAt: at } });
  },
};
