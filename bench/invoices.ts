/**
 * Issue 7's benchmark: an invoice run of 10,000 invoices including their PDFs. 10,000 unpaid orders
 * of 100 organisations (bank transfer, direct debit and card in turn) are invoiced through the
 * production path, `services.billing.invoiceOrders` — numbers from the gapless series in one short
 * transaction per batch, PDFs and UBL files rendered and stored, the e-mails with the PDF queued in
 * the outbox — in batches of 50 with two batches in flight, as the job workers run them. Then it checks the result: every
 * order has one invoice with a PDF and a UBL file, the numbers are 1..N without gaps, one e-mail each.
 * Target: ≥ 100 invoices per second.
 *
 *   npx tsx bench/invoices.ts          (PGlite; PostgreSQL too with BENCH_DATABASE_URL)
 *   BENCH_INVOICES=2000 BENCH_BATCH=20 BENCH_CONCURRENCY=4 npx tsx bench/invoices.ts
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { type Database, openDatabase } from '../server/platform/db/index.js';
import { startRuntime } from '../server/platform/runtime.js';
import {
  benchConfig,
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
import { judged, report, shown } from './lib/results.js';

const INVOICES = Number(process.env.BENCH_INVOICES ?? 10_000);
const BATCH = Number(process.env.BENCH_BATCH ?? 50);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 2);
const ORGANISATIONS = 100;
const TARGET_PER_SECOND = 100;

type Result = {
  engine: string;
  invoices: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  pdfKb: number;
  peakRssMb: number;
  gapless: boolean;
  mails: number;
};

const rows = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];

async function run(engine: Engine, database: Database | undefined, databaseUrl?: string): Promise<Result> {
  const tmp = tempDir('invoices');
  const runtime = await startRuntime(benchConfig(tmp.dir, databaseUrl ? { DATABASE_URL: databaseUrl } : {}), {
    database,
    logger: false,
    // The run is driven here; the workers would otherwise pick up the same orders' jobs.
    workers: false,
  });
  try {
    const { services } = runtime;
    const db = runtime.database.db;
    const organisations: string[] = [];
    for (let i = 0; i < ORGANISATIONS; i++) {
      const { organisationId } = await db.transaction((tx) =>
        services.accounts.createOrganisationWithSuperuser(
          tx,
          {
            legalName: `Bench Invoicing ${i} B.V.`,
            tradingName: null,
            country: 'NL',
            street: 'Factuurstraat',
            houseNumber: String(i + 1),
            postcode: '1012 AB',
            city: 'Amsterdam',
            phone: '+31201234567',
            vatNumber: null,
            tradeRegisterNumber: null,
            legacyEmail: null,
            applicationId: crypto.randomUUID(),
          },
          {
            email: `invoicing${i}@bench.example`,
            firstName: 'Bench',
            lastName: `Owner ${i}`,
            locale: i % 2 ? 'en' : 'nl',
          },
        ),
      );
      organisations.push(organisationId);
    }
    const orderIds = rows<{ id: string }>(
      await db.execute(sql`
        insert into orders (organisation_id, idempotency_key, kind, tier_version_id, tier_code, currency, net_minor,
          vat_rate_bp, vat_minor, total_minor, vat_treatment, buyer_country, payment_method, sepa_iban,
          sepa_account_holder, sepa_mandate_reference, sepa_mandate_signed_at, terms_accepted_at, due_on)
        select (${sql.raw(`array[${organisations.map((o) => `'${o}'::uuid`).join(',')}]`)})[1 + g % ${ORGANISATIONS}],
          'bench-' || g, 'new', t.id, t.code, 'EUR', 10000, 2100, 2100, 12100, 'domestic', 'NL',
          (array['bank_transfer', 'sepa_debit', 'card'])[1 + g % 3],
          case when g % 3 = 1 then 'NL91ABNA0417164300' end,
          case when g % 3 = 1 then 'Bench Account Holder' end,
          case when g % 3 = 1 then 'PP-BENCH-' || (g % ${ORGANISATIONS}) end,
          case when g % 3 = 1 then now() end,
          now(), current_date + 30
        from generate_series(1, ${INVOICES}) g,
          (select id, code from tier_versions where code = 'silver' order by version desc limit 1) t
        returning id`),
    ).map((r) => r.id);

    const latencies: number[] = [];
    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }, 100);
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < orderIds.length) {
          const batch = orderIds.slice(next, next + BATCH);
          next += BATCH;
          const t0 = performance.now();
          await services.billing.invoiceOrders(batch);
          latencies.push(performance.now() - t0);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);

    const [check] = rows<{ n: number; with_pdf: number; with_ubl: number; low: number; high: number }>(
      await db.execute(sql`
        select count(*)::int as n, count(pdf_key)::int as with_pdf, count(ubl_key)::int as with_ubl,
          min(substring(number from 6)::int) as low, max(substring(number from 6)::int) as high
        from invoices where kind = 'invoice'`),
    );
    const [mail] = rows<{ n: number }>(
      await db.execute(sql`select count(*)::int as n from mail_outbox where template = 'invoice'`),
    );
    const [sample] = rows<{ pdf_key: string }>(await db.execute(sql`select pdf_key from invoices limit 1`));
    const pdfBytes = sample
      ? statSync(join(tmp.dir, 'files', sample.pdf_key.slice(0, 2), sample.pdf_key.slice(2, 4), sample.pdf_key)).size
      : 0;
    const gapless =
      check?.n === INVOICES &&
      check.with_pdf === INVOICES &&
      check.with_ubl === INVOICES &&
      check.low === 1 &&
      check.high === INVOICES;
    latencies.sort((a, b) => a - b);
    return {
      engine: engine.name,
      invoices: INVOICES,
      seconds,
      perSecond: INVOICES / seconds,
      p50: latencies[Math.floor(latencies.length * 0.5)] ?? Number.NaN,
      p99: latencies[Math.floor(latencies.length * 0.99)] ?? Number.NaN,
      pdfKb: pdfBytes / 1024,
      peakRssMb: peakRss / 1024 / 1024,
      gapless,
      mails: mail?.n ?? 0,
    };
  } finally {
    await runtime.stop();
    tmp.remove();
  }
}

printMachine();
console.log(
  `${INVOICES} invoices in batches of ${BATCH}, ${CONCURRENCY} batches in flight, ${ORGANISATIONS} organisations`,
);
const results: Result[] = [];
for (const engine of engines()) {
  if (engine.name === 'pglite') results.push(await run(engine, await openDatabase({})));
  else results.push(await withFreshPostgres(engine.adminUrl, (url) => run(engine, undefined, url)));
}
printTable(
  'Invoice run (invoice + PDF + UBL + e-mail per order)',
  [
    'engine',
    'invoices',
    'seconds',
    'invoices/s',
    'batch p50 ms',
    'batch p99 ms',
    'PDF KB',
    'peak RSS MB',
    'gapless',
    'e-mails',
  ],
  results.map((r) => [
    r.engine,
    r.invoices,
    r.seconds.toFixed(1),
    r.perSecond.toFixed(0),
    r.p50.toFixed(1),
    r.p99.toFixed(1),
    r.pdfKb.toFixed(1),
    r.peakRssMb.toFixed(0),
    r.gapless ? 'yes' : 'NO',
    r.mails,
  ]),
);
for (const r of results)
  report('invoices', r.engine, [
    judged('invoices/s', r.perSecond, 'invoices/s', `≥ ${TARGET_PER_SECOND}`, r.perSecond >= TARGET_PER_SECOND),
    shown('batch p99', r.p99, 'ms'),
    shown('peak RSS', r.peakRssMb, 'MB'),
    judged('numbers gapless', r.gapless ? 1 : 0, 'bool', '= 1', r.gapless),
    judged('e-mails sent', r.mails, 'count', `= ${r.invoices}`, r.mails === r.invoices),
  ]);
printJson('invoices', {
  batch: BATCH,
  concurrency: CONCURRENCY,
  results: results.map((r) => ({
    ...r,
    seconds: round(r.seconds),
    perSecond: round(r.perSecond, 1),
    p50: round(r.p50),
    p99: round(r.p99),
    pdfKb: round(r.pdfKb, 1),
    peakRssMb: round(r.peakRssMb, 0),
  })),
});
finish(results.every((r) => r.perSecond >= TARGET_PER_SECOND && r.gapless && r.mails === r.invoices));
