import type { SessionUser } from '../../../contracts/auth.js';
import { AppError } from '../../platform/errors.js';
import { createLegacyImporter, toImport } from './legacy.import.js';
import { legacyRepository as repo } from './legacy.repository.js';
import { IMPORT_QUEUE, type LegacyDeps } from './legacy.types.js';

/**
 * Legacy imports from the back office: the uploaded file is stored first, then a job imports it
 * (retried, and resumable from its checkpoint); the import itself is `legacy.import.ts`.
 */
export function createImportJobs(deps: Pick<LegacyDeps, 'db' | 'clock' | 'jobs' | 'storage'>) {
  const { db, clock } = deps;
  const importer = createLegacyImporter({ db, clock });
  return {
    runImport: importer.runImport,

    /** Back office upload: the file is stored (and checked) first, then a job imports it (and can resume it). */
    async startImport(
      actor: SessionUser,
      kind: 'accounts' | 'products',
      fileName: string,
      stored: { key: string; size: number },
    ) {
      const row = await repo.createImport(db, {
        kind,
        fileName,
        storageKey: stored.key,
        totalBytes: stored.size,
        createdBy: actor.id,
      });
      await deps.jobs.send(IMPORT_QUEUE, { id: row.id }, { retryLimit: 3, retryDelay: 5 });
      return toImport(row, clock.now());
    },

    createImport: importer.createImport,
    markInterrupted: importer.markInterrupted,

    async resume(id: string) {
      const row = await repo.findImport(db, id);
      if (!row?.storageKey) throw new AppError('not_found');
      if (row.status === 'done') throw new AppError('invalid_state');
      await deps.jobs.send(IMPORT_QUEUE, { id }, { retryLimit: 3, retryDelay: 5 });
      return toImport(row, clock.now());
    },

    async startWorkers() {
      await deps.jobs.work<{ id: string }>(IMPORT_QUEUE, async ({ id }) => {
        const row = await repo.findImport(db, id);
        if (!row?.storageKey || row.status === 'done') return;
        await importer.runImport(id, () => deps.storage.read(row.storageKey!));
      });
    },

    getImport: importer.getImport,
    listImports: async () => (await repo.listImports(db)).map((r) => toImport(r, clock.now())),
  };
}
