/**
 * Runs the benchmarks one after another, each in its own process: all of them, or those named.
 *
 *   npm run bench
 *   npm run bench -- auth-get validation-queue
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

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
] as const;

const asked = process.argv.slice(2).map((a) => a.replace(/^bench\//, '').replace(/\.ts$/, ''));
const unknown = asked.filter((a) => !(BENCHMARKS as readonly string[]).includes(a));
if (unknown.length) {
  console.error(`Unknown benchmark(s): ${unknown.join(', ')}. Choose from: ${BENCHMARKS.join(', ')}.`);
  process.exit(2);
}
const selected = asked.length ? BENCHMARKS.filter((b) => asked.includes(b)) : [...BENCHMARKS];

const outcomes: { name: string; status: number | null; seconds: number }[] = [];
for (const name of selected) {
  console.log(`\n=== bench/${name}.ts ===`);
  const started = performance.now();
  const file = fileURLToPath(new URL(`./${name}.ts`, import.meta.url));
  const child = spawnSync(process.execPath, ['--import', 'tsx', file], { stdio: 'inherit' });
  outcomes.push({ name, status: child.status, seconds: (performance.now() - started) / 1000 });
}

console.log('\n=== summary ===');
for (const o of outcomes)
  console.log(`${o.name.padEnd(22)} ${o.status === 0 ? 'ok' : `exit ${o.status}`}  (${o.seconds.toFixed(0)} s)`);
if (outcomes.some((o) => o.status !== 0)) process.exit(1);
