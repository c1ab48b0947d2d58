import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';

/** s3rver's fixed credentials: any other key is refused, as by a real service. */
export const S3_STAND_IN_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

/**
 * An S3-compatible stand-in (s3rver) on an ephemeral port and a temp directory, with one bucket,
 * so the S3 adapter is tested against real S3 requests without a network service.
 */
export async function startS3StandIn(bucket = 'propass-documents', options: { ownProcess?: boolean } = {}) {
  const directory = mkdtempSync(join(tmpdir(), 'propass-s3-'));
  const { port, close } = options.ownProcess ? await inChild(directory, bucket) : await inProcess(directory, bucket);
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    bucket,
    endpoint,
    directory,
    settings: { bucket, region: 'us-east-1', endpoint, forcePathStyle: true, ...S3_STAND_IN_CREDENTIALS },
    /** The variables that point the app at this stand-in. */
    env: {
      STORAGE: 's3',
      S3_BUCKET: bucket,
      S3_REGION: 'us-east-1',
      S3_ENDPOINT: endpoint,
      S3_ACCESS_KEY_ID: S3_STAND_IN_CREDENTIALS.accessKeyId,
      S3_SECRET_ACCESS_KEY: S3_STAND_IN_CREDENTIALS.secretAccessKey,
    },
    async stop() {
      await close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

async function inProcess(directory: string, bucket: string) {
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    directory,
    silent: true,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = await server.run();
  return { port, close: () => server.close().catch(() => {}) };
}

/** s3rver in a child process (see s3-stand-in.child.ts); resolves once it listens. */
function inChild(directory: string, bucket: string): Promise<{ port: number; close: () => Promise<void> }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 's3-stand-in.child.ts'), directory, bucket],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const close = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n')[0];
      if (out.includes('\n')) resolve({ port: (JSON.parse(line!) as { port: number }).port, close });
    });
    child.once('exit', (code) => reject(new Error(`the S3 stand-in stopped (exit ${code})`)));
  });
}
