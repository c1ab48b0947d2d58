/**
 * The web app as a phone and a desktop see it: Lighthouse 12 (programmatic API, Chromium started
 * with chrome-launcher) against the built app (`npm run build:web` → dist/web) served by the real
 * server as a child process, seeded with a customer who has products and a staff validator with an
 * open case. Pages: the landing page, registration, My products (logged in: the session cookie goes
 * in `extraHeaders`), the back-office case page (logged in as the validator). Profiles: mobile
 * (Lighthouse's default: Moto G Power, slow 4G, 4× CPU slowdown, simulated) and desktop.
 * Figures: performance and accessibility score, LCP, TBT, bytes transferred; each the median of
 * BENCH_LIGHTHOUSE_RUNS runs (default 3).
 * Targets: mobile performance ≥ 90 and accessibility 100 on landing, registration and My products;
 * desktop performance ≥ 98 on every page.
 *
 *   npx tsx bench/web.ts
 *   BENCH_WEB_PAGES=landing,products BENCH_WEB_PROFILES=mobile npx tsx bench/web.ts
 *
 * The pages do not depend on the database engine: the workload runs on the first engine only
 * (PGlite; BENCH_ENGINES=postgres for PostgreSQL).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import {
  type Engine,
  engines,
  finish,
  printJson,
  printMachine,
  printTable,
  tempDir,
  withFreshPostgres,
} from './lib/common.js';
import { quantile } from './lib/load.js';
import { judged, report, shown, smoke } from './lib/results.js';
import { seed, serverEnv, startServer } from './lib/server.js';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3));
const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
const TARGET_MOBILE_PERFORMANCE = 90;
const TARGET_ACCESSIBILITY = 100;
const TARGET_DESKTOP_PERFORMANCE = 98;

type PageName = 'landing' | 'registration' | 'products' | 'case';
type Profile = 'mobile' | 'desktop';
const PAGES: PageName[] = ['landing', 'registration', 'products', 'case'];
/** The customer-facing pages the mobile and accessibility targets are for. */
const CUSTOMER_PAGES = new Set<PageName>(['landing', 'registration', 'products']);
const list = <T extends string>(value: string | undefined, all: T[]): T[] =>
  value
    ? all.filter((x) =>
        value
          .split(',')
          .map((v) => v.trim())
          .includes(x),
      )
    : all;
const pages = list(process.env.BENCH_WEB_PAGES, PAGES);
const profiles = list<Profile>(process.env.BENCH_WEB_PROFILES, ['mobile', 'desktop']);

/**
 * Page × profile pairs to run: all asked ones; a smoke run only My products on mobile and the case
 * page on desktop (both logged-in paths, both profiles, one Lighthouse run each).
 */
function combinations(): [PageName, Profile][] {
  if (smoke && !process.env.BENCH_WEB_PAGES && !process.env.BENCH_WEB_PROFILES)
    return [
      ['products', 'mobile'],
      ['case', 'desktop'],
    ];
  return pages.flatMap((page) => profiles.map((profile): [PageName, Profile] => [page, profile]));
}

type Figures = { performance: number; accessibility: number; lcpMs: number; tbtMs: number; bytes: number };
type Row = { engine: string; page: PageName; profile: Profile; path: string; runs: Figures[]; median: Figures };

const median = (values: number[]) =>
  quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  );

async function lighthouseRun(url: string, profile: Profile, port: number, cookie?: string): Promise<Figures> {
  const result = await lighthouse(
    url,
    {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      ...(cookie ? { extraHeaders: { cookie } } : {}),
    },
    profile === 'desktop' ? desktopConfig : undefined,
  );
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new LighthouseError(lhr.runtimeError.code, lhr.runtimeError.message);
  const final = lhr.finalDisplayedUrl;
  if (new URL(final).pathname !== new URL(url).pathname)
    throw new Error(`${url} ended on ${final} (not logged in, or the page redirected)`);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    performance: (lhr.categories.performance?.score ?? Number.NaN) * 100,
    accessibility: (lhr.categories.accessibility?.score ?? Number.NaN) * 100,
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    bytes: numeric('total-byte-weight'),
  };
}

class LighthouseError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`Lighthouse: ${code} ${message}`);
  }
}

/**
 * One Lighthouse run, tried again (up to 3 times) when Lighthouse itself reports a failed run — on
 * a busy machine it sometimes misses the navigation in its trace (NO_NAVSTART).
 */
async function measuredRun(url: string, profile: Profile, port: number, cookie?: string): Promise<Figures> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await lighthouseRun(url, profile, port, cookie);
    } catch (error) {
      if (!(error instanceof LighthouseError) || attempt >= 3) throw error;
      console.log(`  ${error.message.slice(0, 120)} — trying again (${attempt}/3)`);
    }
  }
}

async function runEngine(engine: Engine): Promise<Row[]> {
  if (engine.name === 'postgres') return withFreshPostgres(engine.adminUrl, (url) => measure('postgres', url));
  return measure('pglite', undefined);
}

