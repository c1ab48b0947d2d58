import { defineConfig } from 'vitest/config';

const common = {
  include: ['server/**/*.test.ts', 'contracts/**/*.test.ts'],
  testTimeout: 30_000,
  hookTimeout: 60_000,
  // Each test file opens its own database; two cores run two files at a time.
  maxWorkers: 2,
};

// Every test runs on embedded PGlite; with TEST_DATABASE_URL set, again on PostgreSQL.
export default defineConfig({
  test: {
    projects: [
      { test: { ...common, name: 'pglite', env: { TEST_DB_ENGINE: 'pglite' } } },
      // Web unit tests need no database: they run once.
      { test: { ...common, name: 'web', include: ['web/src/**/*.test.ts'] } },
      ...(process.env.TEST_DATABASE_URL
        ? [{ test: { ...common, name: 'postgres', env: { TEST_DB_ENGINE: 'postgres' } } }]
        : []),
    ],
  },
});
