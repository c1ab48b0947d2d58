/**
 * Runs the benchmarks one after another, each in its own process: all of them, or those named.
 * Every workload reports its figures through bench/lib/results.ts; at the end they are written to
 * bench/results/latest.json (with the machine and the time of each figure) and printed as one table.
 *
 *   npm run bench
 *   npm run bench -- auth-get validation-queue
 *   npm run bench -- --smoke          every workload at a tiny size (seconds each) → bench/results/smoke.json
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench
 *
 * Exit status: non-zero when a workload crashed; a missed target only with BENCH_STRICT=1.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Figure, machine, type Result } from './lib/results.js';

const BENCHMARKS = [
  'auth-get',
  'registration-upload',
  'validation-queue',
  'my-products',
  'legacy-import',
  'invoices',
  'statement-import',
  'document-evidence',
  'case-page',
  'dashboard',
  'exports',
  'memory',
  'web',
] as const;

/** Tiny sizes for --smoke: a few hundred entries, a second of load. Values already in the environment win. */
const SMOKE: Record<string, string> = {
  BENCH_DURATION: '1',
  BENCH_WARMUP: '0',
  BENCH_ROUNDS: '1',
  BENCH_CASES: '2000',
  BENCH_REGISTRATIONS: '3',
  BENCH_PRODUCTS_MIDDLE: '500',
  BENCH_PRODUCTS_MAX: '500',
  BENCH_LEGACY_ROWS: '1000',
  BENCH_MIGRATIONS: '1',
  BENCH_INVOICES: '100',
  BENCH_STATEMENT_ENTRIES: '200',
  BENCH_DOCUMENTS: '5',
  BENCH_SCANNED: '1',
  BENCH_LOAD_SECONDS: '1',
  BENCH_LIGHTHOUSE_RUNS: '1',
  BENCH_PRODUCTS: '2000',
  BENCH_RUNS: '3',
};

const args = process.argv.slice(2);
const smoke = args.includes('--smoke');
const asked = args.filter((a) => !a.startsWith('--')).map((a) => a.replace(/^bench\//, '').replace(/\.ts$/, ''));
const unknown = asked.filter((a) => !(BENCHMARKS as readonly string[]).includes(a));
if (unknown.length) {
  console.error(`Unknown benchmark(s): ${unknown.join(', ')}. Choose from: ${BENCHMARKS.join(', ')}.`);
  process.exit(2);
}
const selected = asked.length ? BENCHMARKS.filter((b) => asked.includes(b)) : [...BENCHMARKS];

const atStart = machine();
const figuresFile = join(tmpdir(), `propass-bench-results-${process.pid}.jsonl`);
rmSync(figuresFile, { force: true });
const env: NodeJS.ProcessEnv = { ...process.env, BENCH_RESULTS_FILE: figuresFile };
if (smoke) {
  env.BENCH_SMOKE = '1';
  for (const [key, value] of Object.entries(SMOKE)) env[key] ??= value;
}

const suiteStarted = performance.now();
const outcomes: { name: string; status: number | null; seconds: number }[] = [];
for (const name of selected) {
  console.log(`\n=== bench/${name}.ts${smoke ? ' (smoke)' : ''} ===`);
  const started = performance.now();
  const file = fileURLToPath(new URL(`./${name}.ts`, import.meta.url));
  const child = spawnSync(process.execPath, ['--import', 'tsx', file], { stdio: 'inherit', env });
  outcomes.push({ name, status: child.status, seconds: (performance.now() - started) / 1000 });
}

let figures: (Figure & { at: string })[] = [];
try {
  figures = readFileSync(figuresFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Figure & { at: string });
} catch {
  // No workload reported anything (all crashed before their figures).
}
rmSync(figuresFile, { force: true });
const results: Result[] = figures.map((f) => ({
  workload: f.workload,
  engine: f.engine,
  metric: f.metric,
  value: f.value,
  unit: f.unit,
  target: f.target,
  pass: f.pass,
  at: f.at,
  machine: atStart,
}));
const resultsDir = fileURLToPath(new URL('./results/', import.meta.url));
mkdirSync(resultsDir, { recursive: true });
// A smoke run (or a subset) must not overwrite the figures of the last full run.
const out = join(resultsDir, smoke ? 'smoke.json' : asked.length ? 'partial.json' : 'latest.json');
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);

const fmt = (v: number | null) =>
  v === null ? '—' : Math.abs(v) >= 1000 ? Math.round(v).toLocaleString('en') : String(Number(v.toFixed(2)));
const header = ['workload', 'engine', 'metric', 'value', 'unit', 'target', 'pass'];
const cells = results.map((r) => [
  r.workload,
  r.engine,
  r.metric,
  fmt(r.value),
  r.unit,
  r.target ?? '',
  r.pass === null ? '' : r.pass ? 'yes' : 'NO',
]);
const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
// Text left, the value right-aligned.
const line = (c: string[]) => c.map((x, i) => (i === 3 ? x.padStart(widths[i]!) : x.padEnd(widths[i]!))).join('  ');
console.log(
  `\nAll figures (${results.length}) — machine: ${atStart.cores} cores, ${atStart.model}, load average at the start ${atStart.loadAverage.join(' ')}, node ${atStart.node}${smoke ? '\nSMOKE sizes: the figures prove that the workloads run; their targets mean nothing at this size' : ''}`,
);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const c of cells) console.log(line(c));
console.log(`\nwritten: ${out}`);

console.log('\n=== summary ===');
for (const o of outcomes)
  console.log(`${o.name.padEnd(22)} ${o.status === 0 ? 'ok' : `exit ${o.status}`}  (${o.seconds.toFixed(0)} s)`);
const missed = results.filter((r) => r.pass === false).length;
console.log(
  `${outcomes.length} workloads in ${((performance.now() - suiteStarted) / 1000).toFixed(0)} s; ${missed} of ${results.filter((r) => r.pass !== null).length} judged figures missed their target`,
);
if (outcomes.some((o) => o.status !== 0)) process.exit(1);
