/**
 * Server memory per engine: the real server as a child process (`node --import tsx server/main.ts`,
 * seeded like the web workload: a customer with 50 products), its VmRSS idle after start, then
 * during and after BENCH_LOAD_SECONDS (default 60) of load — My products GETs (10 connections) and
 * product registrations (POST /api/products, one complete product each, 5 connections) at the
 * same time, autocannon in child processes — and after 5 s of quiet.
 * Reported only (the issue sets no target): idle, peak under load, after load, growth.
 *
 *   npx tsx bench/memory.ts     (PGlite; PostgreSQL too with BENCH_DATABASE_URL)
 */
import { loadavg } from 'node:os';
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
import { runLoad } from './lib/load.js';
import { runPostLoad } from './lib/post-load.js';
import { report, shown } from './lib/results.js';
import { rssOf, sampleRss } from './lib/rss.js';
import { seed, serverEnv, startServer } from './lib/server.js';

const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 60);
const GET_CONNECTIONS = 10;
const POST_CONNECTIONS = 5;
const QUIET_MS = 5000;
const MB = 1024 * 1024;

type Result = {
  engine: string;
  idleMb: number;
  peakMb: number;
  afterMb: number;
  gets: number;
  posts: number;
  errors: number;
  load: [number, number];
};

async function runEngine(engine: Engine): Promise<Result> {
  if (engine.name === 'postgres') return withFreshPostgres(engine.adminUrl, (url) => measure('postgres', url));
  return measure('pglite', undefined);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function measure(engineName: string, databaseUrl: string | undefined): Promise<Result> {
  const tmp = tempDir('memory');
  const env = await serverEnv(tmp.dir, databaseUrl);
  const log = (line: string) => console.log(`[${engineName}] ${line}`);
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    const seeded = await seed(env, 50);
    server = await startServer(env);
    // Idle: after a few ordinary requests and a quiet moment, as an operator sees a fresh instance.
    for (let i = 0; i < 5; i++) await (await fetch(`${server.base}/api/meta`)).text();
    await sleep(2000);
    const idle = rssOf(server.pid) ?? Number.NaN;
    log(`idle after start: ${(idle / MB).toFixed(0)} MB (pid ${server.pid})`);

    const loadBefore = loadavg()[0]!;
    const sampler = sampleRss(server.pid);
    log(
      `load: ${LOAD_SECONDS} s of GET /api/products (${GET_CONNECTIONS} connections) + POST /api/products (${POST_CONNECTIONS} connections)`,
    );
    const [gets, posts] = await Promise.all([
      runLoad({
        url: `${server.base}/api/products`,
        connections: GET_CONNECTIONS,
        duration: LOAD_SECONDS,
        warmup: 0,
        headers: { cookie: seeded.customerCookie },
      }),
      runPostLoad({
        url: `${server.base}/api/products`,
        method: 'POST',
        connections: POST_CONNECTIONS,
        duration: LOAD_SECONDS,
        warmup: 0,
        headers: { origin: server.base, cookie: seeded.customerCookie },
        bodyTemplate: JSON.stringify({
          idempotencyKey: '{uuid}',
          items: [
            {
              modelId: await firstModel(server.base, seeded.customerCookie),
              serialNumber: 'BMEM{n}',
              purchaseDate: '2025-06-01',
              purchaseCountry: 'NL',
              dealer: 'Bench Camera Shop',
            },
          ],
        }),
      }),
    ]);
    const peak = sampler.stop();
    await sleep(QUIET_MS);
    const after = rssOf(server.pid) ?? Number.NaN;
    const errors = gets.errors + gets.non2xx + posts.errors + posts.non2xx;
    if (errors) log(`errors: GET ${JSON.stringify(gets.statuses)}, POST ${JSON.stringify(posts.statuses)}`);
    log(
      `${gets.requests} GETs, ${posts.requests} registrations; peak ${(peak / MB).toFixed(0)} MB, ${QUIET_MS / 1000} s after ${(after / MB).toFixed(0)} MB`,
    );
    return {
      engine: engineName,
      idleMb: idle / MB,
      peakMb: peak / MB,
      afterMb: after / MB,
      gets: gets.requests,
      posts: posts.requests,
      errors,
      load: [loadBefore, loadavg()[0]!],
    };
  } finally {
    await server?.stop();
    tmp.remove();
  }
}

/** A catalogue model id, as the registration form finds it. */
async function firstModel(base: string, cookie: string): Promise<string> {
  const res = await fetch(`${base}/api/products`, { headers: { cookie } });
  const body = (await res.json()) as { items: { modelId: string | null }[] };
  const id = body.items.find((i) => i.modelId)?.modelId;
  if (!id) throw new Error('no catalogue model among the seeded products');
  return id;
}

async function main() {
  console.log(`memory: server RSS idle after start, and after ${LOAD_SECONDS} s of My products GETs + registrations`);
  printMachine();
  const results: Result[] = [];
  for (const engine of engines()) results.push(await runEngine(engine));
  const mb = (x: number) => `${x.toFixed(0)} MB`;
  for (const r of results)
    report('memory', r.engine, [
      shown('RSS idle after start', r.idleMb, 'MB'),
      shown('RSS peak under load', r.peakMb, 'MB'),
      shown(`RSS ${QUIET_MS / 1000} s after load`, r.afterMb, 'MB'),
      shown('RSS growth (after − idle)', r.afterMb - r.idleMb, 'MB'),
      shown('requests served under load', r.gets + r.posts, 'count'),
    ]);
  printTable(
    `Server RSS (VmRSS of the server process), ${LOAD_SECONDS} s of load; reported, no target`,
    ['engine', 'idle', 'peak under load', 'after load', 'growth', 'GETs', 'registrations', 'errors', 'load'],
    results.map((r) => [
      r.engine,
      mb(r.idleMb),
      mb(r.peakMb),
      mb(r.afterMb),
      mb(r.afterMb - r.idleMb),
      r.gets,
      r.posts,
      r.errors,
      `${r.load[0].toFixed(1)}→${r.load[1].toFixed(1)}`,
    ]),
  );
  printJson('memory', {
    loadSeconds: LOAD_SECONDS,
    results: results.map((r) => ({
      ...r,
      idleMb: round(r.idleMb, 0),
      peakMb: round(r.peakMb, 0),
      afterMb: round(r.afterMb, 0),
    })),
  });
  finish(results.every((r) => r.errors === 0));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
