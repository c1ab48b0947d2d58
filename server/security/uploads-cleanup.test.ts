import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import Fastify from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../platform/db/index.js';
import { diskStorage } from '../platform/storage.js';
import { createUploadTracker, STORAGE_KEY_COLUMNS, sweepStorage } from '../platform/storage-cleanup.js';
import { registrationInput } from '../test/fixtures.js';
import { multipart, PDF } from '../test/http.js';
import { startTestRuntime, type TestRuntime } from '../test/runtime.js';

/**
 * Columns whose name looks like a storage key but is not one. A new `*_key` column must be added
 * either to STORAGE_KEY_COLUMNS (the clean-up keeps what it names) or here, with the reason.
 */
const NOT_STORAGE_KEYS = new Set([
  'products.request_key', // the client's idempotency key of a batch
  'invoice_notices.key', // which notice was sent
  'membership_notices.key', // which notice was sent
  'faq_articles.key', // the article's slug
  'orders.idempotency_key', // idempotency keys of requests
  'points_ledger.idempotency_key',
  'tickets.idempotency_key',
  'programme_settings.key', // a setting's name
  'bank_statements.identity_key', // account + statement id + sequence + period: a statement booked once
  'bank_statement_lines.entry_key', // the bank's entry reference: an entry booked once
]);

describe('the clean-up knows every column that holds a storage key', () => {
  it('finds each *_key / storage column of the schema in STORAGE_KEY_COLUMNS', () => {
    const known = new Set(STORAGE_KEY_COLUMNS.map((c) => `${c.table}.${c.column}`));
    const keyColumns: string[] = [];
    const all = new Set<string>();
    for (const value of Object.values(schema)) {
      if (!(value instanceof PgTable)) continue;
      const { name, columns } = getTableConfig(value);
      for (const column of columns) {
        all.add(`${name}.${column.name}`);
        if (column.columnType === 'PgText' && /(^|_)key$|storage|blob|file_?path/.test(column.name))
          keyColumns.push(`${name}.${column.name}`);
      }
    }
    expect(keyColumns.filter((id) => !known.has(id) && !NOT_STORAGE_KEYS.has(id))).toEqual([]);
    // Every listed column exists: a renamed column would otherwise protect nothing.
    expect([...known].filter((id) => !all.has(id))).toEqual([]);
  });

  it('finds every storageKey field written in the schema source', () => {
    const dir = new URL('../platform/db/schema/', import.meta.url);
    const names = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    const mentions: string[] = [];
    for (const file of names) {
      const text = readFileSync(new URL(file, dir), 'utf8');
      // A column declared with a type that carries storage keys: `name: jsonb('column')...$type<{ storageKey ...`.
      for (const match of text.matchAll(/(\w+)\('(\w+)'\)\s*\n?\s*\.\$type<[^>]*\b(\w*[kK]ey)\b/g)) {
        if (/storage|file|pdf|blob/i.test(match[3]!)) mentions.push(match[2]!);
      }
    }
    const json = STORAGE_KEY_COLUMNS.filter((c) => 'jsonField' in c).map((c) => c.column as string);
    expect(mentions.filter((m) => !json.includes(m))).toEqual([]);
    expect(mentions).toContain('attachments');
  });
});

