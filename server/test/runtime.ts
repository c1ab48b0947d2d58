import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll } from 'vitest';
import { fixedClock } from '../platform/clock.js';
import { loadConfig } from '../platform/config.js';
import { type Database, openDatabase } from '../platform/db/index.js';
import { startRuntime } from '../platform/runtime.js';

export const engine = process.env.TEST_DB_ENGINE === 'postgres' ? 'postgres' : 'pglite';

/** A new, empty database on the PostgreSQL server of TEST_DATABASE_URL; `drop` removes it. */
export async function freshPostgresDatabase(prefix = 'propass_test') {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('TEST_DATABASE_URL is not set');
  const name = `${prefix}_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
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

/**
 * A fresh database for one test file: in-memory PGlite, or a new database on the PostgreSQL
 * server of TEST_DATABASE_URL (dropped afterwards).
 */
export async function testDatabase(): Promise<{ database: Database; url?: string; drop(): Promise<void> }> {
  if (engine === 'pglite') {
    const database = await openDatabase({});
    return { database, drop: () => database.close() };
  }
  const fresh = await freshPostgresDatabase();
  const database = await openDatabase({ databaseUrl: fresh.url, poolSize: 20 });
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
