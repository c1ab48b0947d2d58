import { createHash, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream, statSync, unlinkSync } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export type StoredFile = { key: string; size: number; head: Buffer };

/** A file found in storage by `list`: a stored blob (`key`) or a temporary leftover (`key` null). */
export type StorageEntry = { key: string | null; path: string; modifiedAt: Date };

/** Storage port: local disk (`diskStorage`) or an S3-compatible bucket (`s3Storage`) for several instances. */
export type Storage = {
  /** Streams `source` to storage, stopping with `TooLarge` past `maxBytes`. Durable (fsync) on return. */
  put(source: Readable, maxBytes: number): Promise<StoredFile>;
  read(key: string): Readable;
  exists(key: string): Promise<boolean>;
  /** Every blob and temporary file, for the clean-up. */
  list(): AsyncIterable<StorageEntry>;
  /**
   * Deletes a blob unless a `put` of the same bytes is under way or it was written after
   * `unchangedSince` (a new `put` of the same bytes made it live again). True when deleted.
   */
  remove(key: string, unchangedSince?: Date): Promise<boolean>;
  /** Deletes a temporary file left by an interrupted `put`, if older than `olderThan`. */
  removeTemp(path: string, olderThan: Date): Promise<boolean>;
  /** Throws when the storage cannot be reached (`/readyz`); absent where it always can (disk). */
  ping?(): Promise<void>;
};

export class TooLargeError extends Error {
  constructor() {
    super('too large');
  }
}

export const KEY = /^[a-f0-9]{64}$/;

/**
 * Content-addressed files under `<root>/ab/cd/<sha256>`: the same bytes are stored once, and a
 * key can never point at other content. Writes go to a temp file, are fsynced and then renamed.
 */
export function diskStorage(root: string): Storage {
  const tmpDir = join(root, 'tmp');
  const pathOf = (key: string) => {
    if (!KEY.test(key)) throw new Error('invalid storage key');
    return join(root, key.slice(0, 2), key.slice(2, 4), key);
  };
  // Keys whose rename into place is under way: a clean-up must not unlink the path meanwhile,
  // or it could delete the new file instead of the old one.
  const renaming = new Map<string, number>();
  return {
    async put(source, maxBytes) {
      await mkdir(tmpDir, { recursive: true });
      const tmp = join(tmpDir, randomUUID());
      const out = createWriteStream(tmp);
      const hash = createHash('sha256');
      let size = 0;
      const headChunks: Buffer[] = [];
      let headSize = 0;
      try {
        await pipeline(
          source,
          async function* (chunks: AsyncIterable<Buffer>) {
            for await (const chunk of chunks) {
              size += chunk.length;
              if (size > maxBytes) throw new TooLargeError();
              if (headSize < 4100) {
                headChunks.push(chunk.subarray(0, 4100 - headSize));
                headSize += Math.min(chunk.length, 4100 - headSize);
              }
              hash.update(chunk);
              yield chunk;
            }
          },
          out,
        );
        const handle = await open(tmp, 'r');
        await handle.sync();
        await handle.close();
        const key = hash.digest('hex');
        const target = pathOf(key);
        renaming.set(key, (renaming.get(key) ?? 0) + 1);
        try {
          await mkdir(join(root, key.slice(0, 2), key.slice(2, 4)), { recursive: true });
          await rename(tmp, target);
          const dir = await open(join(root, key.slice(0, 2), key.slice(2, 4)), 'r');
          await dir.sync();
          await dir.close();
        } finally {
          const left = (renaming.get(key) ?? 1) - 1;
          if (left) renaming.set(key, left);
          else renaming.delete(key);
        }
        return { key, size, head: Buffer.concat(headChunks) };
      } catch (error) {
        // The file may still be opening or writing when the pipeline gives up: wait until it is
        // closed, or removing it could come first and the late open leave it behind.
        out.destroy();
        if (!out.closed) await once(out, 'close').catch(() => {});
        await rm(tmp, { force: true });
        throw error;
      }
    },
    read: (key) => createReadStream(pathOf(key)),
    async exists(key) {
      try {
        await stat(pathOf(key));
        return true;
      } catch {
        return false;
      }
    },
    async *list() {
      for (const name of await readdirOrEmpty(tmpDir)) {
        const path = join(tmpDir, name);
        const info = await stat(path).catch(() => null);
        if (info?.isFile()) yield { key: null, path, modifiedAt: info.mtime };
      }
      for (const a of await readdirOrEmpty(root)) {
        if (!/^[a-f0-9]{2}$/.test(a)) continue;
        for (const b of await readdirOrEmpty(join(root, a))) {
          for (const key of await readdirOrEmpty(join(root, a, b))) {
            const path = join(root, a, b, key);
            const info = await stat(path).catch(() => null);
            if (!info?.isFile()) continue;
            // Anything else under the blob folders is a stray file: treat it as a leftover.
            const valid = KEY.test(key) && key.startsWith(a + b);
            yield { key: valid ? key : null, path, modifiedAt: info.mtime };
          }
        }
      }
    },
    async remove(key, unchangedSince) {
      const path = pathOf(key);
      // Checked and unlinked in one turn of the event loop: no rename of this key can start between.
      if (renaming.has(key)) return false;
      try {
        if (unchangedSince && statSync(path).mtimeMs > unchangedSince.getTime()) return false;
        unlinkSync(path);
        return true;
      } catch {
        return false;
      }
    },
    async removeTemp(path, olderThan) {
      try {
        if (statSync(path).mtimeMs > olderThan.getTime()) return false;
        unlinkSync(path);
        return true;
      } catch {
        return false;
      }
    },
  };
}

async function readdirOrEmpty(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch {
    return [];
  }
}
