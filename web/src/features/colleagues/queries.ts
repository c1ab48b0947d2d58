import { queryOptions } from '@tanstack/react-query';
import { apiClient, call } from '../../shared/api/typed.js';
import type { InviteBody } from './types.js';

/** The organisation's colleagues: query keys and fetchers. */
export const colleagueKeys = {
  all: ['org', 'colleagues'] as const,
};

export const colleagueQueries = {
  list: () => queryOptions({ queryKey: colleagueKeys.all, queryFn: () => call(apiClient.GET('/api/org/colleagues')) }),
};

/** Writes; callers invalidate `colleagueKeys.all`. */
export const colleagueRequests = {
  invite: (body: InviteBody) => call(apiClient.POST('/api/org/colleagues', { body })),
  remove: (id: string) => call(apiClient.DELETE('/api/org/colleagues/{id}', { params: { path: { id } } })),
};
