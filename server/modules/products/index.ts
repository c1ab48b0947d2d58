// The module's error codes, registered when the module loads.
import './products.errors.js';

export { productsRoutes } from './products.routes.js';
export { createProductsService, type ProductsService } from './products.service.js';
