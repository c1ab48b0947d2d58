import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, query } from '../../shared/api/client.js';
import type * as C from '../../shared/contracts.js';
import { serverLocale } from '../../shared/i18n/i18n.js';
import { localeOfTag } from '../../shared/i18n/locale.js';

export type FaqArticleBody = z.infer<typeof C.FaqArticle>;
export type FaqListBody = z.infer<typeof C.FaqList>;
export type FaqCategoryValue = z.infer<typeof C.FaqCategory>;
export type FaqLocale = C.Locale;

/** The FAQ is asked for in the UI language (`language` may be a tag such as `nl-BE`). */
export function faqLocale(language: string): FaqLocale {
  return serverLocale(localeOfTag(language).language);
}

export function useFaqSearch(filter: { locale: FaqLocale; q: string; category: FaqCategoryValue | null }) {
  return useQuery({
    queryKey: ['faq', 'list', filter],
    queryFn: () =>
      api.get<FaqListBody>(
        `/api/faq${query({ locale: filter.locale, q: filter.q.trim() || undefined, category: filter.category })}`,
      ),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

export function useFaqArticle(key: string, locale: FaqLocale) {
  return useQuery({
    queryKey: ['faq', 'article', key, locale],
    queryFn: () => api.get<FaqArticleBody>(`/api/faq/${encodeURIComponent(key)}${query({ locale })}`),
    retry: (count, error) => (error as { status?: number }).status !== 404 && count < 2,
    staleTime: 60_000,
  });
}
