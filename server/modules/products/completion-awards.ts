import type { NewBatchProduct } from './products.repository.js';

/** The ledger key of a product's completion points: awarded once. */
export const awardKey = (productId: string) => `product:${productId}:completed`;
/** The ledger key of the compensating entry when a product ends. */
export const endKey = (productId: string) => `product:${productId}:ended`;

/** The ledger entries of a batch's complete products: their points, once each (by the award key). */
export function completionAwards(organisationId: string, actorId: string, batch: NewBatchProduct[]) {
  return batch
    .filter((b) => b.complete && b.points > 0)
    .map((b) => ({
      organisationId,
      productId: b.id,
      delta: b.points,
      reason: 'product_completed' as const,
      idempotencyKey: awardKey(b.id),
      actorUserId: actorId,
    }));
}

/** The ledger key of the compensating entry when a product's model reaches its end of support. */
export const endOfSupportKey = (productId: string) => `product:${productId}:end_of_support`;
