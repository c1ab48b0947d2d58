export { streamLegacyCsv } from './importer.js';
export { createLegacyImporter, type LegacyImporter, toImport } from './legacy.import.js';
export { legacyRoutes } from './legacy.routes.js';
export { createLegacyService, type LegacyService } from './legacy.service.js';
