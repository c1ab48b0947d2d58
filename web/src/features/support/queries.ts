import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiClient, call } from '../../shared/api/typed.js';
import type * as C from '../../shared/contracts.js';

// Types from the contracts, not api.ts: api.ts builds its hooks on this file.
type ContactBody = z.input<typeof C.ContactInput>;

/** The customer's support tickets: query keys and fetchers (uploads with progress stay in api.ts). */
export const supportKeys = {
  tickets: ['support', 'tickets'] as const,
  ticket: (id: string) => ['support', 'ticket', id] as const,
};

export const supportQueries = {
  tickets: () =>
    queryOptions({ queryKey: supportKeys.tickets, queryFn: () => call(apiClient.GET('/api/support/tickets')) }),
  ticket: (id: string) =>
    queryOptions({
      queryKey: supportKeys.ticket(id),
      queryFn: () => call(apiClient.GET('/api/support/tickets/{id}', { params: { path: { id } } })),
      retry: (count, error) => (error as { status?: number }).status !== 404 && count < 2,
    }),
};

export const supportRequests = {
  contact: (body: ContactBody) => call(apiClient.POST('/api/support/contact', { body })),
};
