import type { InfiniteData } from '@tanstack/react-query';
import type { z } from 'zod';
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

/** My products as loaded so far: the first page, then one more page per "show more". */
export type MyProductsPages = InfiniteData<MyProductsBody, unknown>;

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
