import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiClient, call } from '../../shared/api/typed.js';
import type * as C from '../../shared/contracts.js';

// Types from the contracts, not api.ts: api.ts builds its hooks on this file.
type FaqLocale = C.Locale;
type FaqFilter = { locale: FaqLocale; q: string; category: z.infer<typeof C.FaqCategory> | null };

/** The FAQ's query keys and fetchers. */
export const faqKeys = {
  all: ['faq'] as const,
  list: (filter: FaqFilter) => ['faq', 'list', filter] as const,
  article: (key: string, locale: FaqLocale) => ['faq', 'article', key, locale] as const,
};

export const faqQueries = {
  list: (filter: FaqFilter) =>
    queryOptions({
      queryKey: faqKeys.list(filter),
      queryFn: () =>
        call(
          apiClient.GET('/api/faq', {
            params: {
              query: { locale: filter.locale, q: filter.q.trim() || undefined, category: filter.category ?? undefined },
            },
          }),
        ),
      placeholderData: keepPreviousData,
      staleTime: 60_000,
    }),
  article: (key: string, locale: FaqLocale) =>
    queryOptions({
      queryKey: faqKeys.article(key, locale),
      queryFn: () => call(apiClient.GET('/api/faq/{key}', { params: { path: { key }, query: { locale } } })),
      retry: (count, error) => (error as { status?: number }).status !== 404 && count < 2,
      staleTime: 60_000,
    }),
};
