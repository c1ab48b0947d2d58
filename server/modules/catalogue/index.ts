export { catalogueRoutes } from './catalogue.routes.js';
export { type CatalogueService, createCatalogueService, parseCatalogueCsv } from './catalogue.service.js';
