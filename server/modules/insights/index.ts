import './insights.errors.js';

export { createExportsService, type ExportsService } from './exports.service.js';
export { insightsRoutes } from './insights.routes.js';
export { createInsightsService, type InsightsService } from './insights.service.js';
