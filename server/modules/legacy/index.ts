export { legacyRoutes } from './legacy.routes.js';
export { createLegacyService, type LegacyService, toImport } from './legacy.service.js';
