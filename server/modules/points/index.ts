export { createPointsService, type PointsService } from './points.service.js';
