import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiClient, call } from '../../shared/api/typed.js';
import type * as C from '../../shared/contracts.js';

// Types from the contracts, not api.ts: api.ts builds its hooks on this file.
type PurchaseBody = z.input<typeof C.PurchaseInput>;
type PurchaseKind = z.infer<typeof C.Quote>['kind'];

/**
 * The membership feature's query keys and fetchers, in one place. Everything sits under
 * `['membership']`: invalidating `membershipKeys.all` refreshes the page, history, card and quotes.
 */
export const membershipKeys = {
  all: ['membership'] as const,
  history: ['membership', 'history'] as const,
  card: ['membership', 'card'] as const,
  quote: (tierCode: string, kind: PurchaseKind) => ['membership', 'quote', tierCode, kind] as const,
  payment: (orderId: string) => ['membership', 'payment', orderId] as const,
};

export const membershipQueries = {
  page: () => queryOptions({ queryKey: membershipKeys.all, queryFn: () => call(apiClient.GET('/api/membership')) }),
  history: () =>
    queryOptions({ queryKey: membershipKeys.history, queryFn: () => call(apiClient.GET('/api/membership/history')) }),
  card: () =>
    queryOptions({
      queryKey: membershipKeys.card,
      queryFn: () => call(apiClient.GET('/api/membership/card')),
      retry: false,
    }),
  quote: (tierCode: string, kind: PurchaseKind) =>
    queryOptions({
      queryKey: membershipKeys.quote(tierCode, kind),
      queryFn: () => call(apiClient.GET('/api/membership/quote', { params: { query: { tierCode, kind } } })),
      enabled: tierCode !== '',
      retry: false,
    }),
  /**
   * A card payment's state after the provider's page: refreshed every two seconds while it is
   * pending (the provider's webhook may arrive after the customer is back).
   */
  payment: (orderId: string) =>
    queryOptions({
      queryKey: membershipKeys.payment(orderId),
      queryFn: () => call(apiClient.GET('/api/billing/orders/{id}/payment', { params: { path: { id: orderId } } })),
      refetchInterval: (q) => (q.state.data?.state === 'pending' ? 2_000 : false),
      retry: false,
    }),
};

/** The feature's writes; callers invalidate through `membershipKeys`. */
export const membershipRequests = {
  purchase: (body: PurchaseBody) => call(apiClient.POST('/api/membership/purchase', { body })),
  cancel: () => call(apiClient.POST('/api/membership/cancel')),
  /** Starts (or resumes) the card checkout of an order: the provider's hosted page to go to. */
  pay: (orderId: string) => call(apiClient.POST('/api/billing/orders/{id}/pay', { params: { path: { id: orderId } } })),
};
