import { queryOptions } from '@tanstack/react-query';
import { apiClient, call } from '../../shared/api/typed.js';

/** The application status page's query keys and fetchers (uploads with progress use uploadMultipart). */
export const registrationKeys = {
  status: (token: string) => ['application-status', token] as const,
};

export const registrationQueries = {
  status: (token: string) =>
    queryOptions({
      queryKey: registrationKeys.status(token),
      queryFn: () => call(apiClient.GET('/api/registrations/status', { params: { query: { token } } })),
    }),
};
