import { defineConfig } from 'vitest/config';

const common = {
  include: ['server/**/*.test.ts', 'contracts/**/*.test.ts'],
  testTimeout: 30_000,
  hookTimeout: 60_000,
  // Each test file opens its own database; two cores run two files at a time.
  maxWorkers: 2,
};

// Each test file's database is a copy of one migrated once per run (server/test/global-setup.ts).
const database = { globalSetup: ['server/test/global-setup.ts'] };

// Every test runs on embedded PGlite; with TEST_DATABASE_URL set, again on PostgreSQL.
export default defineConfig({
  test: {
    projects: [
      { test: { ...common, ...database, name: 'pglite', env: { TEST_DB_ENGINE: 'pglite' } } },
      // Web unit tests need no database: they run once.
      { test: { ...common, name: 'web', include: ['web/src/**/*.test.ts'] } },
      ...(process.env.TEST_DATABASE_URL
        ? [{ test: { ...common, ...database, name: 'postgres', env: { TEST_DB_ENGINE: 'postgres' } } }]
        : []),
    ],
  },
});
