/**
 * The products export at scale: `GET /api/exports/products.csv`'s stream (keyset pages through
 * the exports service, as the route sends it) of 1,000,000 products, read to the end by a
 * consumer that counts bytes. Measures the time, rows/s and the process's RSS before and at its
 * peak (sampled every 50 ms). Target: peak RSS < 150 MB on PostgreSQL; on PGlite the embedded
 * database shares the process, so its figure is the growth during the export (< 150 MB).
 *
 *   npx tsx bench/exports.ts    (PGlite; PostgreSQL too with BENCH_DATABASE_URL)
 */
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createExportsService } from '../server/modules/insights/index.js';
import { openMigratedDatabase } from '../server/platform/db/index.js';
import {
  type Engine,
  engines,
  finish,
  printJson,
  printMachine,
  printTable,
  round,
  tempDir,
  withFreshPostgres,
} from './lib/common.js';
import { seedProgramme } from './lib/dashboard-seed.js';
import { judged, report, shown } from './lib/results.js';
import { rssOf, sampleRss } from './lib/rss.js';

const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 1_000_000);
const TARGET_MB = 150;
const MB = 1024 * 1024;

type Row = { engine: string; rows: number; seconds: number; baselineMb: number; peakMb: number; bytes: number };

async function measure(engine: string, databaseUrl: string | undefined): Promise<Row> {
  const tmp = tempDir('exports');
  const database = await openMigratedDatabase(databaseUrl ? { databaseUrl } : { pgliteDir: tmp.dir });
  try {
    await seedProgramme(database, PRODUCTS, new Date('2026-11-25T10:00:00Z'));
    globalThis.gc?.();
    const exports = createExportsService({ db: database.db, timeZone: 'Europe/Amsterdam' });
    const baseline = rssOf(process.pid) ?? 0;
    const rss = sampleRss(process.pid);
    let bytes = 0;
    let lines = 0;
    const started = performance.now();
    await pipeline(
      exports.products({}),
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          bytes += chunk.length;
          for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
          done();
        },
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const peak = rss.stop();
    return { engine, rows: lines - 1, seconds, baselineMb: baseline / MB, peakMb: peak / MB, bytes };
  } finally {
    await database.close();
    tmp.remove();
  }
}

const run = (engine: Engine) =>
  engine.name === 'postgres'
    ? withFreshPostgres(engine.adminUrl, (url) => measure('postgres', url))
    : measure('pglite', undefined);

printMachine();
const rows: Row[] = [];
for (const engine of engines()) rows.push(await run(engine));
printTable(
  `Products export of ${PRODUCTS.toLocaleString('en')} rows`,
  ['engine', 'rows', 'time', 'rows/s', 'MB written', 'RSS before', 'RSS peak', 'growth'],
  rows.map((r) => [
    r.engine,
    r.rows,
    `${r.seconds.toFixed(1)} s`,
    Math.round(r.rows / r.seconds),
    (r.bytes / MB).toFixed(0),
    `${r.baselineMb.toFixed(0)} MB`,
    `${r.peakMb.toFixed(0)} MB`,
    `${(r.peakMb - r.baselineMb).toFixed(0)} MB`,
  ]),
);
for (const r of rows) {
  const rss = r.engine === 'postgres' ? r.peakMb : r.peakMb - r.baselineMb;
  report('exports', r.engine, [
    judged('products export RSS', rss, 'MB', `< ${TARGET_MB} MB`, rss < TARGET_MB && r.rows === PRODUCTS),
    shown('rows/s', r.rows / r.seconds, 'rows/s'),
  ]);
}
printJson('exports', {
  products: PRODUCTS,
  rows: rows.map((r) => ({
    ...r,
    seconds: round(r.seconds),
    peakMb: round(r.peakMb),
    baselineMb: round(r.baselineMb),
  })),
});
finish(
  rows.every((r) => r.rows === PRODUCTS && (r.engine === 'postgres' ? r.peakMb : r.peakMb - r.baselineMb) < TARGET_MB),
);
