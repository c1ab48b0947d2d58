// The module's error codes, registered when the module loads.
import './catalogue.errors.js';

export { catalogueRoutes } from './catalogue.routes.js';
export { type CatalogueService, createCatalogueService, parseCatalogueCsv } from './catalogue.service.js';