async function measure(engineName: string, databaseUrl: string | undefined): Promise<Row[]> {
  const tmp = tempDir('web');
  const env = await serverEnv(tmp.dir, databaseUrl);
  const log = (line: string) => console.log(`[${engineName}] ${line}`);
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let chrome: chromeLauncher.LaunchedChrome | undefined;
  try {
    const seeded = await seed(env, smoke ? 10 : 50);
    log(`seeded: a customer with ${seeded.products} products, a validator with case ${seeded.caseId}`);
    server = await startServer(env);
    const paths: Record<PageName, { path: string; cookie?: string }> = {
      landing: { path: '/' },
      registration: { path: '/register' },
      products: { path: '/portal/products', cookie: seeded.customerCookie },
      case: { path: `/back-office/cases/${seeded.caseId}`, cookie: seeded.staffCookie },
    };
    // The server answers every path with the app only when the build is there.
    const index = await fetch(`${server.base}/`);
    if (!(await index.text()).includes('<div id="root"'))
      throw new Error('the server does not serve the built web app');
    chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM,
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    });
    const rows: Row[] = [];
    for (const [page, profile] of combinations()) {
      const { path, cookie } = paths[page];
      const runs: Figures[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t = performance.now();
        const figures = await measuredRun(`${server.base}${path}`, profile, chrome.port, cookie);
        runs.push(figures);
        log(
          `${page} ${profile} run ${i + 1}/${RUNS}: performance ${figures.performance.toFixed(0)}, accessibility ${figures.accessibility.toFixed(0)}, LCP ${figures.lcpMs.toFixed(0)} ms, TBT ${figures.tbtMs.toFixed(0)} ms, ${(figures.bytes / 1024).toFixed(0)} KB (${((performance.now() - t) / 1000).toFixed(1)} s)`,
        );
      }
      const key = (k: keyof Figures) => median(runs.map((r) => r[k]));
      rows.push({
        engine: engineName,
        page,
        profile,
        path: path.replace(seeded.caseId, ':id'),
        runs,
        median: {
          performance: key('performance'),
          accessibility: key('accessibility'),
          lcpMs: key('lcpMs'),
          tbtMs: key('tbtMs'),
          bytes: key('bytes'),
        },
      });
    }
    return rows;
  } finally {
    await chrome?.kill();
    await server?.stop();
    tmp.remove();
  }
}

function targets(row: Row) {
  const m = row.median;
  const perf =
    row.profile === 'desktop'
      ? { target: TARGET_DESKTOP_PERFORMANCE, ok: m.performance >= TARGET_DESKTOP_PERFORMANCE }
      : CUSTOMER_PAGES.has(row.page)
        ? { target: TARGET_MOBILE_PERFORMANCE, ok: m.performance >= TARGET_MOBILE_PERFORMANCE }
        : undefined;
  const a11y = CUSTOMER_PAGES.has(row.page) ? { ok: m.accessibility >= TARGET_ACCESSIBILITY } : undefined;
  return { perf, a11y };
}

async function main() {
  console.log(
    `web: Lighthouse on ${combinations()
      .map(([page, profile]) => `${page} ${profile}`)
      .join(', ')}; median of ${RUNS} run(s); the built app on the real server`,
  );
  printMachine();
  if (!existsSync(join(ROOT, 'dist/web/index.html')))
    throw new Error('dist/web is missing: run `npm run build:web` first (the benchmark measures the built app)');
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM} (set CHROME_PATH)`);
  const engine = engines()[0];
  if (!engine) throw new Error('no engine selected');
  const rows = await runEngine(engine);

  let met = true;
  for (const row of rows) {
    const { perf, a11y } = targets(row);
    if (perf && !perf.ok) met = false;
    if (a11y && !a11y.ok) met = false;
    const m = row.median;
    const name = `${row.page} ${row.profile}`;
    report('web', row.engine, [
      perf
        ? judged(`${name} performance`, m.performance, 'score', `≥ ${perf.target}`, perf.ok)
        : shown(`${name} performance`, m.performance, 'score'),
      a11y
        ? judged(`${name} accessibility`, m.accessibility, 'score', `= ${TARGET_ACCESSIBILITY}`, a11y.ok)
        : shown(`${name} accessibility`, m.accessibility, 'score'),
      shown(`${name} LCP`, m.lcpMs, 'ms'),
      shown(`${name} TBT`, m.tbtMs, 'ms'),
      shown(`${name} transferred`, m.bytes / 1024, 'KB'),
    ]);
  }
  printTable(
    `Lighthouse 12, median of ${RUNS} run(s); targets: mobile performance ≥ ${TARGET_MOBILE_PERFORMANCE} and accessibility ${TARGET_ACCESSIBILITY} on landing, registration, My products; desktop performance ≥ ${TARGET_DESKTOP_PERFORMANCE}`,
    ['page', 'profile', 'performance', 'accessibility', 'LCP', 'TBT', 'transferred', 'target'],
    rows.map((row) => {
      const { perf, a11y } = targets(row);
      const judgedAny = perf || a11y;
      return [
        `${row.page} (${row.path})`,
        row.profile,
        row.median.performance.toFixed(0),
        row.median.accessibility.toFixed(0),
        `${row.median.lcpMs.toFixed(0)} ms`,
        `${row.median.tbtMs.toFixed(0)} ms`,
        `${(row.median.bytes / 1024).toFixed(0)} KB`,
        !judgedAny ? '—' : (perf?.ok ?? true) && (a11y?.ok ?? true) ? 'met' : 'MISSED',
      ];
    }),
  );
  printJson('web', {
    runs: RUNS,
    engine: rows[0]?.engine,
    target: {
      mobilePerformanceMin: TARGET_MOBILE_PERFORMANCE,
      accessibility: TARGET_ACCESSIBILITY,
      desktopPerformanceMin: TARGET_DESKTOP_PERFORMANCE,
    },
    met,
    results: rows.map((r) => ({ page: r.page, path: r.path, profile: r.profile, median: r.median, runs: r.runs })),
  });
  finish(met);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
