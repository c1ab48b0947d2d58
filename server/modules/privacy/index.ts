export { createErasureService, type ErasureService } from './erasure.service.js';
export { createExportService, type ExportService } from './export.service.js';
export { privacyRoutes } from './privacy.routes.js';
