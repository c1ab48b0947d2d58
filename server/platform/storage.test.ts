import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3StandIn } from '../test/s3-stand-in.js';
import type { SqlExecutor } from './db/index.js';
import { diskStorage, type Storage, TooLargeError } from './storage.js';
import { sweepStorage } from './storage-cleanup.js';
import { s3Storage } from './storage-s3.js';

/** A storage adapter under test, with a way to leave a leftover of an interrupted write behind. */
type Subject = { storage: Storage; leaveLeftover(): Promise<void>; stop(): Promise<void> };

const adapters: [string, () => Promise<Subject>][] = [
  [
    'disk',
    async () => {
      const root = mkdtempSync(join(tmpdir(), 'propass-storage-'));
      return {
        storage: diskStorage(root),
        async leaveLeftover() {
          mkdirSync(join(root, 'tmp'), { recursive: true });
          writeFileSync(join(root, 'tmp', randomUUID()), 'half a file from a killed process');
        },
        stop: async () => rmSync(root, { recursive: true, force: true }),
      };
    },
  ],
  [
    's3',
    async () => {
      const standIn = await startS3StandIn();
      const storage = s3Storage(standIn.settings);
      return {
        storage,
        async leaveLeftover() {
          await storage.client.send(
            new PutObjectCommand({ Bucket: standIn.bucket, Key: `tmp/${randomUUID()}`, Body: 'half an upload' }),
          );
        },
        stop: () => standIn.stop(),
      };
    },
  ],
];

const bytesOf = (text: string) => Buffer.from(`${text} ${randomUUID()}`);
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
async function readAll(stream: Readable) {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
async function entries(storage: Storage) {
  const all = [];
  for await (const entry of storage.list()) all.push(entry);
  return all;
}
/** The SQL port as the sweep sees it: `referenced` are the keys a row names. */
const rowsReferring = (referenced: string[]): SqlExecutor => ({
  executeSql: async (_text, values) => ({
    rows: ((values?.[0] as string[]) ?? []).filter((k) => referenced.includes(k)).map((k) => ({ k })),
  }),
});
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(adapters)('storage on %s', (_name, open) => {
  let subject: Subject;
  let storage: Storage;
  beforeAll(async () => {
    subject = await open();
    storage = subject.storage;
  });
  afterAll(() => subject.stop());

  it('stores bytes under their SHA-256, reads them back and knows they exist', async () => {
    const data = bytesOf('a document');
    const stored = await storage.put(Readable.from([data]), 1000);
    expect(stored).toEqual({ key: sha256(data), size: data.length, head: data });
    expect((await readAll(storage.read(stored.key))).equals(data)).toBe(true);
    expect(await storage.exists(stored.key)).toBe(true);
  });

  it('keeps the same bytes once', async () => {
    const data = bytesOf('twice');
    const first = await storage.put(Readable.from([data]), 1000);
    const second = await storage.put(Readable.from([data.subarray(0, 5), data.subarray(5)]), 1000);
    expect(second.key).toBe(first.key);
    expect((await entries(storage)).filter((e) => e.key === first.key)).toHaveLength(1);
  });

  it('streams a file of several parts and gives its first 4,100 bytes for type detection', async () => {
    // 9 MiB in 64 KiB chunks: past one multipart part on S3.
    const chunk = Buffer.alloc(64 * 1024, 7);
    const tail = bytesOf('tail');
    const data = Buffer.concat([...Array.from({ length: 144 }, () => chunk), tail]);
    const stored = await storage.put(
      Readable.from([...Array.from({ length: 144 }, () => chunk), tail]),
      10 * 1024 * 1024,
    );
    expect(stored.key).toBe(sha256(data));
    expect(stored.size).toBe(data.length);
    expect(stored.head.equals(data.subarray(0, 4100))).toBe(true);
    expect((await readAll(storage.read(stored.key))).equals(data)).toBe(true);
  }, 60_000);

  it('refuses a file past the limit and keeps nothing of it', async () => {
    const before = (await entries(storage)).length;
    const data = bytesOf('x'.repeat(2000));
    await expect(
      storage.put(Readable.from([data.subarray(0, 1000), data.subarray(1000)]), 1500),
    ).rejects.toBeInstanceOf(TooLargeError);
    expect(await storage.exists(sha256(data))).toBe(false);
    expect((await entries(storage)).length).toBe(before);
  });

  it('keeps nothing of a source that fails half-way', async () => {
    const before = (await entries(storage)).length;
    const source = new Readable({ read() {} });
    source.push(bytesOf('half'));
    setTimeout(() => source.destroy(new Error('connection lost')), 20);
    await expect(storage.put(source, 1000)).rejects.toThrow('connection lost');
    expect((await entries(storage)).length).toBe(before);
  });

  it('fails reading a missing blob with ENOENT, refuses a key that is not a hash', async () => {
    const missing = sha256(bytesOf('never stored'));
    expect(await storage.exists(missing)).toBe(false);
    await expect(readAll(storage.read(missing))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(() => storage.read('../../etc/passwd')).toThrow('invalid storage key');
    expect(await storage.exists('../secret')).toBe(false);
  });

  it('removes a blob only when unchanged since the time given, and a stored-again blob counts as changed', async () => {
    const data = bytesOf('removable');
    const { key } = await storage.put(Readable.from([data]), 1000);
    expect(await storage.remove(key, new Date(Date.now() - 60_000))).toBe(false);
    expect(await storage.exists(key)).toBe(true);
    // S3 keeps times to the second: stored again a second after the sweep looked.
    await sleep(1100);
    const looked = new Date();
    await sleep(1100);
    await storage.put(Readable.from([data]), 1000);
    expect(await storage.remove(key, looked)).toBe(false);
    expect(await storage.remove(key, new Date(Date.now() + 60_000))).toBe(true);
    expect(await storage.exists(key)).toBe(false);
    expect(await storage.remove(key)).toBe(false);
  });

  it('sweeps leftovers and unreferenced blobs past the grace period, never a referenced one', async () => {
    const kept = (await storage.put(Readable.from([bytesOf('referenced')]), 1000)).key;
    const orphan = (await storage.put(Readable.from([bytesOf('orphan')]), 1000)).key;
    await subject.leaveLeftover();
    const sql = rowsReferring([kept]);

    // Everything is young: nothing goes.
    expect(await sweepStorage(storage, sql, { now: new Date() })).toMatchObject({ tempRemoved: 0, blobsRemoved: 0 });
    expect(await storage.exists(orphan)).toBe(true);

    const later = await sweepStorage(storage, sql, { now: new Date(Date.now() + 2 * 3_600_000) });
    expect(later.tempRemoved).toBeGreaterThanOrEqual(1);
    expect(later.blobsRemoved).toBeGreaterThanOrEqual(1);
    expect(await storage.exists(kept)).toBe(true);
    expect(await storage.exists(orphan)).toBe(false);
    expect((await entries(storage)).filter((e) => e.key === null)).toEqual([]);
  });
});
