import { loadavg } from 'node:os';
import Fastify from 'fastify';
import { accountsRepository } from '../server/modules/accounts/accounts.repository.js';
import { authRepository } from '../server/modules/auth/auth.repository.js';
import { SESSION_COOKIE } from '../server/modules/auth/index.js';
import { tokenHasher } from '../server/platform/auth/tokens.js';
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
import { type LoadResult, mergeLoads, runLoad } from './lib/load.js';
import { loggedInSuperuser } from './lib/organisation.js';
import { judged, report, shown } from './lib/results.js';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const DURATION = Number(process.env.BENCH_DURATION ?? 5);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 1);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 1));
const TARGET_RATIO = 0.7;
const PATH = '/api/org/colleagues';
const COLLEAGUES = 5;

type EngineResult = { engine: string; app: LoadResult; bare: LoadResult; ratio: number };

async function runEngine(engine: Engine): Promise<EngineResult> {
  if (engine.name === 'postgres') return withFreshPostgres(engine.adminUrl, (url) => measure('postgres', url));
  return measure('pglite', undefined);
}

async function measure(engineName: string, databaseUrl: string | undefined): Promise<EngineResult> {
  const tmp = tempDir('auth-get');
  const config = benchConfig(tmp.dir, { DATABASE_URL: databaseUrl ?? '' });
  // PGlite in memory; the bare route below uses this very instance.
  const database: Database = await openDatabase({ databaseUrl });
  const runtime = await startRuntime(config, { database, logger: false, workers: benchWorkers() });
  const bare = Fastify();
  try {
    const { app, services } = runtime;
    const db = database.db;

    // A Superuser with a password, logged in through the service: the cookie is a real session.
    const { session, cookie } = await loggedInSuperuser(services, db, {
      name: 'Organisation',
      email: 'superuser@bench.example',
    });
    for (let i = 1; i < COLLEAGUES; i++) {
      await services.accounts.inviteColleague(session.user, {
        email: `colleague${i}@bench.example`,
        firstName: `Colleague${i}`,
        lastName: 'Bench',
        locale: 'en',
      });
    }

    // The bare route: no plugins, no schemas, no hooks; the same queries through the same driver.
    const hashToken = tokenHasher(config.sessionSecret);
    bare.get(PATH, async (request, reply) => {
      const token = readCookie(request.headers.cookie, SESSION_COOKIE);
      const row = token ? await authRepository.findSessionUser(db, hashToken(token), new Date()) : undefined;
      if (!row?.organisationId) return reply.code(401).send({ error: 'unauthenticated' });
      const users = await accountsRepository.listOrganisationUsers(db, row.organisationId);
      return {
        items: users.map((u) => ({
          id: u.id,
          email: u.email,
          firstName: u.firstName,
          lastName: u.lastName,
          role: u.role === 'superuser' ? 'superuser' : 'member',
          status: u.passwordHash ? 'active' : 'invited',
        })),
      };
    });

    const appUrl = await app.listen({ host: '127.0.0.1', port: 0 });
    const bareUrl = await bare.listen({ host: '127.0.0.1', port: 0 });

    // Both answer the same thing before anything is measured.
    const [a, b] = await Promise.all(
      [appUrl, bareUrl].map(async (base) => {
        const res = await fetch(`${base}${PATH}`, { headers: { cookie } });
        if (res.status !== 200) throw new Error(`${base}${PATH} answered ${res.status}: ${await res.text()}`);
        return (await res.json()) as { items: unknown[] };
      }),
    );
    if (JSON.stringify(a) !== JSON.stringify(b))
      throw new Error(`app and bare route differ:\n${JSON.stringify(a)}\n${JSON.stringify(b)}`);
    if (a?.items.length !== COLLEAGUES) throw new Error(`expected ${COLLEAGUES} colleagues, got ${a?.items.length}`);

    // One run each by default. BENCH_ROUNDS=n splits the measured time into n alternating slices
    // (app, bare, bare, app, ...) so a busy machine's noise falls on both sides alike.
    const slice = DURATION / ROUNDS;
    const runs: Record<'app' | 'bare', LoadResult[]> = { app: [], bare: [] };
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 === 0 ? (['app', 'bare'] as const) : (['bare', 'app'] as const);
      for (const name of order) {
        const base = name === 'app' ? appUrl : bareUrl;
        const warmup = round < 2 ? WARMUP : 0;
        console.log(
          `[${engineName}] ${name.padEnd(4)} ${base}${PATH}: ${CONNECTIONS} connections, ${warmup} s warm-up + ${slice} s`,
        );
        runs[name].push(
          await runLoad({
            url: `${base}${PATH}`,
            connections: CONNECTIONS,
            duration: slice,
            warmup,
            headers: { cookie },
            raw: ROUNDS > 1,
          }),
        );
      }
    }
    const appResult = ROUNDS > 1 ? mergeLoads(runs.app) : runs.app[0]!;
    const bareResult = ROUNDS > 1 ? mergeLoads(runs.bare) : runs.bare[0]!;
    for (const [name, r] of [
      ['app', appResult],
      ['bare', bareResult],
    ] as const) {
      if (r.errors || r.non2xx)
        console.warn(`[${engineName}] ${name}: ${r.errors} errors, ${r.non2xx} non-2xx ${JSON.stringify(r.statuses)}`);
    }
    return {
      engine: engineName,
      app: appResult,
      bare: bareResult,
      // A run without answers (a stalled server) has no ratio: NaN, which misses the target.
      ratio: bareResult.requests ? appResult.requestsPerSecond / bareResult.requestsPerSecond : Number.NaN,
    };
  } finally {
    await bare.close();
    await runtime.stop();
    tmp.remove();
  }
}

