import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { MethodResponse } from 'openapi-fetch';
import { uploadMultipart } from '../../shared/api/client.js';
import type { paths } from '../../shared/api/schema.js';
import { apiClient, call } from '../../shared/api/typed.js';

type Query<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } }
  ? NonNullable<Q>
  : never;
export type InvoiceFilters = Query<'/api/finance/invoices'>;
export type PaymentFilters = Query<'/api/finance/payments'>;
export type UnmatchedFilters = Query<'/api/finance/statement-lines/unmatched'>;

export type FinanceInvoiceList = MethodResponse<typeof apiClient, 'get', '/api/finance/invoices'>;
export type FinanceInvoice = FinanceInvoiceList['items'][number];
export type CollectionRun = MethodResponse<typeof apiClient, 'get', '/api/finance/collection-runs'>['items'][number];
export type StatementImportDetail = MethodResponse<typeof apiClient, 'get', '/api/finance/statements/{id}'>;
export type StatementLine = StatementImportDetail['lines'][number];
export type StatementUpload = MethodResponse<typeof apiClient, 'post', '/api/finance/statements'>;

/**
 * Filters without their empty values, so that "no filter" is one cache entry whichever way a
 * screen spells it (the invoices tab unfiltered, the direct debits and the manual matching share it).
 */
function given<T extends object>(filters: T): T {
  return Object.fromEntries(
    Object.entries(filters).filter(([, value]) => value !== undefined && value !== null && value !== ''),
  ) as T;
}

/**
 * The finance screens' query keys and fetchers, in one place. Everything sits under `['finance']`:
 * a write invalidates `financeKeys.all` (a payment changes invoices, payments, runs and lines alike).
 */
export const financeKeys = {
  all: ['finance'] as const,
  invoices: (filters: InvoiceFilters) => ['finance', 'invoices', given(filters)] as const,
  payments: (filters: PaymentFilters) => ['finance', 'payments', given(filters)] as const,
  statements: ['finance', 'statements'] as const,
  statement: (id: string) => ['finance', 'statement', id] as const,
  /** Every page and filter of the unmatched statement lines. */
  unmatched: ['finance', 'unmatched'] as const,
  unmatchedPage: (filters: UnmatchedFilters) => ['finance', 'unmatched', given(filters)] as const,
  collectionRuns: ['finance', 'collection-runs'] as const,
};

export const financeQueries = {
  invoices: (filters: InvoiceFilters = {}) =>
    queryOptions({
      queryKey: financeKeys.invoices(filters),
      queryFn: () => call(apiClient.GET('/api/finance/invoices', { params: { query: given(filters) } })),
      placeholderData: keepPreviousData,
    }),
  payments: (filters: PaymentFilters) =>
    queryOptions({
      queryKey: financeKeys.payments(filters),
      queryFn: () => call(apiClient.GET('/api/finance/payments', { params: { query: given(filters) } })),
      placeholderData: keepPreviousData,
    }),
  statements: () =>
    queryOptions({
      queryKey: financeKeys.statements,
      queryFn: () => call(apiClient.GET('/api/finance/statements')),
    }),
  statement: (id: string) =>
    queryOptions({
      queryKey: financeKeys.statement(id),
      queryFn: () => call(apiClient.GET('/api/finance/statements/{id}', { params: { path: { id } } })),
    }),
  unmatched: (filters: UnmatchedFilters) =>
    queryOptions({
      queryKey: financeKeys.unmatchedPage(filters),
      queryFn: () =>
        call(apiClient.GET('/api/finance/statement-lines/unmatched', { params: { query: given(filters) } })),
      placeholderData: keepPreviousData,
    }),
  collectionRuns: () =>
    queryOptions({
      queryKey: financeKeys.collectionRuns,
      queryFn: () => call(apiClient.GET('/api/finance/collection-runs')),
    }),
};

/** The finance writes; callers invalidate `financeKeys.all`. */
export const financeRequests = {
  creditNote: (id: string) =>
    call(apiClient.POST('/api/finance/invoices/{id}/credit-note', { params: { path: { id } } })),
  match: (lineId: string, invoiceId: string) =>
    call(
      apiClient.POST('/api/finance/statement-lines/{id}/match', {
        params: { path: { id: lineId } },
        body: { invoiceId },
      }),
    ),
  /** A CAMT.053 file, multipart (the import itself runs as a job; its progress is `financeQueries.statement`). */
  uploadStatement: (file: File) => {
    const form = new FormData();
    form.append('file', file);
    return uploadMultipart<StatementUpload>('/api/finance/statements', form);
  },
  createRun: (collectionDate: string) =>
    call(apiClient.POST('/api/finance/collection-runs', { body: { collectionDate } })),
  stepRun: (id: string, to: 'submitted' | 'settled') =>
    to === 'submitted'
      ? call(apiClient.POST('/api/finance/collection-runs/{id}/submitted', { params: { path: { id } } }))
      : call(apiClient.POST('/api/finance/collection-runs/{id}/settled', { params: { path: { id } } })),
  markReturned: (itemId: string, reason: string) =>
    call(
      apiClient.POST('/api/finance/collection-items/{id}/returned', {
        params: { path: { id: itemId } },
        body: { reason },
      }),
    ),
};
