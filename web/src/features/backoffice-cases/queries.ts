import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { MethodResponse } from 'openapi-fetch';
import type { paths } from '../../shared/api/schema.js';
import { apiClient, call } from '../../shared/api/typed.js';

/** A case as the validation queue shows it (`GET /api/staff/cases/{id}`, and every write's answer). */
export type CaseDetail = MethodResponse<typeof apiClient, 'get', '/api/staff/cases/{id}'>;
export type CaseDocumentItem = CaseDetail['documents'][number];
export type CaseEventItem = CaseDetail['events'][number];
export type CaseListBody = MethodResponse<typeof apiClient, 'get', '/api/staff/cases'>;
/** The queue's filters, as the list route takes them. */
export type CaseFilters = NonNullable<paths['/api/staff/cases']['get']['parameters']['query']>;
export type DecisionBody = NonNullable<
  paths['/api/staff/cases/{id}/decision']['post']['requestBody']
>['content']['application/json'];

/**
 * The validation queue's query keys and fetchers, in one place. Everything sits under
 * `['staff', 'cases']`: invalidating `caseKeys.all` refreshes the queue and every open case.
 */
export const caseKeys = {
  all: ['staff', 'cases'] as const,
  lists: ['staff', 'cases', 'list'] as const,
  list: (filters: CaseFilters) => ['staff', 'cases', 'list', filters] as const,
  detail: (id: string) => ['staff', 'cases', 'detail', id] as const,
};

export const caseQueries = {
  /** The queue, 50 cases a page; refreshed every minute (SLAs move, colleagues claim). */
  list: (filters: CaseFilters) =>
    infiniteQueryOptions({
      queryKey: caseKeys.list(filters),
      queryFn: ({ pageParam }) =>
        call(
          apiClient.GET('/api/staff/cases', {
            params: { query: { ...filters, limit: 50, cursor: pageParam ?? undefined } },
          }),
        ),
      initialPageParam: null as string | null,
      getNextPageParam: (last) => last.nextCursor,
      refetchInterval: 60_000,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: caseKeys.detail(id),
      queryFn: () => call(apiClient.GET('/api/staff/cases/{id}', { params: { path: { id } } })),
    }),
};

/** The queue's writes; callers update or invalidate through `caseKeys`. */
export const caseRequests = {
  claim: (id: string) => call(apiClient.POST('/api/staff/cases/{id}/claim', { params: { path: { id } } })),
  release: (id: string) => call(apiClient.POST('/api/staff/cases/{id}/release', { params: { path: { id } } })),
  decide: (id: string, body: DecisionBody) =>
    call(apiClient.POST('/api/staff/cases/{id}/decision', { params: { path: { id } }, body })),
  /** Takes the next unassigned case (clean ones first; `clean`: only clean ones); `id` is null when none waits. */
  next: (clean: boolean) => call(apiClient.POST('/api/staff/cases/next', { body: { clean } })),
};
