/**
 * Issue 3's queue benchmark: the validation queue GET /api/staff/cases (open cases by SLA due
 * time, 50 a page) with 100,000 open cases, as a logged-in admin through the real app. Measures
 * the first page and a filtered page (country=NL&overdue=true) at 1 and 10 connections.
 * Target: p99 < 50 ms.
 *
 *   npx tsx bench/validation-queue.ts    (PGlite; PostgreSQL too with BENCH_DATABASE_URL)
 */
import { loadavg } from 'node:os';
import { COUNTRIES } from '../contracts/common.js';
import { type Database, openDatabase } from '../server/platform/db/index.js';
import { startRuntime } from '../server/platform/runtime.js';
import {
  benchConfig,
  benchWorkers,
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
import { type LoadResult, runLoad } from './lib/load.js';
import { judged, report, shown, smoke } from './lib/results.js';

const CASES = Number(process.env.BENCH_CASES ?? 100_000);
const DURATION = Number(process.env.BENCH_DURATION ?? 5);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 1);
const CONNECTIONS = [1, 10];
const TARGET_P99_MS = 50;
const PAGES = [
  { name: 'first page', path: '/api/staff/cases' },
  { name: 'NL overdue', path: '/api/staff/cases?country=NL&overdue=true' },
];
const ADMIN = { email: 'admin@bench.example', password: 'bench-admin-password-1' };

type Row = { engine: string; page: string; path: string; connections: number; result: LoadResult };

/**
 * 100,000 open cases in one statement: statuses received / in review, SLA due within ±5 days of
 * now, countries from the participating list; half of the cases in review assigned to `$1`.
 */
const seedSql = (cases: number) => `
insert into applications (
  reference, idempotency_key, status, source, locale, legal_name, country, street, house_number, postcode, city, phone,
  vat_registered, contact_first_name, contact_last_name, contact_email, declaration_at, declaration_ip,
  submitted_at, sla_start_at, sla_due_at, assignee_id)
select
  'PP-BENCH-' || lpad(s.g::text, 7, '0'), gen_random_uuid(), s.status, 'bench', case when s.g % 2 = 0 then 'nl' else 'en' end,
  'Bench Company ' || s.g || ' B.V.', s.country, 'Benchstraat', (s.g % 200 + 1)::text, '1012 AB', 'Amsterdam', '+31 20 123 4567',
  false, 'Bench', 'Applicant ' || s.g, 'applicant' || s.g || '@bench.example', s.due - interval '2 days', '127.0.0.1',
  s.due - interval '2 days', s.due - interval '2 days', s.due,
  case when s.status = 'in_review' and s.g % 2 = 0 then $1::uuid else null end
from (
  select g,
    (array['received', 'in_review'])[1 + floor(random() * 2)::int] as status,
    (array[${COUNTRIES.map((c) => `'${c}'`).join(', ')}])[1 + floor(random() * ${COUNTRIES.length})::int] as country,
    now() + (random() * 10 - 5) * interval '1 day' as due
  from generate_series(1, ${cases}) as g
) as s`;

async function runEngine(engine: Engine): Promise<Row[]> {
  if (engine.name === 'postgres') return withFreshPostgres(engine.adminUrl, (url) => measure('postgres', url));
  return measure('pglite', undefined);
}

