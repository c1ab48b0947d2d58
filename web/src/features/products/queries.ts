import { infiniteQueryOptions, keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiClient, call } from '../../shared/api/typed.js';
import type { EndReason, RegisterProductsBody, UpdateProductBody } from './api.js';

/**
 * The products feature's query keys and fetchers, in one place. Everything of My products sits
 * under `['products']`: invalidating `productKeys.all` refreshes the list, the details and the
 * dealer suggestions.
 */
export const productKeys = {
  all: ['products'] as const,
  /** The pages of My products loaded so far. */
  pages: ['products', 'pages'] as const,
  detail: (id: string) => ['products', 'detail', id] as const,
  dealers: (q: string) => ['products', 'dealers', q] as const,
  migration: ['migration'] as const,
  catalogue: (q: string) => ['catalogue', q] as const,
};

export const productQueries = {
  /** My products: the first page, then one more page per "show more". */
  pages: () =>
    infiniteQueryOptions({
      queryKey: productKeys.pages,
      queryFn: ({ pageParam }) =>
        call(apiClient.GET('/api/products', { params: { query: { cursor: pageParam ?? undefined } } })),
      initialPageParam: null as string | null,
      getNextPageParam: (last) => last.nextCursor,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: productKeys.detail(id),
      queryFn: () => call(apiClient.GET('/api/products/{id}', { params: { path: { id } } })),
    }),
  migration: () =>
    queryOptions({ queryKey: productKeys.migration, queryFn: () => call(apiClient.GET('/api/migration')) }),
  catalogue: (q: string) =>
    queryOptions({
      queryKey: productKeys.catalogue(q),
      queryFn: () =>
        call(apiClient.GET('/api/catalogue', { params: { query: { q: q.trim() || undefined, limit: 50 } } })),
      staleTime: 60_000,
      placeholderData: keepPreviousData,
    }),
  dealers: (q: string) =>
    queryOptions({
      queryKey: productKeys.dealers(q),
      queryFn: () => call(apiClient.GET('/api/products/dealers', { params: { query: { q: q.trim() || undefined } } })),
      staleTime: 30_000,
      placeholderData: keepPreviousData,
    }),
};

/** The feature's writes; callers invalidate through `productKeys`. */
export const productRequests = {
  register: (body: RegisterProductsBody) => call(apiClient.POST('/api/products', { body })),
  update: (id: string, body: UpdateProductBody) =>
    call(apiClient.PATCH('/api/products/{id}', { params: { path: { id } }, body })),
  end: (id: string, reason: EndReason) =>
    call(apiClient.POST('/api/products/{id}/end', { params: { path: { id } }, body: { reason } })),
  migrate: () => call(apiClient.POST('/api/migration')),
  link: (body: { email: string }) => call(apiClient.POST('/api/migration/link', { body })),
  confirmLink: (body: { email: string; code: string }) => call(apiClient.POST('/api/migration/link/confirm', { body })),
};
