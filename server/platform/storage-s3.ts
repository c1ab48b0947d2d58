import { createHash, randomUUID } from 'node:crypto';
import { PassThrough, type Readable, Transform } from 'node:stream';
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  S3Client,
  type ServerSideEncryption,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { KEY, type Storage, TooLargeError } from './storage.js';

export type S3Settings = {
  bucket: string;
  region: string;
  /** Another S3-compatible service (MinIO, Ceph, R2, a stand-in); AWS by default. */
  endpoint?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  /** `bucket` in the path instead of the host name (most S3-compatible services need it). */
  forcePathStyle?: boolean;
  /** Server-side encryption asked for every object written: `AES256` or `aws:kms`. */
  sse?: 'AES256' | 'aws:kms';
};

const TMP = 'tmp/';
/** Multipart parts of 8 MiB, two in flight: a 2 GB legacy import never sits in memory whole. */
const PART_SIZE = 8 * 1024 * 1024;

/** Where a blob lives in the bucket: the same `ab/cd/<sha256>` layout as on disk. */
const objectKey = (key: string) => {
  if (!KEY.test(key)) throw new Error('invalid storage key');
  return `${key.slice(0, 2)}/${key.slice(2, 4)}/${key}`;
};

const isMissing = (error: unknown) => {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === 'NotFound' || e?.name === 'NoSuchKey' || e?.$metadata?.httpStatusCode === 404;
};

/**
 * Content-addressed blobs in an S3-compatible bucket, for several instances sharing documents.
 * A write streams to a temporary object (`tmp/<uuid>`, multipart past one part) while hashing,
 * then is copied to its content key and the temporary object deleted: the key is known only at
 * the end, and a key never points at other content. The copy also renews the blob's time, so a
 * sweep that saw it as old leaves it alone (`remove(key, unchangedSince)`).
 */
export function s3Storage(settings: S3Settings): Storage & { ping(): Promise<void>; client: S3Client } {
  const client = new S3Client({
    region: settings.region,
    ...(settings.endpoint && { endpoint: settings.endpoint }),
    forcePathStyle: settings.forcePathStyle ?? false,
    ...(settings.accessKeyId &&
      settings.secretAccessKey && {
        credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
      }),
    // Checksums only where S3 requires them: many S3-compatible services reject the newer trailers.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const Bucket = settings.bucket;
  const sse = settings.sse ? { ServerSideEncryption: settings.sse as ServerSideEncryption } : {};
  // Keys being copied into place by this instance: a clean-up here must not delete them meanwhile.
  const copying = new Map<string, number>();

  const lastModified = async (Key: string): Promise<Date | null> => {
    try {
      const head = await client.send(new HeadObjectCommand({ Bucket, Key }));
      return head.LastModified ?? new Date(0);
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  };
  const removeIfOlder = async (Key: string, olderThan?: Date) => {
    const modified = await lastModified(Key);
    if (!modified || (olderThan && modified.getTime() > olderThan.getTime())) return false;
    await client.send(new DeleteObjectCommand({ Bucket, Key }));
    return true;
  };

  return {
    client,
    async ping() {
      await client.send(new HeadBucketCommand({ Bucket }));
    },
    async put(source, maxBytes) {
      const tmp = `${TMP}${randomUUID()}`;
      const hash = createHash('sha256');
      let size = 0;
      const headChunks: Buffer[] = [];
      let headSize = 0;
      const counted = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          size += chunk.length;
          if (size > maxBytes) return done(new TooLargeError());
          if (headSize < 4100) {
            headChunks.push(chunk.subarray(0, 4100 - headSize));
            headSize += Math.min(chunk.length, 4100 - headSize);
          }
          hash.update(chunk);
          done(null, chunk);
        },
      });
      let failure: unknown;
      source.on('error', (error) => counted.destroy(error));
      counted.on('error', (error) => {
        failure ??= error;
        source.destroy();
      });
      source.pipe(counted);
      const upload = new Upload({
        client,
        params: { Bucket, Key: tmp, Body: counted, ...sse },
        partSize: PART_SIZE,
        queueSize: 2,
        leavePartsOnError: false,
      });
      try {
        await upload.done();
        if (failure) throw failure;
      } catch (error) {
        await upload.abort().catch(() => {});
        await client.send(new DeleteObjectCommand({ Bucket, Key: tmp })).catch(() => {});
        throw failure ?? error;
      }
      const key = hash.digest('hex');
      copying.set(key, (copying.get(key) ?? 0) + 1);
      try {
        await client.send(
          new CopyObjectCommand({
            Bucket,
            Key: objectKey(key),
            CopySource: `${Bucket}/${tmp}`,
            MetadataDirective: 'REPLACE',
            ...sse,
          }),
        );
      } finally {
        const left = (copying.get(key) ?? 1) - 1;
        if (left) copying.set(key, left);
        else copying.delete(key);
        // A leftover temporary object is removed by the sweep later.
        await client.send(new DeleteObjectCommand({ Bucket, Key: tmp })).catch(() => {});
      }
      return { key, size, head: Buffer.concat(headChunks) };
    },
    read(key) {
      // The port reads synchronously (as a file stream does): the object is fetched behind it,
      // and a missing one fails the stream with ENOENT like a missing file.
      const out = new PassThrough();
      const Key = objectKey(key);
      client
        .send(new GetObjectCommand({ Bucket, Key }))
        .then((object) => {
          const body = object.Body as Readable;
          body.on('error', (error) => out.destroy(error));
          body.pipe(out);
        })
        .catch((error) => {
          out.destroy(isMissing(error) ? Object.assign(new Error(`no such blob ${key}`), { code: 'ENOENT' }) : error);
        });
      return out;
    },
    async exists(key) {
      // Like a file that is not there: a key that is not a hash names nothing.
      if (!KEY.test(key)) return false;
      return (await lastModified(objectKey(key))) !== null;
    },
    async *list() {
      let ContinuationToken: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket, ContinuationToken }));
        for (const object of page.Contents ?? []) {
          if (!object.Key) continue;
          const name = object.Key.split('/').at(-1) ?? '';
          const valid = KEY.test(name) && object.Key === `${name.slice(0, 2)}/${name.slice(2, 4)}/${name}`;
          // Anything else (temporary objects, strays) is a leftover for `removeTemp`.
          yield { key: valid ? name : null, path: object.Key, modifiedAt: object.LastModified ?? new Date(0) };
        }
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken);
    },
    async remove(key, unchangedSince) {
      if (copying.has(key)) return false;
      try {
        return await removeIfOlder(objectKey(key), unchangedSince);
      } catch {
        return false;
      }
    },
    async removeTemp(path, olderThan) {
      // Only what `list` reported as a leftover: never a blob under its content key.
      const name = path.split('/').at(-1) ?? '';
      if (KEY.test(name) && path === objectKey(name)) return false;
      try {
        return await removeIfOlder(path, olderThan);
      } catch {
        return false;
      }
    },
  };
}