async function measure(engineName: string, databaseUrl: string | undefined): Promise<Row[]> {
  const tmp = tempDir('queue');
  const config = benchConfig(tmp.dir, { DATABASE_URL: databaseUrl ?? '' });
  const database: Database = await openDatabase({ databaseUrl });
  const runtime = await startRuntime(config, { database, logger: false, workers: benchWorkers() });
  try {
    const { app, services } = runtime;
    await services.accounts.ensureFirstAdmin(ADMIN);
    const [admin] = (await database.sql.executeSql('select id from users where email = $1', [ADMIN.email])).rows as {
      id: string;
    }[];

    let t = performance.now();
    await database.sql.executeSql(seedSql(CASES), [admin!.id]);
    await database.sql.executeSql('analyze applications', []);
    const seeded = (
      await database.sql.executeSql(
        "select count(*)::int as n from applications where status in ('received', 'in_review')",
        [],
      )
    ).rows[0] as { n: number };
    console.log(`[${engineName}] ${seeded.n} open cases inserted in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ADMIN),
    });
    if (login.status !== 200) throw new Error(`login answered ${login.status}: ${await login.text()}`);
    const cookie = /pp_session=[^;]+/.exec(login.headers.get('set-cookie') ?? '')?.[0];
    if (!cookie) throw new Error('no session cookie from login');

    for (const page of PAGES) {
      t = performance.now();
      const res = await fetch(`${base}${page.path}`, { headers: { cookie } });
      const body = (await res.json()) as { items: { country: string; overdue: boolean }[]; nextCursor: string | null };
      // A full page with a next cursor; a smoke run's few hundred cases may fill only part of the filtered
      // one, or exactly one page (no cursor then).
      const full = body.items.length === 50 && body.nextCursor;
      const last = smoke && body.items.length > 0 && body.items.length <= 50 && !body.nextCursor;
      if (res.status !== 200 || !(full || last)) {
        throw new Error(`${page.path} answered ${res.status} with ${body.items?.length} items`);
      }
      if (page.path.includes('overdue') && !body.items.every((i) => i.country === 'NL' && i.overdue)) {
        throw new Error(`${page.path} returned cases that are not NL and overdue`);
      }
      console.log(`[${engineName}] ${page.path}: first request ${(performance.now() - t).toFixed(1)} ms`);
    }

    const rows: Row[] = [];
    for (const page of PAGES) {
      for (const connections of CONNECTIONS) {
        console.log(`[${engineName}] ${page.path}: ${connections} connection(s), ${WARMUP} s warm-up + ${DURATION} s`);
        const result = await runLoad({
          url: `${base}${page.path}`,
          connections,
          duration: DURATION,
          warmup: WARMUP,
          headers: { cookie },
        });
        if (result.errors || result.non2xx) {
          console.warn(
            `[${engineName}] ${result.errors} errors, ${result.non2xx} non-2xx ${JSON.stringify(result.statuses)}`,
          );
        }
        rows.push({ engine: engineName, page: page.name, path: page.path, connections, result });
      }
    }
    return rows;
  } finally {
    await runtime.stop();
    tmp.remove();
  }
}

async function main() {
  console.log(`validation-queue: GET /api/staff/cases with ${CASES.toLocaleString('en')} open cases, as an admin`);
  printMachine();
  const rows: Row[] = [];
  for (const engine of engines()) rows.push(...(await runEngine(engine)));
  printTable(
    `GET /api/staff/cases (50 a page), ${CASES.toLocaleString('en')} open cases, ${DURATION} s per run after ${WARMUP} s warm-up; target p99 < ${TARGET_P99_MS} ms`,
    ['engine / page', 'conns', 'requests', 'req/s', 'p50', 'p99', 'max', 'errors', 'target'],
    rows.map((r) => [
      `${r.engine} ${r.page}`,
      r.connections,
      r.result.requests,
      r.result.requestsPerSecond.toFixed(0),
      ms(r.result.p50),
      ms(r.result.p99),
      ms(r.result.max),
      r.result.errors + r.result.non2xx,
      r.result.p99 < TARGET_P99_MS ? 'met' : 'MISSED',
    ]),
  );
  const met = rows.every((r) => r.result.p99 < TARGET_P99_MS && r.result.errors + r.result.non2xx === 0);
  for (const r of rows)
    report('validation-queue', r.engine, [
      judged(
        `${r.page} p99, ${r.connections} conn.`,
        r.result.p99,
        'ms',
        `< ${TARGET_P99_MS}`,
        r.result.p99 < TARGET_P99_MS,
      ),
      shown(`${r.page} requests/s, ${r.connections} conn.`, r.result.requestsPerSecond, 'req/s'),
    ]);
  printJson('validation-queue', {
    cases: CASES,
    durationSeconds: DURATION,
    loadAverage: loadavg().map((x) => round(x)),
    target: { p99MsMax: TARGET_P99_MS },
    met,
    results: rows.map((r) => ({
      engine: r.engine,
      path: r.path,
      connections: r.connections,
      requests: r.result.requests,
      rps: round(r.result.requestsPerSecond, 1),
      p50ms: round(r.result.p50),
      p99ms: round(r.result.p99),
      maxMs: round(r.result.max),
      errors: r.result.errors + r.result.non2xx,
    })),
  });
  finish(met);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
