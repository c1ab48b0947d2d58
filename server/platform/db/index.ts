import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { lockDataDir } from './lock.js';
import * as schema from './schema/index.js';

export { likePattern } from './like.js';
export { rowsOf } from './rows.js';
export { isDatabaseUnavailable } from './unavailable.js';
export { schema };
export type Schema = typeof schema;
/** One type for both drivers (PGlite and node-postgres). */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** A database handle or an open transaction: repositories accept either. */
export type DbOrTx = Db | Tx;

/** The raw SQL port pg-boss needs. */
export type SqlExecutor = { executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> };

export type Database = {
  db: Db;
  engine: 'pglite' | 'postgres';
  sql: SqlExecutor;
  /** For pg-boss on PostgreSQL: its own pool from the same URL. Undefined on PGlite. */
  connectionString: string | undefined;
  /** The PostgreSQL pool's connections (metrics). Undefined on PGlite: one in-process connection. */
  pool?: () => { total: number; idle: number; waiting: number };
  ping(): Promise<void>;
  close(): Promise<void>;
  /** PGlite only: the data directory as an uncompressed tarball (`OpenOptions.pgliteImage` opens a copy). */
  dumpImage?(): Promise<Blob>;
};

const MIGRATIONS = fileURLToPath(new URL('./migrations', import.meta.url));

export type OpenOptions = {
  databaseUrl?: string;
  /** PGlite data directory; omitted → in memory (tests). */
  pgliteDir?: string;
  /** Lock the PGlite directory against a second process (the server does; tools that run beside it must not). */
  lock?: boolean;
  poolSize?: number;
  /**
   * PGlite only: smaller buffers for a short-lived tool process (the command line), whose memory
   * counts more than its cache. Ignored on PostgreSQL.
   */
  lowMemory?: boolean;
  /**
   * In-memory PGlite only: start from this data directory image (from `dumpImage()`) instead of an
   * empty cluster. Tests open a migrated template this way: about a second faster than `initdb` + migrations.
   */
  pgliteImage?: Blob;
};

/**
 * How long a request waits for a PostgreSQL connection (a new one, or a free one of a full pool)
 * before it fails. Without it a request waited forever while the server was unreachable; with it
 * the request is answered 503 with Retry-After (see `isDatabaseUnavailable`) within this bound.
 */
export const CONNECT_TIMEOUT_MS = 5_000;

/** PGlite settings of a low-memory process (the embedded engine's heap only grows). */
const LOW_MEMORY_SETTINGS = ['shared_buffers=16MB', 'wal_buffers=1MB', 'temp_buffers=1MB'];

/**
 * The embedded engine is PostgreSQL compiled to WebAssembly. By default V8 first runs WebAssembly
 * on its baseline compiler (Liftoff) and optimises a function only once it has run a while, so a
 * server's first heavy requests ran up to twice as slow as later ones (the first MIGRATE PRODUCTS
 * of 500 products 180 ms, the next ones 90 ms). A process that keeps a data directory open
 * compiles the engine with the optimising compiler from the start instead: about 1.3 s more at
 * start, no slow first requests. In-memory databases (tests) keep the quick start. The flag only
 * concerns modules compiled after it is set; see ARCHITECTURE.md.
 */
function compileEngineOptimised() {
  v8.setFlagsFromString('--no-liftoff');
}

/**
 * Creating a PGlite data directory (its `initdb`) leaves the creating process at about 800 MB of
 * memory for good (the engine's WebAssembly memory only grows); opening an existing one takes
 * about 300 MB. So a new directory is created by a short-lived child process, and this process
 * only opens it: a server's first start then holds the same memory as every later start.
 */
async function createPgliteDir(dir: string) {
  const pglite = import.meta.resolve('@electric-sql/pglite');
  const code = `const { PGlite } = await import(${JSON.stringify(pglite)}); await (await PGlite.create(${JSON.stringify(dir)})).close();`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', code], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', resolve);
  });
  if (exitCode !== 0) throw new Error(`Creating the embedded database in ${dir} failed: ${stderr.trim()}`);
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      // A connection cut without a reset (a dead peer) is noticed by TCP keep-alive, not never.
      keepAlive: true,
    });
    pool.on('error', () => {
      // An idle client lost its connection; the pool replaces it. Queries report their own errors.
    });
    const db = drizzleNodePg(pool, { schema }) as unknown as Db;
    return {
      db,
      engine: 'postgres',
      connectionString: options.databaseUrl,
      sql: { executeSql: (text, values) => pool.query(text, values as unknown[]) },
      pool: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
      ping: async () => {
        await pool.query('select 1');
      },
      close: () => pool.end(),
    };
  }
  let release: (() => void) | undefined;
  let dir: string | undefined;
  if (options.pgliteDir) {
    mkdirSync(options.pgliteDir, { recursive: true });
    if (options.lock !== false) release = lockDataDir(options.pgliteDir);
    dir = join(options.pgliteDir, 'pglite');
    compileEngineOptimised();
  }
  try {
    if (dir && !existsSync(join(dir, 'PG_VERSION'))) await createPgliteDir(dir);
    const client = await PGlite.create(dir, {
      ...(options.lowMemory
        ? { startParams: [...PGlite.defaultStartParams, ...LOW_MEMORY_SETTINGS.flatMap((s) => ['-c', s])] }
        : {}),
      ...(options.pgliteImage && !dir ? { loadDataDir: options.pgliteImage } : {}),
    });
    const db = drizzlePglite(client, { schema }) as unknown as Db;
    let closed = false;
    return {
      db,
      engine: 'pglite',
      connectionString: undefined,
      sql: {
        async executeSql(text, values) {
          if (values && values.length > 0) return client.query(text, values);
          // pg-boss sends multi-statement scripts without parameters; exec runs them in one go.
          const results = await client.exec(text);
          return results[results.length - 1] ?? { rows: [] };
        },
      },
      ping: async () => {
        await client.query('select 1');
      },
      dumpImage: () => client.dumpDataDir('none'),
      close: async () => {
        if (closed) return;
        closed = true;
        try {
          await client.close();
        } finally {
          release?.();
        }
      },
    };
  } catch (error) {
    release?.();
    throw error;
  }
}

/**
 * A digest of the migration files (SQL and journal): a database migrated by one set of files can
 * stand in for a fresh migration exactly while this is unchanged (test templates are keyed by it).
 */
export function migrationsDigest(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(`${path.slice(MIGRATIONS.length)}\0`).update(readFileSync(path));
    }
  };
  walk(MIGRATIONS);
  return hash.digest('hex');
}

export async function migrateDatabase(database: Database): Promise<void> {
  if (database.engine === 'postgres') {
    await migrateNodePg(database.db as never, { migrationsFolder: MIGRATIONS });
  } else {
    await migratePglite(database.db as never, { migrationsFolder: MIGRATIONS });
  }
}

/**
 * Opens and migrates the database only — no app, no jobs, no seeds: for tools such as the
 * command line's import, which need just the tables (and, on PGlite, the directory lock).
 */
export async function openMigratedDatabase(options: OpenOptions): Promise<Database> {
  const database = await openDatabase(options);
  try {
    await migrateDatabase(database);
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}
