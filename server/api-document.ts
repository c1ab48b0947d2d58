import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from './app.js';
import { fixedClock } from './platform/clock.js';
import { loadConfig } from './platform/config.js';
import { openDatabase } from './platform/db/index.js';
import { createJobs } from './platform/jobs.js';
import { diskStorage } from './platform/storage.js';

/**
 * The OpenAPI document as the app builds it, without listening or migrating: an empty in-memory
 * database (building the app reads nothing), job queue not started. The environment is fixed, so the
 * document is the same on every machine; development tools on and no SMTP server, so the web app's
 * types also cover the development pages (dev mailbox, clock) — production never registers those
 * routes, whatever the types say. Used by `scripts/generate-api-types.mjs`.
 */
export async function buildApiDocument(): Promise<unknown> {
  const dataDir = mkdtempSync(join(tmpdir(), 'propass-api-document-'));
  const database = await openDatabase({});
  try {
    const config = loadConfig({
      NODE_ENV: 'test',
      DEV_TOOLS: 'true',
      DATA_DIR: dataDir,
      PUBLIC_URL: 'http://propass.test',
      SESSION_SECRET: 'api-document-api-document-api-document',
      LOG_LEVEL: 'silent',
    });
    const jobs = createJobs({ database, timeZone: config.timeZone, workers: false, onError: () => {} });
    const { app } = await buildApp({
      config,
      database,
      jobs,
      clock: fixedClock('2026-01-01T00:00:00Z'),
      storage: diskStorage(join(dataDir, 'files')),
      logger: false,
    });
    await app.ready();
    const document = app.swagger();
    await app.close();
    return document;
  } finally {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
