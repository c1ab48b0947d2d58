import type { Readable } from 'node:stream';
import type { LegacyImport } from '../../../contracts/legacy.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/index.js';
import { withTransaction } from '../../platform/db/transaction.js';
import { AppError } from '../../platform/errors.js';
import {
  type AccountRecord,
  type BatchProgress,
  LegacyCsvHeaderError,
  type Problem,
  type ProductRecord,
  streamLegacyCsv,
} from './importer.js';
import { type ImportRow, legacyRepository as repo } from './legacy.repository.js';

const MAX_PROBLEMS = 1000;
const HEARTBEAT_STALE_MS = 2 * 60_000;
/**
 * Rows per committed batch (one INSERT and one checkpoint each): large enough that the per-statement
 * cost is small, small enough that a batch's rows are collected young instead of piling up in the heap.
 */
export const IMPORT_BATCH_SIZE = 2000;

export function toImport(row: ImportRow, now: Date): LegacyImport {
  const elapsed = row.startedAt ? ((row.finishedAt ?? now).getTime() - row.startedAt.getTime()) / 1000 : 0;
  return {
    id: row.id,
    kind: row.kind,
    fileName: row.fileName,
    status: row.status,
    totalBytes: row.totalBytes,
    bytesDone: row.bytesDone,
    share: row.totalBytes ? Math.min(1, row.bytesDone / row.totalBytes) : 0,
    rowsDone: row.rowsDone,
    rowsImported: row.rowsImported,
    rowsUnchanged: row.rowsUnchanged,
    rowsRejected: row.rowsRejected,
    rowsPerSecond: elapsed > 0 ? Math.round(row.rowsDone / elapsed) : null,
    problems: row.problems,
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
    error: row.error,
  };
}

/**
 * The legacy import itself: needs only the database and a clock, so the command line runs it
 * without the app; the back office's job runs the same code.
 */
export function createLegacyImporter(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;

  /**
   * Runs (or resumes from its checkpoint) one import over `source`. Every batch commits its rows
   * with its progress (the checkpoint), so an interrupted run resumes after the last committed
   * batch. While one batch is written the next one is read and checked (never more: the reader
   * waits), and batches commit in file order.
   */
  async function runImport(
    id: string,
    source: () => Readable,
    onProgress?: (p: LegacyImport) => void,
    options: { batchSize?: number } = {},
  ) {
    const now = clock.now();
    const claimed = await repo.claimImport(db, id, now, new Date(now.getTime() - HEARTBEAT_STALE_MS));
    if (!claimed) return (await repo.findImport(db, id))!;
    const kind = claimed.kind;
    const state = { ...claimed, problems: [...claimed.problems] };
    let importedNow = 0;

    async function write(records: (AccountRecord | ProductRecord)[], progress: BatchProgress) {
      const room = Math.max(0, MAX_PROBLEMS - state.problems.length);
      const newProblems: Problem[] = progress.problems.slice(0, room);
      const inserted = await withTransaction(db, async (tx) => {
        await repo.relaxDurability(tx);
        const inserted =
          kind === 'accounts'
            ? await repo.insertAccounts(tx, id, records as AccountRecord[])
            : await repo.insertProducts(tx, id, records as ProductRecord[]);
        await repo.saveProgress(
          tx,
          id,
          {
            rowsDone: progress.rowsDone,
            bytesDone: progress.bytesDone,
            rowsImported: state.rowsImported + inserted,
            rowsUnchanged: state.rowsUnchanged + records.length - inserted,
            rowsRejected: state.rowsRejected + progress.rejected,
            heartbeatAt: clock.now(),
          },
          newProblems,
        );
        return inserted;
      });
      importedNow += inserted;
      state.rowsDone = progress.rowsDone;
      state.bytesDone = progress.bytesDone;
      state.rowsImported += inserted;
      state.rowsUnchanged += records.length - inserted;
      state.rowsRejected += progress.rejected;
      for (const p of newProblems) state.problems.push(p);
      onProgress?.(toImport(state, clock.now()));
    }

    let writing: Promise<void> = Promise.resolve();
    try {
      await streamLegacyCsv(source(), kind, {
        skipRows: claimed.rowsDone,
        batchSize: options.batchSize ?? IMPORT_BATCH_SIZE,
        onBatch: async (records, progress) => {
          await writing;
          writing = write(records, progress);
          // Its failure is thrown by the next await of `writing`, not reported as unhandled.
          writing.catch(() => {});
        },
      });
      await writing;
      if (importedNow > 0) await repo.analyze(db, kind);
      await repo.updateImport(db, id, {
        status: 'done',
        bytesDone: state.totalBytes,
        finishedAt: clock.now(),
        heartbeatAt: clock.now(),
      });
    } catch (error) {
      // The batch being written finishes (or fails) first: the checkpoint stays consistent.
      await writing.catch(() => {});
      if (error instanceof LegacyCsvHeaderError) {
        await repo.updateImport(db, id, {
          status: 'done',
          problems: error.problems,
          finishedAt: clock.now(),
          error: error.message,
        });
      } else {
        await repo.updateImport(db, id, { status: 'failed', error: String((error as Error).message).slice(0, 500) });
        throw error;
      }
    }
    return (await repo.findImport(db, id))!;
  }

  return {
    runImport,

    /** For the CLI: a local file imported in this process. */
    createImport: (kind: 'accounts' | 'products', fileName: string, totalBytes: number) =>
      repo.createImport(db, { kind, fileName, totalBytes }),

    /** The CLI was interrupted: the committed checkpoint stays, and the run can be resumed at once. */
    markInterrupted: (id: string) => repo.updateImport(db, id, { status: 'failed', error: 'interrupted' }),

    async getImport(id: string) {
      const row = await repo.findImport(db, id);
      if (!row) throw new AppError('not_found');
      return toImport(row, clock.now());
    },
  };
}
export type LegacyImporter = ReturnType<typeof createLegacyImporter>;
