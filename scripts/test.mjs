// `npm test`: unit and integration tests (on embedded PGlite with coverage, and again on PostgreSQL
// when TEST_DATABASE_URL is set), then the browser tests in Chromium when it is found.
// REQUIRE_BROWSER=1 (set by CI) turns a missing Chromium into a failure instead of a skip.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
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
const coverage = existsSync(join(root, 'node_modules', '@vitest', 'coverage-v8', 'package.json'));
const pglite = run(
  `unit and integration tests on PGlite${coverage ? ', with coverage' : ' (coverage skipped: @vitest/coverage-v8 not installed)'}`,
  [vitest, 'run', '--project', 'pglite', '--project', 'web', ...(coverage ? ['--coverage'] : [])],
);
let failed = pglite !== 0;
if (process.env.TEST_DATABASE_URL) {
  failed = run('unit and integration tests on PostgreSQL', [vitest, 'run', '--project', 'postgres']) !== 0 || failed;
} else {
  console.log('\n=== PostgreSQL tests SKIPPED: set TEST_DATABASE_URL to run them too ===');
}

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (existsSync(chromium)) {
  failed = run(`browser tests in ${chromium}`, [bin('@playwright/test', 'cli.js'), 'test']) !== 0 || failed;
} else if (process.env.REQUIRE_BROWSER === '1') {
  console.error(`\nBrowser tests are required but Chromium was not found at ${chromium}.`);
  failed = true;
} else {
  console.log(
    `\n=== browser tests SKIPPED: Chromium not found at ${chromium} (apt-get install chromium, or set CHROMIUM_PATH) ===`,
  );
}
process.exit(failed ? 1 : 0);
