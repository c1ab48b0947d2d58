import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { MethodResponse } from 'openapi-fetch';
import type { paths } from '../../shared/api/schema.js';
import { apiClient, call } from '../../shared/api/typed.js';

export type CatalogueModel = MethodResponse<typeof apiClient, 'get', '/api/catalogue'>['items'][number];
export type CatalogueImportResult = MethodResponse<typeof apiClient, 'post', '/api/admin/catalogue/import'>;
type ImportReport = paths['/api/admin/catalogue/import']['post']['responses'][422]['content']['application/json'];
export type CatalogueImportProblem = ImportReport['error']['problems'][number];
export type CatalogueCategory = NonNullable<
  NonNullable<paths['/api/catalogue']['get']['parameters']['query']>['category']
>;

/** A rejected CSV import: every problem of the file (nothing was applied). */
export class CatalogueReportError extends Error {
  constructor(
    message: string,
    readonly problems: CatalogueImportProblem[],
  ) {
    super(message);
  }
}

/**
 * The catalogue editor's query keys and fetchers. Everything of the catalogue sits under
 * `['catalogue']`, the customers' model search included: a change invalidates `catalogueKeys.all`.
 */
export const catalogueKeys = {
  all: ['catalogue'] as const,
  admin: (q: string, category: CatalogueCategory | null) => ['catalogue', 'admin', { q, category }] as const,
};

export const catalogueQueries = {
  /** Every model matching the search (up to 500), active or not. */
  admin: (q: string, category: CatalogueCategory | null) =>
    queryOptions({
      queryKey: catalogueKeys.admin(q, category),
      queryFn: () =>
        call(
          apiClient.GET('/api/catalogue', {
            params: { query: { q: q.trim() || undefined, category: category ?? undefined, limit: 500 } },
          }),
        ),
      placeholderData: keepPreviousData,
    }),
};

/** The catalogue's writes; callers invalidate `catalogueKeys.all`. */
export const catalogueRequests = {
  points: (id: string, points: number) =>
    call(apiClient.PUT('/api/admin/catalogue/{id}/points', { params: { path: { id } }, body: { points } })),
  endOfSupport: (id: string, endOfSupportOn: string | null) =>
    call(
      apiClient.PUT('/api/admin/catalogue/{id}/end-of-support', { params: { path: { id } }, body: { endOfSupportOn } }),
    ),
  /** Posts the CSV text as it is; a 422 carries a report of every problem (`CatalogueReportError`). */
  importCsv: async (csv: string): Promise<CatalogueImportResult> => {
    const request = apiClient.POST('/api/admin/catalogue/import', {
      body: csv,
      bodySerializer: (body) => body,
      headers: { 'Content-Type': 'text/csv' },
    });
    const answer = await request.catch(() => undefined);
    if (answer?.response.status === 422) {
      const report = answer.error as Partial<ImportReport> | undefined;
      if (report?.error?.problems) throw new CatalogueReportError(report.error.message, report.error.problems);
    }
    return call(request);
  },
};