describe('the storage sweep', () => {
  let rt: TestRuntime;
  beforeAll(async () => {
    rt = await startTestRuntime();
  });
  const root = () => join(rt.dataDir, 'files');
  const pathOf = (key: string) => join(root(), key.slice(0, 2), key.slice(2, 4), key);
  const age = (path: string, hours: number) => {
    const t = new Date(Date.now() - hours * 3_600_000);
    utimesSync(path, t, t);
  };

  it('removes old leftovers and unreferenced blobs, never a file a row needs or a young one', async () => {
    const storage = diskStorage(root());
    // A committed registration: its document must survive however old it is.
    const document = Buffer.concat([PDF.subarray(0, PDF.length - 6), Buffer.from(`%${randomUUID()}\n%%EOF\n`)]);
    const body = multipart(
      {
        application: JSON.stringify(registrationInput({ legalName: 'Kept B.V.' })),
      },
      [{ field: 'documents', name: 'kept.pdf', type: 'application/pdf', data: document }],
    );
    const res = await rt.app.inject({ method: 'POST', url: '/api/registrations', ...body });
    expect(res.statusCode, res.body).toBe(201);
    const [row] = await rt.database.db.select().from(schema.applicationDocuments);
    const kept = row!.storageKey;
    // A mail attachment (JSON column) refers to another blob.
    const attached = (await storage.put(Readable.from([Buffer.from(`attached ${randomUUID()}`)]), 1000)).key;
    await rt.database.db.insert(schema.mailOutbox).values({
      messageId: `<${randomUUID()}@propass.test>`,
      toAddress: 'a@example.test',
      template: 'test',
      locale: 'en',
      subject: 's',
      html: 'h',
      text: 't',
      attachments: [{ filename: 'a.pdf', storageKey: attached, contentType: 'application/pdf' }],
    });
    const orphan = (await storage.put(Readable.from([Buffer.from(`orphan ${randomUUID()}`)]), 1000)).key;
    const young = (await storage.put(Readable.from([Buffer.from(`young ${randomUUID()}`)]), 1000)).key;
    mkdirSync(join(root(), 'tmp'), { recursive: true });
    const partial = join(root(), 'tmp', randomUUID());
    const freshPartial = join(root(), 'tmp', randomUUID());
    writeFileSync(partial, 'half a file from a killed process');
    writeFileSync(freshPartial, 'a write under way');
    for (const path of [pathOf(kept), pathOf(attached), pathOf(orphan), partial]) age(path, 2);

    const result = await sweepStorage(storage, rt.database.sql, { now: new Date() });

    expect(existsSync(pathOf(kept))).toBe(true);
    expect(existsSync(pathOf(attached))).toBe(true);
    expect(existsSync(pathOf(young))).toBe(true);
    expect(existsSync(freshPartial)).toBe(true);
    expect(existsSync(pathOf(orphan))).toBe(false);
    expect(existsSync(partial)).toBe(false);
    expect(result).toMatchObject({ tempRemoved: 1, blobsRemoved: 1 });
    // The document is still served to staff.
    const chunks: Buffer[] = [];
    for await (const chunk of storage.read(kept)) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(document)).toBe(true);
  });

  it('runs hourly as a job', async () => {
    const [schedule] = (
      await rt.database.sql.executeSql(`select name, cron from pgboss.schedule where name = 'storage.sweep'`)
    ).rows as { name: string; cron: string }[];
    expect(schedule).toMatchObject({ name: 'storage.sweep' });
  });
});

describe('a failed request and another in flight with the same bytes', () => {
  let rt: TestRuntime;
  beforeAll(async () => {
    rt = await startTestRuntime();
  });

  it('keeps the bytes while the other request holds them, and deletes them when both failed', async () => {
    const root = join(rt.dataDir, 'files');
    const tracker = createUploadTracker(diskStorage(root), rt.database.sql);
    const app = Fastify({ logger: false });
    tracker.register(app);
    const bytes = Buffer.from(`shared by two requests ${randomUUID()}`);
    let release: (status: number) => void = () => {};
    const gate = new Promise<number>((resolve) => {
      release = resolve;
    });
    let key = '';
    app.post('/slow', async (_request, reply) => {
      key = (await tracker.storage.put(Readable.from([bytes]), 1000)).key;
      return reply.status(await gate).send({});
    });
    app.post('/refused', async (_request, reply) => {
      await tracker.storage.put(Readable.from([bytes]), 1000);
      return reply.status(422).send({});
    });
    const slow = app.inject({ method: 'POST', url: '/slow' });
    while (!key) await new Promise((resolve) => setTimeout(resolve, 5));
    const path = join(root, key.slice(0, 2), key.slice(2, 4), key);

    expect((await app.inject({ method: 'POST', url: '/refused' })).statusCode).toBe(422);
    expect(existsSync(path)).toBe(true); // the slow request may still commit a row naming it
    release(400);
    expect((await slow).statusCode).toBe(400);
    expect(existsSync(path)).toBe(false);
    expect(tracker.inFlight()).toEqual([]);
    await app.close();
  });
});
