import { createImportJobs } from './import-jobs.js';
import type { LegacyDeps } from './legacy.types.js';
import { createLinkEmail } from './link-email.js';
import { createMigrateProducts } from './migrate-products.js';
import { createMigrationState } from './migration-state.js';

export { IMPORT_QUEUE, type LegacyDeps, type LegacyPorts, MAX_IMPORT_BYTES } from './legacy.types.js';

/** The legacy module's use cases (imports, MIGRATE PRODUCTS, e-mail linking), each in its own file. */
export function createLegacyService(deps: LegacyDeps) {
  return {
    ...createImportJobs(deps),
    ...createMigrationState(deps),
    migrate: createMigrateProducts(deps),
    ...createLinkEmail(deps),
  };
}
export type LegacyService = ReturnType<typeof createLegacyService>;