function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

async function main() {
  console.log(`auth-get: authenticated GET ${PATH}, real app vs bare Fastify route with the same SQL`);
  printMachine();
  const results: EngineResult[] = [];
  for (const engine of engines()) results.push(await runEngine(engine));

  const rows: (string | number)[][] = [];
  for (const r of results) {
    for (const [name, x] of [
      ['app', r.app],
      ['bare', r.bare],
    ] as const) {
      rows.push([
        `${r.engine} ${name}`,
        x.requests,
        x.requestsPerSecond.toFixed(0),
        ms(x.p50),
        ms(x.p99),
        x.errors + x.non2xx,
      ]);
    }
    rows.push([
      `${r.engine} app/bare`,
      '',
      `${(r.ratio * 100).toFixed(1)}%`,
      '',
      '',
      r.ratio >= TARGET_RATIO ? 'target met' : 'MISSED',
    ]);
  }
  printTable(
    `GET ${PATH}, ${CONNECTIONS} connections, ${DURATION} s${ROUNDS > 1 ? ` in ${ROUNDS} alternating slices` : ''} (after ${WARMUP} s warm-up); target app ≥ ${TARGET_RATIO * 100}% of bare`,
    ['run', 'requests', 'req/s', 'p50', 'p99', 'errors'],
    rows,
  );
  const met = results.every(
    (r) => r.ratio >= TARGET_RATIO && r.app.errors + r.app.non2xx + r.bare.errors + r.bare.non2xx === 0,
  );
  for (const r of results)
    report('auth-get', r.engine, [
      judged('app/bare requests/s', r.ratio * 100, '%', `≥ ${TARGET_RATIO * 100}`, r.ratio >= TARGET_RATIO),
      shown('app requests/s', r.app.requestsPerSecond, 'req/s'),
      shown('app p99', r.app.p99, 'ms'),
      shown('bare requests/s', r.bare.requestsPerSecond, 'req/s'),
      shown('bare p99', r.bare.p99, 'ms'),
      judged(
        'errors',
        r.app.errors + r.app.non2xx + r.bare.errors + r.bare.non2xx,
        'count',
        '= 0',
        r.app.errors + r.app.non2xx + r.bare.errors + r.bare.non2xx === 0,
      ),
    ]);
  printJson('auth-get', {
    path: PATH,
    connections: CONNECTIONS,
    durationSeconds: DURATION,
    rounds: ROUNDS,
    loadAverage: loadavg().map((x) => round(x)),
    target: { ratioMin: TARGET_RATIO },
    met,
    results: results.map((r) => ({
      engine: r.engine,
      ratio: round(r.ratio, 3),
      app: summary(r.app),
      bare: summary(r.bare),
    })),
  });
  finish(met);
}

const summary = (r: LoadResult) => ({
  requests: r.requests,
  rps: round(r.requestsPerSecond, 1),
  p50ms: round(r.p50),
  p99ms: round(r.p99),
  errors: r.errors,
  non2xx: r.non2xx,
});

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
