import type { SessionUser } from '../../../contracts/auth.js';
import {
  type MyProducts,
  type MyProductsQuery,
  PRODUCTS_PAGE_DEFAULT,
  type Product,
} from '../../../contracts/products.js';
import { organisationOf } from '../../platform/auth/guards.js';
import { AppError } from '../../platform/errors.js';
import { endOfSupportKey } from './completion-awards.js';
import { pageProduct, toProduct } from './product-view.js';
import { productsRepository as repo } from './products.repository.js';
import type { ProductsDeps } from './products.types.js';

/** My products (a page and the points summary) and one product with its history. */
export function createListProducts(deps: Pick<ProductsDeps, 'db' | 'ports'>) {
  const { db, ports } = deps;

  /** One page of My products and the points summary: one statement (settings and tiers are cached). */
  async function listResponse(organisationId: string, page: Partial<MyProductsQuery> = {}): Promise<MyProducts> {
    const limit = page.limit ?? PRODUCTS_PAGE_DEFAULT;
    const rows = await repo.page(db, organisationId, limit + 1, page.cursor);
    const first = rows[0];
    const summary = await ports.summary(organisationId, db, {
      balance: Number(first?.balance ?? 0),
      invited: Boolean(first?.invited),
    });
    const items: Product[] = [];
    for (const r of rows) if (r.id !== null && items.length < limit) items.push(pageProduct(r));
    const more = rows.length > limit && rows[limit]?.id != null;
    return {
      items,
      summary,
      total: Number(first?.total ?? 0),
      nextCursor: more ? items[items.length - 1]!.id : null,
    };
  }

  async function detail(actor: SessionUser, id: string) {
    const organisationId = organisationOf(actor);
    const row = await repo.findForOrganisation(db, organisationId, id);
    if (!row) throw new AppError('not_found');
    const [history, summary, pointsRemoved] = await Promise.all([
      repo.history(db, id),
      ports.summary(organisationId),
      ports.hasLedgerEntry(db, endOfSupportKey(id)),
    ]);
    const on = row.endOfSupportOn;
    return {
      ...toProduct(row),
      summary,
      endOfSupport: on ? { on, pointsRemoved } : null,
      history: history.map((h) => ({
        at: h.event.at.toISOString(),
        action: h.event.action,
        actorName: h.actorFirst ? `${h.actorFirst} ${h.actorLast}` : null,
        detail: h.event.detail,
      })),
    };
  }

  return {
    listResponse,
    list: (actor: SessionUser, page: Partial<MyProductsQuery> = {}) => listResponse(organisationOf(actor), page),
    detail,
  };
}
export type ProductLists = ReturnType<typeof createListProducts>;
