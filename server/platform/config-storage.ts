import { z } from 'zod';
import type { S3Settings } from './storage-s3.js';

/** Where documents are kept: `DATA_DIR/files` on this machine, or an S3-compatible bucket shared by instances. */
export type StorageConfig = { kind: 'disk' } | { kind: 's3'; s3: S3Settings };

const text = z
  .string()
  .trim()
  .optional()
  .transform((v) => v || undefined);

/** The storage variables (part of the environment schema in `config.ts`). */
export const StorageEnv = {
  STORAGE: z.enum(['disk', 's3'], { message: 'must be disk or s3' }).default('disk'),
  S3_BUCKET: text.refine((v) => v === undefined || /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(v), {
    message: 'must be a bucket name (3–63 lower-case letters, digits, dots and hyphens)',
  }),
  S3_REGION: text,
  S3_ENDPOINT: text.refine((v) => v === undefined || (URL.canParse(v) && /^https?:$/.test(new URL(v).protocol)), {
    message: 'must be an http:// or https:// URL',
  }),
  S3_ACCESS_KEY_ID: text,
  S3_SECRET_ACCESS_KEY: text,
  S3_FORCE_PATH_STYLE: z
    .enum(['true', 'false'], { message: 'must be true or false' })
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
  S3_SSE: z.enum(['AES256', 'aws:kms', 'none'], { message: 'must be AES256, aws:kms or none' }).optional(),
};

type StorageVars = z.output<z.ZodObject<typeof StorageEnv>>;

/** The storage choice, or a line in `problems` for each variable that is missing or does not fit. */
export function storageConfig(e: StorageVars, production: boolean, problems: string[]): StorageConfig {
  const s3Vars = (Object.keys(StorageEnv) as (keyof StorageVars)[]).filter(
    (k) => k !== 'STORAGE' && e[k] !== undefined,
  );
  if (e.STORAGE === 'disk') {
    if (s3Vars.length)
      problems.push(`STORAGE: ${s3Vars.join(', ')} set but STORAGE is disk; set STORAGE=s3 to use them`);
    return { kind: 'disk' };
  }
  if (!e.S3_BUCKET) problems.push('S3_BUCKET: required when STORAGE is s3');
  if (!e.S3_REGION)
    problems.push('S3_REGION: required when STORAGE is s3 (such as eu-central-1; us-east-1 for most other services)');
  if (Boolean(e.S3_ACCESS_KEY_ID) !== Boolean(e.S3_SECRET_ACCESS_KEY))
    problems.push(
      'S3_ACCESS_KEY_ID / S3_SECRET_ACCESS_KEY: set both, or neither (then the AWS default credential chain is used)',
    );
  if (production && e.S3_SSE === undefined)
    problems.push(
      'S3_SSE: required in production with STORAGE=s3 (AES256, aws:kms, or none when the bucket encrypts by default)',
    );
  return {
    kind: 's3',
    s3: {
      bucket: e.S3_BUCKET ?? '',
      region: e.S3_REGION ?? '',
      endpoint: e.S3_ENDPOINT,
      accessKeyId: e.S3_ACCESS_KEY_ID,
      secretAccessKey: e.S3_SECRET_ACCESS_KEY,
      // A custom endpoint is usually MinIO or a stand-in, which want the bucket in the path.
      forcePathStyle: e.S3_FORCE_PATH_STYLE ?? Boolean(e.S3_ENDPOINT),
      sse: e.S3_SSE === 'none' ? undefined : e.S3_SSE,
    },
  };
}
