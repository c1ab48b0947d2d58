/**
 * Issue 5's benchmarks.
 *
 * 1. Legacy import: a CSV of BENCH_LEGACY_ROWS (1,000,000) old-programme product rows and the
 *    accounts file for them, generated into a temp directory, imported through the real CLI
 *    (`npm run cli -- legacy-import accounts|products <file>`: the compiled CLI) as a child process whose VmRSS is
 *    sampled every 50 ms. Printed: rows, seconds, rows/s, peak RSS. Target: < 60 s, < 300 MB.
 * 2. MIGRATE PRODUCTS (POST /api/migration) for accounts with 500 legacy products each, on the
 *    database the import just filled, in-process through app.inject: server time per migration,
 *    p50 and p99. Target: < 200 ms.
 *
 *   npx tsx bench/legacy-import.ts       (PGlite; PostgreSQL too with BENCH_DATABASE_URL)
 *   BENCH_LEGACY_ROWS=200000 npx tsx bench/legacy-import.ts
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SAMPLE_CATALOGUE } from '../server/modules/catalogue/sample-catalogue.js';
import { startRuntime } from '../server/platform/runtime.js';
import {
  benchConfig,
  benchEnv,
  type Engine,
  engines,
  finish,
  ms,
  printJson,
  printMachine,
  printTable,
  round,
  tempDir,
  withFreshPostgres,
} from './lib/common.js';
import { loggedInSuperuser } from './lib/organisation.js';
import { judged, report, shown } from './lib/results.js';
import { sampleRss } from './lib/rss.js';

const ROWS = Number(process.env.BENCH_LEGACY_ROWS ?? 1_000_000);
/** Accounts with MIGRATION_SIZE products each, migrated one after another; the rest hold ~20 each. */
const MIGRATIONS = Number(process.env.BENCH_MIGRATIONS ?? 10);
const MIGRATION_SIZE = 500;
const PER_ACCOUNT = 20;
const TARGET_SECONDS = 60;
const TARGET_RSS = 300 * 1024 * 1024;
const TARGET_MIGRATE_MS = 200;
const MB = 1024 * 1024;
// The command line as `npm run cli` runs it: compiled, plain node, a small heap (scripts/build-cli.mjs).
// @ts-expect-error — a plain JavaScript build script without type declarations
const { buildCli, CLI_NODE_FLAGS } = (await import('../scripts/build-cli.mjs')) as {
  buildCli(): Promise<string>;
  CLI_NODE_FLAGS: string[];
};
const CLI = await buildCli();
const ROOT = fileURLToPath(new URL('..', import.meta.url));

const accountCount = () =>
  Math.max(MIGRATIONS + 1, MIGRATIONS + Math.ceil((ROWS - MIGRATIONS * MIGRATION_SIZE) / PER_ACCOUNT));
const accountOf = (i: number) =>
  i < MIGRATIONS * MIGRATION_SIZE
    ? Math.floor(i / MIGRATION_SIZE)
    : MIGRATIONS + ((i - MIGRATIONS * MIGRATION_SIZE) % (accountCount() - MIGRATIONS));
const legacyEmail = (account: number) => `legacy${account}@bench.example`;

type ImportRun = {
  kind: 'accounts' | 'products';
  rows: number;
  bytes: number;
  seconds: number;
  importerSeconds: number | null;
  peakRss: number;
  /** One-minute load average when the import started and when it ended. */
  load: [number, number];
  output: string;
};
type Migration = {
  account: number;
  previewMs: number;
  migrateMs: number;
  migrated: number;
  complete: number;
  incomplete: number;
  conflicts: number;
  points: number;
};
type EngineResult = {
  engine: string;
  imports: ImportRun[];
  warmup: Migration;
  migrations: Migration[];
  /** One-minute load average before and after the migrations. */
  migrationLoad: [number, number];
};

