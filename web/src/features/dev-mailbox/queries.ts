import { queryOptions } from '@tanstack/react-query';
import { apiClient, call } from '../../shared/api/typed.js';

/** The development mailbox's query keys and fetchers. */
export const mailboxKeys = {
  all: ['dev', 'mailbox'] as const,
  message: (id: string) => ['dev', 'mailbox', id] as const,
};

export const mailboxQueries = {
  /** Every message the outbox holds, polled: a mail the app sends shows within two seconds. */
  list: (enabled: boolean) =>
    queryOptions({
      queryKey: mailboxKeys.all,
      queryFn: () => call(apiClient.GET('/api/dev/mailbox')),
      enabled,
      refetchInterval: 2000,
    }),
  message: (id: string, enabled: boolean) =>
    queryOptions({
      queryKey: mailboxKeys.message(id),
      queryFn: () => call(apiClient.GET('/api/dev/mailbox/{id}', { params: { path: { id } } })),
      enabled,
    }),
};
