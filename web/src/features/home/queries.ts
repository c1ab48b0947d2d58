import { queryOptions } from '@tanstack/react-query';
import { apiClient, call } from '../../shared/api/typed.js';

/** The portal home's query keys and fetchers. */
export const homeKeys = {
  /** The language is part of the key: tier names come translated from the server. */
  overview: (language: string) => ['overview', language] as const,
};

export const homeQueries = {
  overview: (language: string) =>
    queryOptions({ queryKey: homeKeys.overview(language), queryFn: () => call(apiClient.GET('/api/overview')) }),
};
