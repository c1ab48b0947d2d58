import { randomUUID } from 'node:crypto';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient, registrationInput } from '../test/fixtures.js';
import { multipart, PDF } from '../test/http.js';
import { startTestRuntime, type TestRuntime, testDatabase } from '../test/runtime.js';
import { startS3StandIn } from '../test/s3-stand-in.js';
import { type ConfigError, loadConfig } from './config.js';
import { schema } from './db/index.js';
import { startRuntime } from './runtime.js';
import { s3Storage } from './storage-s3.js';

describe('documents in an S3 bucket (STORAGE=s3)', () => {
  let standIn: Awaited<ReturnType<typeof startS3StandIn>>;
  let rt: TestRuntime;
  beforeAll(async () => {
    standIn = await startS3StandIn();
    rt = await startTestRuntime({ env: standIn.env });
  });
  afterAll(async () => {
    await rt?.stop();
    await standIn?.stop();
  });

  it('stores a registration upload in the bucket and serves it to staff through the server', async () => {
    const document = Buffer.concat([PDF.subarray(0, PDF.length - 6), Buffer.from(`%${randomUUID()}\n%%EOF\n`)]);
    const input = registrationInput({ legalName: 'Bucket B.V.' });
    const body = multipart({ application: JSON.stringify(input) }, [
      { field: 'documents', name: 'extract.pdf', type: 'application/pdf', data: document },
    ]);
    const res = await rt.app.inject({ method: 'POST', url: '/api/registrations', ...body });
    expect(res.statusCode, res.body).toBe(201);

    const [doc] = await rt.database.db
      .select()
      .from(schema.applicationDocuments)
      .innerJoin(schema.applications, eq(schema.applications.id, schema.applicationDocuments.applicationId))
      .where(eq(schema.applications.idempotencyKey, input.idempotencyKey));
    const key = doc!.application_documents.storageKey;
    const listed = await s3Storage(standIn.settings).client.send(
      new ListObjectsV2Command({ Bucket: standIn.bucket, Prefix: `${key.slice(0, 2)}/` }),
    );
    expect(listed.Contents?.map((o) => o.Key)).toContain(`${key.slice(0, 2)}/${key.slice(2, 4)}/${key}`);
    // Nothing is kept on the local disk.
    expect(await rt.storage.exists(key)).toBe(true);

    const admin = await adminClient(rt);
    const served = await admin.get(
      `/api/staff/cases/${doc!.applications.id}/documents/${doc!.application_documents.id}`,
    );
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('application/pdf');
    expect(served.rawPayload.equals(document)).toBe(true);
    // Access rules hold as on disk: no session, no document.
    const anonymous = await rt.app.inject(
      `/api/staff/cases/${doc!.applications.id}/documents/${doc!.application_documents.id}`,
    );
    expect(anonymous.statusCode).toBe(401);
  });

  it('is ready while the bucket answers, and names the storage', async () => {
    expect((await rt.app.inject('/readyz')).json()).toMatchObject({ status: 'ready', storage: 's3' });
  });
});

describe('S3 settings', () => {
  const base = { NODE_ENV: 'test', SESSION_SECRET: 'x'.repeat(32), DATA_DIR: '/tmp/propass-config-test' };
  const problems = (env: Record<string, string>) => {
    try {
      loadConfig({ ...base, ...env });
      return [];
    } catch (error) {
      return (error as ConfigError).problems;
    }
  };

  it('names each missing or wrong variable on its own line', () => {
    expect(problems({ STORAGE: 's3', S3_ACCESS_KEY_ID: 'AKIA' })).toEqual([
      'S3_BUCKET: required when STORAGE is s3',
      expect.stringMatching(/^S3_REGION: required when STORAGE is s3/),
      expect.stringMatching(/^S3_ACCESS_KEY_ID \/ S3_SECRET_ACCESS_KEY: set both/),
    ]);
    expect(problems({ STORAGE: 'nfs', S3_BUCKET: 'Not_A_Bucket', S3_ENDPOINT: 'ftp://x', S3_SSE: 'yes' })).toEqual([
      expect.stringMatching(/^STORAGE: must be disk or s3/),
      expect.stringMatching(/^S3_BUCKET: must be a bucket name/),
      expect.stringMatching(/^S3_ENDPOINT: must be an http/),
      expect.stringMatching(/^S3_SSE: must be AES256, aws:kms or none/),
    ]);
    expect(problems({ S3_BUCKET: 'documents' })).toEqual([
      expect.stringMatching(/^STORAGE: S3_BUCKET set but STORAGE is disk/),
    ]);
    expect(
      problems({ NODE_ENV: 'production', STORAGE: 's3', S3_BUCKET: 'documents', S3_REGION: 'eu-central-1' }),
    ).toContainEqual(expect.stringMatching(/^S3_SSE: required in production/));
  });

  it('reads a complete setting, path style by default with a custom endpoint', () => {
    const config = loadConfig({
      ...base,
      STORAGE: 's3',
      S3_BUCKET: 'documents',
      S3_REGION: 'eu-central-1',
      S3_ENDPOINT: 'http://minio:9000',
      S3_SSE: 'AES256',
    });
    expect(config.storage).toEqual({
      kind: 's3',
      s3: expect.objectContaining({ bucket: 'documents', region: 'eu-central-1', forcePathStyle: true, sse: 'AES256' }),
    });
  });

  it('refuses to start when the bucket cannot be reached, naming it', async () => {
    const standIn = await startS3StandIn();
    const { database, drop } = await testDatabase();
    try {
      const config = loadConfig({ ...base, ...standIn.env, S3_BUCKET: 'no-such-bucket' });
      await expect(startRuntime(config, { database, logger: false, workers: false })).rejects.toThrow(
        /S3_BUCKET: bucket "no-such-bucket" cannot be reached at http:\/\/127\.0\.0\.1:\d+ \(no such bucket\)/,
      );
    } finally {
      await drop();
      await standIn.stop();
    }
  });
});
