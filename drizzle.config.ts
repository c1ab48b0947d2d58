import { defineConfig } from 'drizzle-kit';

// Only generates SQL migrations from the schema; they are applied in code at start.
export default defineConfig({
  dialect: 'postgresql',
  schema: './server/platform/db/schema/index.ts',
  out: './server/platform/db/migrations',
});
