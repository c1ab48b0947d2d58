import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { SessionUser } from '../../../contracts/auth.js';
import type { ProgrammeSettings } from '../../../contracts/programme.js';
import { recordAudit } from '../../platform/audit.js';
import type { Clock } from '../../platform/clock.js';
import type { Db, DbOrTx } from '../../platform/db/index.js';
import { withTransaction } from '../../platform/db/transaction.js';
import { AppError } from '../../platform/errors.js';
import type { Jobs } from '../../platform/jobs.js';
import type { Storage } from '../../platform/storage.js';
import { billingRepository as repo } from './billing.repository.js';
import { CamtError, MAX_STATEMENT_BYTES, readCamt053 } from './camt.js';
import type { PaymentMatcher } from './match-payments.js';

export const STATEMENT_IMPORT_QUEUE = 'billing.statement-import';
/**
 * Lines booked per transaction, the checkpoint moving with each: small enough that no statement
 * holds PGlite (which runs in the server's thread) for long, so other requests are answered meanwhile.
 */
const BATCH_LINES = 100;

type StatementRow = NonNullable<Awaited<ReturnType<typeof repo.statement>>>;

export const toStatementImport = (row: StatementRow) => ({
  id: row.id,
  statementId: row.statementId,
  accountIban: row.accountIban,
  fileName: row.fileName,
  status: row.status,
  entriesTotal: row.entriesTotal,
  linesTotal: row.linesTotal,
  linesRead: row.linesRead,
  linesMatched: row.linesMatched,
  linesUnmatched: row.linesUnmatched,
  linesDuplicate: row.linesDuplicate,
  error: row.error,
  uploadedAt: row.uploadedAt.toISOString(),
  finishedAt: row.finishedAt?.toISOString() ?? null,
});

/** A file that is not a readable CAMT.053 statement: a 400 naming the line (and entry) and the reason. */
function refusal(error: CamtError) {
  return new AppError(
    'validation_failed',
    { file: `field.camt_${error.reason}` },
    { line: error.line, entry: error.entry ?? '', detail: error.detail },
  );
}

const squash = (v: string) => v.replace(/\s+/g, '').toUpperCase();

/**
 * Bank statements (CAMT.053) in two steps. The upload reads the whole file once (streaming, the
 * event loop free between chunks) so a broken file, a wrong amount, another account or a statement
 * already uploaded is answered at once and nothing is stored; a good file is stored and a job books
 * it in batches of `BATCH_LINES`, each one transaction with its checkpoint, so the request and the
 * server stay responsive whatever the file's size, and a failed run resumes where it stopped.
 */
export function createStatementImport(deps: {
  db: Db;
  clock: Clock;
  jobs: Jobs;
  storage: Storage;
  settings: (tx: DbOrTx) => Promise<ProgrammeSettings>;
  matcher: PaymentMatcher;
}) {
  const { db, clock, jobs, storage, matcher } = deps;

  async function upload(actor: SessionUser, fileName: string, bytes: Buffer) {
    if (bytes.length > MAX_STATEMENT_BYTES)
      throw new AppError('document_too_large', undefined, {
        name: fileName,
        limit: `${MAX_STATEMENT_BYTES / 1024 ** 2} MB`,
      });
    let header: Awaited<ReturnType<typeof readCamt053>>;
    try {
      header = await readCamt053(bytes);
    } catch (error) {
      if (error instanceof CamtError) throw refusal(error);
      throw error;
    }
    // Only the seller's own account: a statement of any other account books nothing.
    const own = squash((await deps.settings(db)).seller.iban);
    for (const account of header.accounts) {
      const iban = account.iban ?? (account.other ? squash(account.other) : null);
      if (iban !== own) throw new AppError('statement_account_unknown', undefined, { iban: iban ?? '—' });
    }
    const known = await repo.statementByIdentity(db, header.identity);
    if (known) return { statement: toStatementImport(known), duplicate: true };
    const stored = await storage.put(Readable.from([bytes]), MAX_STATEMENT_BYTES);
    const row = await withTransaction(db, async (tx, afterCommit) => {
      const inserted = await repo.insertStatement(tx, {
        sha256: createHash('sha256').update(bytes).digest('hex'),
        identityKey: header.identity,
        fileName,
        statementId: header.statementId,
        accountIban: header.accountIban ?? header.accounts[0]?.other ?? null,
        storageKey: stored.key,
        status: 'queued',
        entriesTotal: header.entries,
        linesTotal: header.lines,
        uploadedBy: actor.id,
      });
      if (!inserted) return undefined;
      await recordAudit(tx, {
        actorUserId: actor.id,
        action: 'statement.uploaded',
        entityType: 'bank_statement',
        entityId: inserted.id,
        detail: { entries: header.entries, lines: header.lines },
      });
      afterCommit(() => jobs.send(STATEMENT_IMPORT_QUEUE, { id: inserted.id }, { retryLimit: 3, retryDelay: 5 }));
      return inserted;
    });
    // The same statement uploaded at the same moment by someone else: theirs is the one.
    if (!row)
      return { statement: toStatementImport((await repo.statementByIdentity(db, header.identity))!), duplicate: true };
    return { statement: toStatementImport(row), duplicate: false };
  }

  /** The job: books the stored statement from its checkpoint on. */
  async function run(id: string) {
    const row = await repo.statement(db, id);
    if (!row?.storageKey || row.status === 'done') return;
    await repo.updateStatement(db, id, { status: 'running', error: null });
    const chunks: Buffer[] = [];
    for await (const chunk of storage.read(row.storageKey)) chunks.push(chunk as Buffer);
    const done = row.linesRead;
    try {
      await readCamt053(Buffer.concat(chunks), {
        batchSize: BATCH_LINES,
        onLines: async (batch) => {
          const todo = batch.filter((line) => line.lineNo > done);
          if (!todo.length) return;
          await withTransaction(db, async (tx, afterCommit) => {
            const counts = await matcher.bookLines(tx, afterCommit, id, todo, row.uploadedBy);
            await repo.countStatement(tx, id, { read: todo.length, ...counts });
          });
        },
      });
      await withTransaction(db, async (tx) => {
        await repo.updateStatement(tx, id, { status: 'done', finishedAt: clock.now() });
        const final = (await repo.statement(tx, id))!;
        await recordAudit(tx, {
          actorUserId: row.uploadedBy,
          action: 'statement.imported',
          entityType: 'bank_statement',
          entityId: id,
          detail: { matched: final.linesMatched, unmatched: final.linesUnmatched, duplicate: final.linesDuplicate },
        });
      });
    } catch (error) {
      await repo.updateStatement(db, id, {
        status: 'failed',
        error: error instanceof Error ? error.message.slice(0, 500) : 'failed',
      });
      throw error;
    }
  }

  return {
    upload,
    run,
    async get(id: string) {
      const row = await repo.statement(db, id);
      if (!row) throw new AppError('not_found');
      return { ...toStatementImport(row), lines: await repo.statementLines(db, id) };
    },
    list: async () => (await repo.listStatements(db)).map(toStatementImport),
    unmatched: (filter: Parameters<typeof repo.unmatchedLines>[1]) => repo.unmatchedLines(db, filter),
    async startWorkers() {
      await jobs.work<{ id: string }>(STATEMENT_IMPORT_QUEUE, ({ id }) => run(id));
    },
  };
}

export type StatementImport = ReturnType<typeof createStatementImport>;
