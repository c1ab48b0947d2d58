import { queryOptions } from '@tanstack/react-query';
import { apiClient, call } from '../../shared/api/typed.js';

/** Serial numbers tried while active elsewhere: keys and fetcher in one place. */
export const serialConflictKeys = {
  all: ['staff', 'serial-conflicts'] as const,
};

export const serialConflictQueries = {
  list: () =>
    queryOptions({
      queryKey: serialConflictKeys.all,
      queryFn: () => call(apiClient.GET('/api/staff/serial-conflicts')),
    }),
};
