import { recordAudit } from '../../platform/audit.js';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/index.js';
import { withTransaction } from '../../platform/db/transaction.js';
import type { Jobs } from '../../platform/jobs.js';
import type { Storage } from '../../platform/storage.js';
import { referencedKeys } from '../../platform/storage-cleanup.js';
import { retentionRepository as repo } from './retention.repository.js';

export const DAY_MS = 86_400_000;

/** The day a decided application's documents are (or were) deleted. */
export const documentsDeletedOn = (decidedAt: Date, retentionDays: number) =>
  new Date(decidedAt.getTime() + retentionDays * DAY_MS);

/**
 * The daily retention job: company documents are kept `retentionDays` after the validation decision
 * and then deleted. Only what has expired is touched; each document row stays, marked with the time
 * of deletion, and every application gets one audit entry saying how many files went. The file is
 * removed from storage once no other live row refers to the same bytes (storage is content-addressed).
 * Running twice deletes nothing twice.
 */
export function createDocumentRetention(deps: {
  database: Database;
  clock: Clock;
  storage: Storage;
  retentionDays: number;
  batch?: number;
}) {
  const { db } = deps.database;
  return async function applyDocumentRetention(): Promise<{ applications: number; documents: number; files: number }> {
    const now = deps.clock.now();
    const cutoff = new Date(now.getTime() - deps.retentionDays * DAY_MS);
    let applications = 0;
    let documents = 0;
    let files = 0;
    for (;;) {
      const expired = await repo.expiredDocuments(db, cutoff, deps.batch ?? 200);
      if (!expired.length) break;
      const marked = await withTransaction(db, async (tx) => {
        const rows = await repo.markDeleted(
          tx,
          expired.map((d) => d.id),
          now,
        );
        const perApplication = new Map<string, number>();
        for (const row of rows) perApplication.set(row.applicationId, (perApplication.get(row.applicationId) ?? 0) + 1);
        for (const [applicationId, count] of perApplication) {
          await recordAudit(tx, {
            action: 'application.documents_deleted',
            entityType: 'application',
            entityId: applicationId,
            detail: { documents: count, retentionDays: deps.retentionDays },
          });
        }
        applications += perApplication.size;
        return rows;
      });
      documents += marked.length;
      const keys = [...new Set(marked.map((m) => m.storageKey))];
      const stillUsed = await referencedKeys(deps.database.sql, keys);
      for (const key of keys) if (!stillUsed.has(key) && (await deps.storage.remove(key))) files++;
      if (expired.length < (deps.batch ?? 200)) break;
    }
    return { applications, documents, files };
  };
}

/** Runs the retention job nightly (03:23 in the programme's time zone) on the job queue. */
export function documentRetentionWorker(deps: {
  jobs: Jobs;
  run: ReturnType<typeof createDocumentRetention>;
  log: { info(obj: object, msg: string): void };
}) {
  return {
    async startWorkers() {
      await deps.jobs.work('verification.document-retention', async () => {
        const result = await deps.run();
        if (result.documents) deps.log.info(result, 'document retention');
      });
      await deps.jobs.schedule('verification.document-retention', '23 3 * * *');
    },
  };
}
