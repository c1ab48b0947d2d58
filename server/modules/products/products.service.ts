import { createAddMigrated } from './add-migrated.js';
import { createCheckFields } from './check-fields.js';
import { createEndProduct } from './end-product.js';
import { createListProducts } from './list-products.js';
import { createProductLookups } from './product-lookups.js';
import type { ProductsDeps } from './products.types.js';
import { createRefuseTakenSerials } from './refuse-taken-serials.js';
import { createRegisterProducts } from './register-products.js';
import { createUpdateProduct } from './update-product.js';

export { pageProduct, toProduct } from './product-view.js';
export type { MigratedItem, ProductsDeps, ProductsPorts } from './products.types.js';

/** The products module's use cases, each in its own file, composed over one set of dependencies. */
export function createProductsService(deps: ProductsDeps) {
  const checkFields = createCheckFields(deps);
  const refuseTakenSerials = createRefuseTakenSerials(deps);
  const { listResponse, list, detail } = createListProducts(deps);
  return {
    list,
    register: createRegisterProducts(deps, checkFields, refuseTakenSerials),
    detail,
    update: createUpdateProduct(deps, { checkFields, refuseTakenSerials, detail }),
    end: createEndProduct(deps, listResponse),
    addMigrated: createAddMigrated(deps),
    ...createProductLookups(deps),
  };
}
export type ProductsService = ReturnType<typeof createProductsService>;
