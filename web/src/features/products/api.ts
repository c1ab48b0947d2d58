import { type InfiniteData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, query } from '../../shared/api/client.js';
import type * as C from '../../shared/contracts.js';

export type CatalogueModelItem = z.infer<typeof C.CatalogueModel>;
export type CatalogueListBody = z.infer<typeof C.CatalogueList>;
export type ProductItem = z.infer<typeof C.Product>;
export type MyProductsBody = z.infer<typeof C.MyProducts>;
export type RegisteredBody = z.infer<typeof C.RegisterProductsResponse>;
export type PointsSummaryBody = z.infer<typeof C.PointsSummary>;
export type ProductDetailBody = z.infer<typeof C.ProductDetail>;
export type MigrationStateBody = z.infer<typeof C.MigrationState>;
export type MigrationResultBody = z.infer<typeof C.MigrationResult>;
export type RegisterProductsBody = z.input<typeof C.RegisterProductsInput>;
export type UpdateProductBody = z.input<typeof C.UpdateProductInput>;
export type MissingFieldName = z.infer<typeof C.MissingField>;
export type EndReason = z.infer<typeof C.RemoveProductInput>['reason'];

/** Everything of My products (invalidating it refreshes the list, the details and the portal home). */
export const productsKey = ['products'] as const;
/** The pages of My products loaded so far (the portal home keeps the plain first page under `productsKey`). */
export const productPagesKey = ['products', 'pages'] as const;
export const migrationKey = ['migration'] as const;
export const productKey = (id: string) => ['products', 'detail', id] as const;

/** My products as loaded so far: the first page, then one more page per "show more". */
export type MyProductsPages = InfiniteData<MyProductsBody, string | null>;

export function useMyProducts() {
  return useInfiniteQuery({
    queryKey: productPagesKey,
    queryFn: ({ pageParam }) => api.get<MyProductsBody>(`/api/products${query({ cursor: pageParam ?? undefined })}`),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

/** Applies a fresh points summary (and, when given, a changed product) to the pages loaded so far. */
export function withSummary(
  pages: MyProductsPages | undefined,
  summary: PointsSummaryBody,
  product?: Partial<ProductItem> & { id: string },
): MyProductsPages | undefined {
  if (!pages) return pages;
  return {
    ...pages,
    pages: pages.pages.map((page) => ({
      ...page,
      summary,
      items: product ? page.items.map((item) => (item.id === product.id ? { ...item, ...product } : item)) : page.items,
    })),
  };
}

export function useMigrationState() {
  return useQuery({ queryKey: migrationKey, queryFn: () => api.get<MigrationStateBody>('/api/migration') });
}

export function useCatalogueSearch(q: string) {
  return useQuery({
    queryKey: ['catalogue', q],
    queryFn: () => api.get<CatalogueListBody>(`/api/catalogue${query({ q: q.trim() || undefined, limit: 50 })}`),
    staleTime: 60_000,
    placeholderData: (previous) => previous,
  });
}

export function useDealerSuggestions(q: string) {
  return useQuery({
    queryKey: ['products', 'dealers', q],
    queryFn: () => api.get<{ items: string[] }>(`/api/products/dealers${query({ q: q.trim() || undefined })}`),
    staleTime: 30_000,
    placeholderData: (previous) => previous,
  });
}

/** A `YYYY-MM-DD` of today in the browser's time zone: the latest purchase date a user can pick. */
export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Empty strings of a form become "not given". */
export function blankToUndefined(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** A `YYYY-MM-DD` date in the short form of the UI language, without a time-zone shift. */
export function shortDate(value: string | null | undefined, language: string): string {
  if (!value) return '—';
  const date = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** The membership page's tiers section, where an invitation to join CPS leads. */
export const MEMBERSHIP_TIERS = '/portal/membership#tiers';
