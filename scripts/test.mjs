// `npm test`: unit and integration tests (on embedded PGlite, and again on PostgreSQL when
// TEST_DATABASE_URL is set), then the browser tests in Chromium when it is found.
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

const engines = process.env.TEST_DATABASE_URL
  ? 'PGlite and PostgreSQL'
  : 'PGlite (set TEST_DATABASE_URL to add PostgreSQL)';
let failed = run(`unit and integration tests on ${engines}`, [bin('vitest', 'vitest.mjs'), 'run']) !== 0;

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
