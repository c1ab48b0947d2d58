export { supportRoutes } from './support.routes.js';
export { createSupportService, type SupportService } from './support.service.js';
