import { and, asc, eq, inArray, isNotNull, isNull, lt } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/index.js';
import { schema } from '../../platform/db/index.js';

const { applications, applicationDocuments } = schema;

export const retentionRepository = {
  /** Documents still held of applications decided (approved or rejected) before `decidedBefore`, oldest decision first. */
  expiredDocuments(db: DbOrTx, decidedBefore: Date, limit: number) {
    return db
      .select({
        id: applicationDocuments.id,
        applicationId: applicationDocuments.applicationId,
        storageKey: applicationDocuments.storageKey,
        decidedAt: applications.decidedAt,
      })
      .from(applicationDocuments)
      .innerJoin(applications, eq(applications.id, applicationDocuments.applicationId))
      .where(
        and(
          isNull(applicationDocuments.deletedAt),
          inArray(applications.status, ['approved', 'rejected']),
          isNotNull(applications.decidedAt),
          lt(applications.decidedAt, decidedBefore),
        ),
      )
      .orderBy(asc(applications.decidedAt), asc(applicationDocuments.id))
      .limit(limit);
  },

  /** Marks the documents deleted; returns those this call marked (a concurrent run marks each once). */
  markDeleted(tx: DbOrTx, ids: string[], at: Date) {
    return tx
      .update(applicationDocuments)
      .set({ deletedAt: at })
      .where(and(inArray(applicationDocuments.id, ids), isNull(applicationDocuments.deletedAt)))
      .returning({
        id: applicationDocuments.id,
        applicationId: applicationDocuments.applicationId,
        storageKey: applicationDocuments.storageKey,
      });
  },
};
