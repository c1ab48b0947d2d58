import type { BillingService } from '../modules/billing/index.js';
import type { MembershipService } from '../modules/membership/index.js';

/**
 * Orders are bought in membership and settled in billing. Membership calls billing directly (to
 * invoice an order, open a card checkout, date a direct debit): billing is created first. Billing
 * only announces what a payment did to an order, and this flow, the one place that knows both,
 * hands it on to the membership: a paid order restores a suspended membership, a returned
 * collection makes it unpaid again. Subscribed at composition, once both modules exist.
 */
export function orderSettlementFlow(deps: {
  billing: Pick<BillingService, 'subscribe'>;
  membership: Pick<MembershipService, 'orderPaid' | 'orderUnpaid'>;
}) {
  deps.billing.subscribe('orderPaid', ({ orderId }) => deps.membership.orderPaid(null, orderId));
  deps.billing.subscribe('orderUnpaid', ({ orderId }) => deps.membership.orderUnpaid(orderId));
}
