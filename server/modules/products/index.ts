// The module's error codes, registered when the module loads.
import './products.errors.js';

export { createEndOfSupport, END_OF_SUPPORT_NOTICE_DAYS, type EndOfSupport } from './end-of-support.js';
export { productsRoutes } from './products.routes.js';
export { createProductsService, type ProductsService } from './products.service.js';
