/**
 * The dashboard's charts at scale: each chart's one aggregate query (through the insights
 * service, as the route runs it) over 12 months, with 1,000,000 products (and as many points
 * entries), 500,000 old-programme products and the rest of the programme around them.
 * The points chart reads the daily roll-up the daily run fills, so the run's roll-up step runs once
 * after seeding (timed: the first run after an upgrade rolls up the whole history). Measured too,
 * on the same data: the points chart before that run (every day summed live, as on a fresh
 * install) and the two charts' previous queries. Target: p99 < 200 ms per chart.
 *
 *   npx tsx bench/dashboard.ts    (PGlite; PostgreSQL too with BENCH_DATABASE_URL)
 *   BENCH_CHARTS=points,migration narrows the charts.
 */
import { INSIGHT_CHARTS } from '../contracts/insights.js';
import { createInsightsService } from '../server/modules/insights/index.js';
import { fixedClock } from '../server/platform/clock.js';
import { openMigratedDatabase } from '../server/platform/db/index.js';
import {
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
import { previousQueries } from './lib/dashboard-baseline.js';
import { seedProgramme } from './lib/dashboard-seed.js';
import { judged, report, shown } from './lib/results.js';

const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const TARGET_P99_MS = 200;
const NOW = new Date('2026-11-25T10:00:00Z');

type Row = { engine: string; chart: string; p50: number; p99: number; max: number };
const CHARTS = process.env.BENCH_CHARTS
  ? INSIGHT_CHARTS.filter((c) => process.env.BENCH_CHARTS!.split(',').includes(c))
  : INSIGHT_CHARTS;
const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;

async function measure(engine: string, databaseUrl: string | undefined): Promise<Row[]> {
  const tmp = tempDir('dashboard');
  const database = await openMigratedDatabase(databaseUrl ? { databaseUrl } : { pgliteDir: tmp.dir });
  try {
    const seeding = performance.now();
    await seedProgramme(database, PRODUCTS, NOW);
    console.log(
      `${engine}: seeded ${PRODUCTS.toLocaleString('en')} products in ${((performance.now() - seeding) / 1000).toFixed(0)} s`,
    );
    const timeZone = 'Europe/Amsterdam';
    const insights = createInsightsService({ db: database.db, clock: fixedClock(NOW), timeZone });
    const period = { from: '2025-11-26', to: '2026-11-25' };
    const rows: Row[] = [];
    const time = async (chart: string, query: () => Promise<unknown>) => {
      for (let i = 0; i < 3; i++) await query();
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const started = performance.now();
        await query();
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      rows.push({ engine, chart, p50: quantile(times, 0.5), p99: quantile(times, 0.99), max: times.at(-1)! });
    };
    if (CHARTS.includes('points')) await time('points, not rolled up', () => insights.chart('points', period));
    const rolling = performance.now();
    const { pointsDays } = await insights.runDaily();
    console.log(`${engine}: rolled up ${pointsDays} days in ${((performance.now() - rolling) / 1000).toFixed(1)} s`);
    const previous = previousQueries(database, period, timeZone);
    for (const chart of ['migration', 'points'] as const)
      if (CHARTS.includes(chart)) await time(`${chart}, previous query`, previous[chart]);
    for (const chart of CHARTS) await time(chart, () => insights.chart(chart, period));
    return rows;
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
for (const engine of engines()) rows.push(...(await run(engine)));
printTable(
  `Dashboard charts over 12 months, ${PRODUCTS.toLocaleString('en')} products (${RUNS} runs each)`,
  ['engine', 'chart', 'p50', 'p99', 'max'],
  rows.map((r) => [r.engine, r.chart, ms(r.p50), ms(r.p99), ms(r.max)]),
);
for (const r of rows)
  report('dashboard', r.engine, [
    r.chart.includes(',')
      ? shown(`${r.chart} p99`, r.p99, 'ms')
      : judged(`${r.chart} p99`, r.p99, 'ms', `< ${TARGET_P99_MS} ms`, r.p99 < TARGET_P99_MS),
    shown(`${r.chart} p50`, r.p50, 'ms'),
  ]);
printJson('dashboard', {
  products: PRODUCTS,
  rows: rows.map((r) => ({ ...r, p50: round(r.p50), p99: round(r.p99), max: round(r.max) })),
});
// Judged: the charts as the dashboard reads them after a daily run.
finish(rows.filter((r) => !r.chart.includes(',')).every((r) => r.p99 < TARGET_P99_MS));
