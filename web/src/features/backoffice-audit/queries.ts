import { infiniteQueryOptions, keepPreviousData } from '@tanstack/react-query';
import { apiClient, call } from '../../shared/api/typed.js';
import type { AuditFilters } from './auditFilters.js';

/** The audit log's query keys and fetchers: everything sits under `auditKeys.all`. */
export const auditKeys = {
  all: ['admin', 'audit'] as const,
  list: (filters: AuditFilters) => ['admin', 'audit', filters] as const,
};

const PAGE_SIZE = 50;

function fetchPage(filters: AuditFilters, cursor: string | null) {
  const query = Object.fromEntries(Object.entries(filters).map(([key, value]) => [key, value || undefined]));
  return call(
    apiClient.GET('/api/admin/audit', {
      params: { query: { ...query, limit: PAGE_SIZE, cursor: cursor ?? undefined } },
    }),
  );
}

export type AuditPage = Awaited<ReturnType<typeof fetchPage>>;
export type AuditEntry = AuditPage['items'][number];

export const auditQueries = {
  /** Newest first, 50 at a time; the previous filter's rows stay (dimmed) while a new filter loads. */
  list: (filters: AuditFilters) =>
    infiniteQueryOptions({
      queryKey: auditKeys.list(filters),
      queryFn: ({ pageParam }) => fetchPage(filters, pageParam),
      initialPageParam: null as string | null,
      getNextPageParam: (last) => last.nextCursor,
      placeholderData: keepPreviousData,
    }),
};