async function writeLines(path: string, header: string, count: number, line: (i: number) => string) {
  const out = createWriteStream(path);
  out.write(`${header}\n`);
  const CHUNK = 10_000;
  for (let start = 0; start < count; start += CHUNK) {
    let text = '';
    for (let i = start; i < Math.min(count, start + CHUNK); i++) text += `${line(i)}\n`;
    if (!out.write(text)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** The accounts and products files: products mostly complete, some without dealer, some with an old model. */
async function generate(dir: string) {
  const codes = SAMPLE_CATALOGUE.filter((m) => m.points > 0).map((m) => m.modelCode);
  const countries = ['NL', 'BE', 'DE', 'FR'];
  const accounts = join(dir, 'accounts.csv');
  const products = join(dir, 'products.csv');
  await writeLines(accounts, 'legacy_id,email,membership_number,tier,expires_on', accountCount(), (a) =>
    [`LA${a}`, legacyEmail(a), `CPS-${100000 + a}`, a % 3 === 0 ? 'gold' : 'silver', '2025-12-31'].join(','),
  );
  await writeLines(
    products,
    'legacy_id,account_legacy_id,model_code,model_name,serial_number,purchase_date,country,dealer',
    ROWS,
    (i) => {
      const oldModel = i % 10 === 9;
      const day = new Date(Date.UTC(2015, 0, 1) + (i % 3000) * 86_400_000).toISOString().slice(0, 10);
      return [
        `LP${i}`,
        `LA${accountOf(i)}`,
        oldModel ? `OLD-${i % 7}` : codes[i % codes.length],
        oldModel ? `Old model ${i % 7}` : '',
        `LS${i}`,
        day,
        countries[i % countries.length],
        i % 10 === 8 ? '' : `Dealer ${i % 97}`,
      ].join(',');
    },
  );
  return { accounts, products };
}

/** One CLI import as a child process; VmRSS sampled every 50 ms. */
async function cliImport(
  engineName: string,
  env: NodeJS.ProcessEnv,
  kind: 'accounts' | 'products',
  file: string,
  rows: number,
): Promise<ImportRun> {
  const loadBefore = loadavg()[0] ?? 0;
  const started = performance.now();
  const child = spawn(process.execPath, [...CLI_NODE_FLAGS, CLI, 'legacy-import', kind, file], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const rss = sampleRss(child.pid!, 50);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const [code] = (await once(child, 'exit')) as [number | null];
  const peakRss = rss.stop();
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`[${engineName}] legacy-import ${kind} exited with ${code}:\n${output}`);
  const lines = output.trim().split('\n');
  console.log(`[${engineName}] ${kind}: ${lines.slice(-2).join(' | ')}`);
  return {
    kind,
    rows,
    bytes: statSync(file).size,
    seconds,
    importerSeconds: null,
    peakRss,
    load: [loadBefore, loadavg()[0] ?? 0],
    output,
  };
}

async function runEngine(engine: Engine, files: { accounts: string; products: string }): Promise<EngineResult> {
  if (engine.name === 'postgres') return withFreshPostgres(engine.adminUrl, (url) => measure('postgres', url, files));
  return measure('pglite', undefined, files);
}

async function measure(
  engineName: string,
  databaseUrl: string | undefined,
  files: { accounts: string; products: string },
): Promise<EngineResult> {
  const tmp = tempDir('legacy');
  try {
    const env = benchEnv(tmp.dir, { DATABASE_URL: databaseUrl ?? '' });
    const imports = [
      await cliImport(engineName, env, 'accounts', files.accounts, accountCount()),
      await cliImport(engineName, env, 'products', files.products, ROWS),
    ];

    // MIGRATE PRODUCTS in-process on the database the CLI filled (the CLI has exited: PGlite allows one process).
    const config = benchConfig(tmp.dir, { DATABASE_URL: databaseUrl ?? '' });
    const runtime = await startRuntime(config, { logger: false, workers: false });
    try {
      const { app, services, database } = runtime;
      const db = database.db;
      const done = (
        await database.sql.executeSql(
          `select kind, rows_done, rows_imported, rows_rejected, status,
           extract(epoch from finished_at - started_at)::float8 as seconds from legacy_imports`,
          [],
        )
      ).rows as {
        kind: string;
        rows_done: number;
        rows_imported: number;
        rows_rejected: number;
        status: string;
        seconds: number;
      }[];
      for (const run of imports) {
        const row = done.find((d) => d.kind === run.kind);
        if (row?.status !== 'done' || row.rows_imported !== run.rows)
          throw new Error(
            `[${engineName}] ${run.kind} import: ${JSON.stringify(row)}, expected ${run.rows} rows imported`,
          );
        run.importerSeconds = row.seconds;
      }
      const origin = new URL(config.publicUrl).origin;

      const migrate = async (account: number): Promise<Migration> => {
        const { cookie } = await loggedInSuperuser(services, db, {
          name: `Migration ${account}`,
          email: `owner${account}-${randomUUID().slice(0, 8)}@bench.example`,
          houseNumber: String(account + 1),
          legacyEmail: legacyEmail(account),
        });

        let t = performance.now();
        const preview = await app.inject({ method: 'GET', url: '/api/migration', headers: { cookie } });
        const previewMs = performance.now() - t;
        const state = preview.json() as { available: boolean; preview: unknown[] };
        if (preview.statusCode !== 200 || !state.available)
          throw new Error(`GET /api/migration answered ${preview.statusCode}: ${preview.body.slice(0, 300)}`);

        t = performance.now();
        const res = await app.inject({ method: 'POST', url: '/api/migration', headers: { cookie, origin } });
        const migrateMs = performance.now() - t;
        if (res.statusCode !== 200) throw new Error(`POST /api/migration answered ${res.statusCode}: ${res.body}`);
        const result = res.json() as {
          migrated: number;
          complete: number;
          incomplete: number;
          conflicts: unknown[];
          pointsAwarded: number;
        };
        if (result.migrated + result.conflicts.length !== state.preview.length)
          throw new Error(`migrated ${result.migrated} of ${state.preview.length}`);
        return {
          account,
          previewMs,
          migrateMs,
          migrated: result.migrated,
          complete: result.complete,
          incomplete: result.incomplete,
          conflicts: result.conflicts.length,
          points: result.pointsAwarded,
        };
      };

      // A warm-up migration of an ordinary account (about 20 products), not counted. The importer
      // has analyzed the legacy tables, so the migrations run on the plans a real database gets.
      const warmup = await migrate(MIGRATIONS);
      const migrations: Migration[] = [];
      const loadBefore = loadavg()[0] ?? 0;
      for (let account = 0; account < MIGRATIONS; account++) {
        const m = await migrate(account);
        console.log(
          `[${engineName}] MIGRATE PRODUCTS, account LA${account}: ${m.migrated} products (${m.complete} complete) in ${m.migrateMs.toFixed(1)} ms; preview ${m.previewMs.toFixed(1)} ms`,
        );
        migrations.push(m);
      }
      const migrationLoad: [number, number] = [loadBefore, loadavg()[0] ?? 0];
      return { engine: engineName, imports, warmup, migrations, migrationLoad };
    } finally {
      await runtime.stop();
    }
  } finally {
    tmp.remove();
  }
}

/** The q-quantile (nearest rank) of the values: 0.5 → p50, 0.99 → p99. */
const quantile = (values: number[], q: number) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? (s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? Number.NaN) : Number.NaN;
};
const loads = ([a, b]: [number, number]) => `${a.toFixed(1)} → ${b.toFixed(1)}`;

async function main() {
  console.log(
    `legacy-import: ${ROWS.toLocaleString('en')} legacy product rows through the CLI importer; MIGRATE PRODUCTS for ${MIGRATION_SIZE} products`,
  );
  printMachine();
  const list = engines();
  const data = tempDir('legacy-csv');
  try {
    let t = performance.now();
    const files = await generate(data.dir);
    console.log(
      `generated ${accountCount().toLocaleString('en')} accounts (${(statSync(files.accounts).size / MB).toFixed(1)} MB) and ${ROWS.toLocaleString('en')} products (${(statSync(files.products).size / MB).toFixed(1)} MB) in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );
    const results: EngineResult[] = [];
    for (const engine of list) {
      t = performance.now();
      results.push(await runEngine(engine, files));
      console.log(`[${engine.name}] done in ${((performance.now() - t) / 1000).toFixed(0)} s`);
    }

    let met = true;
    const importRows: (string | number)[][] = [];
    for (const r of results) {
      for (const i of r.imports) {
        const ok = i.kind === 'accounts' || (i.seconds < TARGET_SECONDS && i.peakRss < TARGET_RSS);
        if (!ok) met = false;
        importRows.push([
          `${r.engine} ${i.kind}`,
          i.rows.toLocaleString('en'),
          `${(i.bytes / MB).toFixed(1)} MB`,
          `${i.seconds.toFixed(1)} s`,
          (i.rows / i.seconds).toFixed(0),
          i.importerSeconds === null ? '—' : `${i.importerSeconds.toFixed(1)} s`,
          `${(i.peakRss / MB).toFixed(0)} MB`,
          loads(i.load),
          i.kind === 'accounts' ? '' : ok ? 'met' : 'MISSED',
        ]);
      }
    }
    printTable(
      `Legacy import through the CLI (child process, VmRSS every 50 ms); target for the products file: < ${TARGET_SECONDS} s and peak RSS < ${TARGET_RSS / MB} MB`,
      ['engine / file', 'rows', 'size', 'seconds', 'rows/s', 'importer', 'peak RSS', 'load', 'target'],
      importRows,
    );
    const migrationRows: (string | number)[][] = [];
    for (const r of results) {
      const times = r.migrations.map((m) => m.migrateMs);
      const ok = quantile(times, 0.99) < TARGET_MIGRATE_MS;
      if (!ok) met = false;
      const m = r.migrations[0]!;
      migrationRows.push([
        r.engine,
        r.migrations.length,
        `${m.migrated} (${m.complete} complete, ${m.incomplete} to complete)`,
        m.points,
        ms(quantile(times, 0.5)),
        ms(quantile(times, 0.99)),
        ms(
          quantile(
            r.migrations.map((x) => x.previewMs),
            0.5,
          ),
        ),
        ms(r.warmup.migrateMs),
        loads(r.migrationLoad),
        ok ? 'met' : 'MISSED',
      ]);
    }
    printTable(
      `MIGRATE PRODUCTS (POST /api/migration via app.inject) for accounts with ${MIGRATION_SIZE} legacy products, on the imported database; target p99 < ${TARGET_MIGRATE_MS} ms`,
      [
        'engine',
        'runs',
        'products each',
        'points',
        'p50',
        'p99',
        'preview (GET) p50',
        'warm-up (~20)',
        'load',
        'target',
      ],
      migrationRows,
    );
    for (const r of results) {
      const times = r.migrations.map((m) => m.migrateMs);
      report('legacy-import', r.engine, [
        ...r.imports.flatMap((i) =>
          i.kind === 'accounts'
            ? [shown('accounts import', i.seconds, 's')]
            : [
                judged('products import', i.seconds, 's', `< ${TARGET_SECONDS}`, i.seconds < TARGET_SECONDS),
                judged(
                  'products import peak RSS',
                  i.peakRss / MB,
                  'MB',
                  `< ${TARGET_RSS / MB}`,
                  i.peakRss < TARGET_RSS,
                ),
                shown('products import rows/s', i.rows / i.seconds, 'rows/s'),
              ],
        ),
        judged(
          'MIGRATE PRODUCTS p99',
          quantile(times, 0.99),
          'ms',
          `< ${TARGET_MIGRATE_MS}`,
          quantile(times, 0.99) < TARGET_MIGRATE_MS,
        ),
      ]);
    }
    printJson('legacy-import', {
      rows: ROWS,
      accounts: accountCount(),
      loadAverage: loadavg().map((x) => round(x)),
      target: { secondsMax: TARGET_SECONDS, peakRssMbMax: TARGET_RSS / MB, migrateMsMax: TARGET_MIGRATE_MS },
      met,
      results: results.map((r) => ({
        engine: r.engine,
        imports: r.imports.map((i) => ({
          kind: i.kind,
          rows: i.rows,
          seconds: round(i.seconds, 1),
          importerSeconds: i.importerSeconds === null ? null : round(i.importerSeconds, 1),
          rowsPerSecond: Math.round(i.rows / i.seconds),
          peakRssMb: Math.round(i.peakRss / MB),
          load: i.load.map((x) => round(x)),
        })),
        migrateP50Ms: round(
          quantile(
            r.migrations.map((m) => m.migrateMs),
            0.5,
          ),
        ),
        migrateP99Ms: round(
          quantile(
            r.migrations.map((m) => m.migrateMs),
            0.99,
          ),
        ),
        migrationLoad: r.migrationLoad.map((x) => round(x)),
        migrations: r.migrations.map((m) => ({
          products: m.migrated + m.conflicts,
          complete: m.complete,
          migrateMs: round(m.migrateMs, 1),
          previewMs: round(m.previewMs, 1),
        })),
      })),
    });
    finish(met);
  } finally {
    data.remove();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
