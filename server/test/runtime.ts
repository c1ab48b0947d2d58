import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, inject } from 'vitest';
import { fixedClock } from '../platform/clock.js';
import { loadConfig } from '../platform/config.js';
import { type Database, migrateDatabase, openDatabase } from '../platform/db/index.js';
import { startRuntime } from '../platform/runtime.js';

export const engine = process.env.TEST_DB_ENGINE === 'postgres' ? 'postgres' : 'pglite';

/**
 * A new database on the PostgreSQL server of TEST_DATABASE_URL, empty or a copy of `template`;
 * `drop` removes it.
 */
export async function freshPostgresDatabase(prefix = 'propass_test', template?: string) {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('TEST_DATABASE_URL is not set');
  const name = `${prefix}_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  try {
    await admin.query(template ? `create database ${name} template ${template}` : `create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** The migrated PGlite image of this run (`global-setup.ts`), read once per test file. */
let pgliteImage: Blob | undefined;
function migratedPgliteImage(): Blob | undefined {
  const path = inject('pgliteTemplate');
  if (!path) return undefined;
  pgliteImage ??= new Blob([readFileSync(path)]);
  return pgliteImage;
}

/**
 * A fresh, migrated database for one test file: in-memory PGlite opened from the run's migrated
 * image, or a new database on the PostgreSQL server of TEST_DATABASE_URL copied from the run's
 * migrated template (dropped afterwards). Without a template (no globalSetup) it is migrated here.
 */
export async function testDatabase(): Promise<{ database: Database; url?: string; drop(): Promise<void> }> {
  if (engine === 'pglite') {
    const pgliteImage = migratedPgliteImage();
    const database = await openDatabase({ pgliteImage });
    if (!pgliteImage) await migrateDatabase(database);
    return { database, drop: () => database.close() };
  }
  const template = inject('postgresTemplate');
  const fresh = await freshPostgresDatabase('propass_test', template);
  const database = await openDatabase({ databaseUrl: fresh.url, poolSize: 20 });
  if (!template) await migrateDatabase(database);
  return {
    database,
    url: fresh.url,
    async drop() {
      // The runtime may have closed it already.
      await database.close().catch(() => {});
      await fresh.drop();
    },
  };
}

/**
 * Runtimes started by this test file, stopped after it. Registered here, at the file's top level:
 * vitest never calls an afterAll that a beforeAll registers, which is where most runtimes start.
 */
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

export type TestRuntime = Awaited<ReturnType<typeof startTestRuntime>>;

/** The real app on a fresh database, a temp data dir and a movable clock; stopped after the file. */
export async function startTestRuntime(
  options: {
    env?: Record<string, string>;
    clock?: ReturnType<typeof fixedClock>;
    limits?: NonNullable<Parameters<typeof startRuntime>[1]>['limits'];
  } = {},
) {
  const dataDir = mkdtempSync(join(tmpdir(), 'propass-test-'));
  const { database, drop } = await testDatabase();
  const clock = options.clock ?? fixedClock('2026-11-25T10:00:00Z');
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    PUBLIC_URL: 'http://propass.test',
    SESSION_SECRET: 'test-secret-test-secret-test-secret-000',
    LOG_LEVEL: 'silent',
    ...options.env,
  });
  const runtime = await startRuntime(config, {
    database,
    clock,
    logger: false,
    limits: options.limits ?? {
      password: { max: 1000, timeWindow: 60_000 },
      registration: { max: 1000, timeWindow: 60_000 },
    },
  });
  cleanups.push(async () => {
    await runtime.stop().catch(() => {});
    await drop().catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
  });
  return { ...runtime, config, clock, dataDir };
}
