// `npm test`: unit and integration tests (on embedded PGlite with coverage, and again on PostgreSQL
// when TEST_DATABASE_URL is set), then the browser tests in Chromium when it is found.
// REQUIRE_BROWSER=1 (set by CI) turns a missing Chromium into a failure instead of a skip.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const bin = (pkg, file) => join(root, 'node_modules', pkg, file);
const run = (label, args) => {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: process.env });
  return result.status ?? 1;
};

// Coverage is measured on the PGlite run only (a second engine adds time, not lines); its
// thresholds in vitest.config.ts fail the run when it falls. Without the provider installed
// (an install from before it was added) the tests run without it.
const vitest = bin('vitest', 'vitest.mjs');
// Each vitest run also writes a JSON report, so the end of the output can name every failed test
// (a CI log is often read from its tail, far below the failure).
const reports = join(root, 'test-results', 'vitest');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const reported = (name) => [
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${join(reports, `${name}.json`)}`,
];
const stages = [];
const coverage = existsSync(join(root, 'node_modules', '@vitest', 'coverage-v8', 'package.json'));
const pglite = run(
  `unit and integration tests on PGlite${coverage ? ', with coverage' : ' (coverage skipped: @vitest/coverage-v8 not installed)'}`,
  [
    vitest,
    'run',
    '--project',
    'pglite',
    '--project',
    'web',
    ...(coverage ? ['--coverage'] : []),
    ...reported('pglite'),
  ],
);
stages.push(['unit and integration tests on PGlite', pglite, 'pglite']);
let failed = pglite !== 0;
if (process.env.TEST_DATABASE_URL) {
  const postgres = run('unit and integration tests on PostgreSQL', [
    vitest,
    'run',
    '--project',
    'postgres',
    ...reported('postgres'),
  ]);
  stages.push(['unit and integration tests on PostgreSQL', postgres, 'postgres']);
  failed = postgres !== 0 || failed;
} else {
  console.log('\n=== PostgreSQL tests SKIPPED: set TEST_DATABASE_URL to run them too ===');
}

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (existsSync(chromium)) {
  const browser = run(`browser tests in ${chromium}`, [bin('@playwright/test', 'cli.js'), 'test']);
  stages.push(['browser tests', browser, null]);
  failed = browser !== 0 || failed;
} else if (process.env.REQUIRE_BROWSER === '1') {
  console.error(`\nBrowser tests are required but Chromium was not found at ${chromium}.`);
  failed = true;
} else {
  console.log(
    `\n=== browser tests SKIPPED: Chromium not found at ${chromium} (apt-get install chromium, or set CHROMIUM_PATH) ===`,
  );
}

/** The failed tests of a vitest JSON report, with the first line of each failure. */
function failures(name) {
  const file = join(reports, `${name}.json`);
  if (!existsSync(file)) return ['(no report written)'];
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const lines = [];
  for (const suite of report.testResults ?? []) {
    const path = suite.name.replace(root, '');
    const failedTests = (suite.assertionResults ?? []).filter((t) => t.status === 'failed');
    for (const test of failedTests)
      lines.push(`${path} > ${test.fullName}: ${String(test.failureMessages?.[0] ?? '').split('\n')[0]}`);
    if (!failedTests.length && suite.status === 'failed')
      lines.push(`${path}: ${String(suite.message ?? '').split('\n')[0]}`);
  }
  return lines;
}

console.log('\n=== summary ===');
for (const [label, status, report] of stages) {
  console.log(`${status === 0 ? 'passed' : `FAILED (exit ${status})`}: ${label}`);
  if (status !== 0 && report) {
    const lines = failures(report);
    for (const line of lines.length
      ? lines
      : ['no test failed: a coverage threshold or an error outside the tests (above)'])
      console.log(`  - ${line}`);
  }
}
process.exit(failed ? 1 : 0);
