import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export type StoredFile = { key: string; size: number; head: Buffer };

/** Storage port: local disk today, an S3-compatible adapter for several instances. */
export type Storage = {
  /** Streams `source` to storage, stopping with `TooLarge` past `maxBytes`. Durable (fsync) on return. */
  put(source: Readable, maxBytes: number): Promise<StoredFile>;
  read(key: string): Readable;
  exists(key: string): Promise<boolean>;
};

export class TooLargeError extends Error {
  constructor() {
    super('too large');
  }
}

/**
 * Content-addressed files under `<root>/ab/cd/<sha256>`: the same bytes are stored once, and a
 * key can never point at other content. Writes go to a temp file, are fsynced and then renamed.
 */
export function diskStorage(root: string): Storage {
  const pathOf = (key: string) => {
    if (!/^[a-f0-9]{64}$/.test(key)) throw new Error('invalid storage key');
    return join(root, key.slice(0, 2), key.slice(2, 4), key);
  };
  return {
    async put(source, maxBytes) {
      const tmpDir = join(root, 'tmp');
      await mkdir(tmpDir, { recursive: true });
      const tmp = join(tmpDir, randomUUID());
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
          createWriteStream(tmp),
        );
        const handle = await open(tmp, 'r');
        await handle.sync();
        await handle.close();
        const key = hash.digest('hex');
        const target = pathOf(key);
        await mkdir(join(root, key.slice(0, 2), key.slice(2, 4)), { recursive: true });
        await rename(tmp, target);
        const dir = await open(join(root, key.slice(0, 2), key.slice(2, 4)), 'r');
        await dir.sync();
        await dir.close();
        return { key, size, head: Buffer.concat(headChunks) };
      } catch (error) {
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
  };
}
