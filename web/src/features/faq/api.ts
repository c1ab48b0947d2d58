import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type * as C from '../../shared/contracts.js';
import { serverLocale } from '../../shared/i18n/i18n.js';
import { localeOfTag } from '../../shared/i18n/locale.js';
import { faqQueries } from './queries.js';

export type FaqArticleBody = z.infer<typeof C.FaqArticle>;
export type FaqListBody = z.infer<typeof C.FaqList>;
export type FaqCategoryValue = z.infer<typeof C.FaqCategory>;
export type FaqLocale = C.Locale;

/** The FAQ is asked for in the UI language (`language` may be a tag such as `nl-BE`). */
export function faqLocale(language: string): FaqLocale {
  return serverLocale(localeOfTag(language).language);
}

export function useFaqSearch(filter: { locale: FaqLocale; q: string; category: FaqCategoryValue | null }) {
  return useQuery(faqQueries.list(filter));
}

export function useFaqArticle(key: string, locale: FaqLocale) {
  return useQuery(faqQueries.article(key, locale));
}
