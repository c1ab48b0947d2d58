import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { SqlExecutor } from './db/index.js';
import type { Storage } from './storage.js';

/**
 * Every column that holds a storage key. A blob no row of these refers to is garbage.
 * `server/security/uploads-cleanup.test.ts` reads the schema and fails when a new key column is
 * missing here, so a new kind of stored file cannot be swept away by mistake.
 */
export const STORAGE_KEY_COLUMNS = [
  // A document the retention job deleted keeps its row as the record, but no longer holds its file.
  { table: 'application_documents', column: 'storage_key', live: 'deleted_at is null' },
  { table: 'ticket_attachments', column: 'storage_key' },
  { table: 'invoices', column: 'pdf_key' }, // invoices and credit notes
  { table: 'invoices', column: 'ubl_key' },
  { table: 'collection_runs', column: 'file_key' },
  { table: 'legacy_imports', column: 'storage_key' },
  { table: 'bank_statements', column: 'storage_key' },
  { table: 'mail_outbox', column: 'attachments', jsonField: 'storageKey' },
] as const;

/** Leftovers younger than this are left alone: a write may be between storing a file and committing its row. */
export const CLEANUP_GRACE_MS = 60 * 60 * 1000;

/** The keys among `keys` that a row refers to. */
export async function referencedKeys(sql: SqlExecutor, keys: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < keys.length; i += 500) {
    const batch = keys.slice(i, i + 500);
    const parts = STORAGE_KEY_COLUMNS.map((c) =>
      'jsonField' in c
        ? `select a->>'${c.jsonField}' as k from ${c.table}, jsonb_array_elements(${c.column}) a where a->>'${c.jsonField}' = any($1::text[])`
        : `select ${c.column} as k from ${c.table} where ${c.column} = any($1::text[])${'live' in c ? ` and ${c.live}` : ''}`,
    );
    const { rows } = await sql.executeSql(parts.join(' union '), [batch]);
    for (const row of rows as { k: string }[]) found.add(row.k);
  }
  return found;
}

/**
 * Keeps nothing from a request that did not succeed: each key a request stores (through any
 * service, the storage is wrapped) is counted as in flight until the request ends; then, when no
 * other request holds the same bytes and no committed row refers to them, the blob is deleted.
 * A successful request only releases its keys (no query on the way out): bytes it stored that no
 * row took (an idempotent replay) are left to the hourly sweep.
 */
export function createUploadTracker(inner: Storage, sql: SqlExecutor) {
  const context = new AsyncLocalStorage<{ keys: string[] }>();
  const stores = new WeakMap<object, { keys: string[] }>();
  const inFlight = new Map<string, number>();
  const hold = (key: string) => inFlight.set(key, (inFlight.get(key) ?? 0) + 1);
  const release = (key: string) => {
    const left = (inFlight.get(key) ?? 1) - 1;
    if (left) inFlight.set(key, left);
    else inFlight.delete(key);
    return left === 0;
  };

  const storage: Storage = {
    ...inner,
    async put(source, maxBytes) {
      const stored = await inner.put(source, maxBytes);
      const request = context.getStore();
      if (request) {
        hold(stored.key);
        request.keys.push(stored.key);
      }
      return stored;
    },
    // A key some request still holds is never removed.
    remove: (key, unchangedSince) => (inFlight.has(key) ? Promise.resolve(false) : inner.remove(key, unchangedSince)),
  };

  /** Releases a finished request's keys and, when it failed, deletes those nobody needs. */
  async function finish(keys: string[], failed: boolean) {
    const candidates = [...new Set(keys.filter((key) => release(key)))];
    if (!failed || !candidates.length) return;
    const used = await referencedKeys(sql, candidates);
    for (const key of candidates) {
      // Checked again after the query: another request may have stored the same bytes meanwhile.
      if (!used.has(key) && !inFlight.has(key)) await inner.remove(key);
    }
  }

  return {
    storage,
    /** Runs every request in its own tracking context and cleans up when its response is sent. */
    register(app: FastifyInstance) {
      app.addHook('onRequest', (request, _reply, done) => {
        const store = { keys: [] as string[] };
        stores.set(request, store);
        context.run(store, done);
      });
      const settle = async (request: FastifyRequest, failed: boolean) => {
        const taken = stores.get(request)?.keys.splice(0);
        if (!taken?.length) return;
        try {
          await finish(taken, failed);
        } catch (error) {
          // The periodic sweep removes what is left.
          request.log.warn({ err: error }, 'upload clean-up failed');
        }
      };
      // Before the answer leaves (its sender sees the storage as it stays), and once more when the
      // request ends in any other way (a lost connection).
      app.addHook('onSend', async (request, reply) => {
        await settle(request, reply.statusCode >= 400);
      });
      // A connection lost before the answer was complete counts as a failure too.
      app.addHook('onResponse', async (request, reply) => {
        await settle(request, reply.statusCode >= 400 || !reply.raw.writableFinished);
      });
    },
    /** For tests: keys held by requests in flight. */
    inFlight: () => [...inFlight.keys()],
  };
}

export type SweepResult = { tempRemoved: number; blobsRemoved: number; blobsKept: number };

/**
 * Removes temporary files of interrupted writes and blobs no row refers to, both only when older
 * than the grace period (a job may be between storing a file and committing the row that names it).
 * Run at start and hourly (`storage.sweep`).
 */
export async function sweepStorage(
  storage: Storage,
  sql: SqlExecutor,
  options: { now: Date; graceMs?: number },
): Promise<SweepResult> {
  const cutoff = new Date(options.now.getTime() - (options.graceMs ?? CLEANUP_GRACE_MS));
  const result: SweepResult = { tempRemoved: 0, blobsRemoved: 0, blobsKept: 0 };
  let batch: string[] = [];
  const flush = async () => {
    const used = await referencedKeys(sql, batch);
    for (const key of batch) {
      if (used.has(key)) result.blobsKept++;
      else if (await storage.remove(key, cutoff)) result.blobsRemoved++;
    }
    batch = [];
  };
  for await (const entry of storage.list()) {
    if (entry.modifiedAt > cutoff) continue;
    if (entry.key === null) {
      if (await storage.removeTemp(entry.path, cutoff)) result.tempRemoved++;
      continue;
    }
    batch.push(entry.key);
    if (batch.length >= 500) await flush();
  }
  if (batch.length) await flush();
  return result;
}
